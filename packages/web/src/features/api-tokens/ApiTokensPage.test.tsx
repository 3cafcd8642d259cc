import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import ApiTokensPage from './ApiTokensPage';

const agent = { ...supplierOwner, id: 'a1', kind: 'AGENT', roles: ['FINANCE', 'AUDITOR'], supplier: null } as never;
const token = (id: string, name: string, extra: object = {}) => ({
  __typename: 'ApiToken',
  id,
  name,
  prefix: `spa_${id}`,
  roles: ['FINANCE'],
  createdAt: '2026-11-01T09:00:00.000Z',
  expiresAt: '2099-01-30T09:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...extra,
});
const page = (tokens: object[], hasNextPage = false, totalCount = tokens.length) => ({
  data: {
    apiTokens: {
      __typename: 'ApiTokenConnection',
      totalCount,
      edges: tokens.map((node) => ({ __typename: 'ApiTokenEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
    },
  },
});
const list = (result: ReturnType<typeof page>, after?: string) => ({ request: { query: ApiTokensDocument, variables: after ? { first: 20, after } : { first: 20 } }, result });

describe('ApiTokensPage', () => {
  it('lists the tokens a page at a time, with their status', async () => {
    const old = token('t1', 'Ancien export', { revokedAt: '2026-11-10T09:00:00.000Z' });
    renderPage(<ApiTokensPage />, {
      mocks: [viewerMock(agent), list(page([token('t2', 'Export mensuel', { lastUsedAt: '2026-11-20T10:31:00.000Z' })], true, 2)), list(page([old]), 'c1')],
    });
    const table = await screen.findByRole('table', { name: "Mes jetons d'accès API" });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Export mensuel');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Actif');
    expect(screen.getByText('2 jetons')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus de jetons' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const revoked = within(table).getAllByRole('row')[2]!;
    expect(revoked.textContent).toContain('Révoqué');
    expect(within(revoked).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Afficher plus de jetons' })).toBeNull();
  });

  it("creates a token with the agent's own roles and shows its secret once, with a curl example", async () => {
    const created = token('t3', 'Tableau de bord', { roles: ['AUDITOR'], expiresAt: '2027-01-01T09:00:00.000Z' });
    const create = {
      request: { query: CreateApiTokenDocument, variables: { input: { name: 'Tableau de bord', roles: ['AUDITOR'], days: 30 } } },
      result: { data: { createApiToken: { __typename: 'NewApiToken', secret: 'spa_t3_secret', token: created } } },
    };
    renderPage(<ApiTokensPage />, { mocks: [viewerMock(agent), list(page([])), create, list(page([created]))] });
    expect(await screen.findByText("Aucun jeton pour l'instant.")).toBeTruthy();

    // The form waits for the viewer: it offers the agent's own roles.
    const form = await screen.findByRole('form', { name: 'Nouveau jeton' });
    const roles = within(form).getByRole('group', { name: 'Rôles du jeton' });
    expect(within(roles).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels![0]!.textContent)).toEqual(['Finances', 'Audit interne']);
    expect((within(form).getByLabelText(/Durée de validité/) as HTMLInputElement).value).toBe('90');

    // Nothing sent while a field is wrong.
    fireEvent.click(within(roles).getByLabelText('Finances'));
    fireEvent.click(within(roles).getByLabelText('Audit interne'));
    fireEvent.click(within(form).getByRole('button', { name: 'Créer le jeton' }));
    expect(await within(form).findByText('Donnez un nom au jeton.')).toBeTruthy();
    expect(within(form).getByText('Choisissez au moins un rôle.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText(/Nom du jeton/));

    fireEvent.change(within(form).getByLabelText(/Nom du jeton/), { target: { value: ' Tableau de bord ' } });
    fireEvent.click(within(roles).getByLabelText('Audit interne'));
    fireEvent.change(within(form).getByLabelText(/Durée de validité/), { target: { value: '30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer le jeton' }));

    const panel = await screen.findByRole('region', { name: 'Jeton « Tableau de bord » créé' });
    expect(document.activeElement).toBe(panel);
    expect((within(panel).getByLabelText('Secret du jeton') as HTMLInputElement).value).toBe('spa_t3_secret');
    expect(within(panel).getByLabelText('Secret du jeton').hasAttribute('readonly')).toBe(true);
    expect(panel.textContent).toContain('il ne sera plus jamais affiché');
    expect(panel.querySelector('pre')!.textContent).toContain(`-H 'Authorization: Bearer spa_t3_secret'`);
    expect(panel.querySelector('pre')!.textContent).toContain(`${window.location.origin}/graphql`);
    expect(await screen.findByText('1 jeton')).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: "J'ai copié le secret" }));
    expect(screen.queryByText('spa_t3_secret')).toBeNull();
    expect(screen.queryByRole('region', { name: /créé/ })).toBeNull();
    expect(screen.getByRole('form', { name: 'Nouveau jeton' })).toBeTruthy();
  });

  it('revokes a token after a confirmation', async () => {
    const active = token('t4', 'Script finances');
    let revoked = false;
    const revoke = {
      request: { query: RevokeApiTokenDocument, variables: { id: 't4' } },
      result: () => {
        revoked = true;
        return { data: { revokeApiToken: { ...active, revokedAt: '2026-11-26T09:00:00.000Z' } } };
      },
    };
    renderPage(<ApiTokensPage />, { mocks: [viewerMock(agent), list(page([active])), revoke] });
    fireEvent.click(await screen.findByRole('button', { name: 'Révoquer Script finances' }));
    const dialog = await screen.findByRole('dialog', { name: 'Révoquer le jeton « Script finances » ?' });
    expect(revoked).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Révoquer le jeton' }));
    expect(await screen.findByText('Le jeton « Script finances » est révoqué.')).toBeTruthy();
    expect(revoked).toBe(true);
    const row = screen.getByRole('row', { name: /Script finances/ });
    expect(row.textContent).toContain('Révoqué');
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
