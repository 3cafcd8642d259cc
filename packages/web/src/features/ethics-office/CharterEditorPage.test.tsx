import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EthicsCharterVersionsDocument, EthicsPublishCharterDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import CharterEditorPage from './CharterEditorPage';

const agent = (roles: string[]) => ({ ...supplierOwner, id: 'o1', kind: 'AGENT', roles, supplier: null }) as never;
const v1 = { __typename: 'EthicsCharter', id: 'c1', version: 1, title: 'Charte des fournisseurs', body: '# Charte\n\nTrois valeurs : **loyauté**.', publishedAt: '2026-01-05T09:00:00.000Z' };
const v2 = { ...v1, id: 'c2', version: 2, body: '# Charte\n\nTrois valeurs : **loyauté**.\n\n## Rencontres\n- une liste écrite des sujets', publishedAt: '2026-03-05T09:00:00.000Z' };
const versions = (list: object[]) => ({ request: { query: EthicsCharterVersionsDocument }, result: { data: { charterVersions: list } } });

describe('CharterEditorPage', () => {
  it('previews the Markdown and publishes a new version after a confirmation', async () => {
    let published = false;
    const publish = {
      request: { query: EthicsPublishCharterDocument, variables: { title: 'Charte des fournisseurs', body: v2.body } },
      result: () => {
        published = true;
        return { data: { publishCharter: v2 } };
      },
    };
    renderPage(<CharterEditorPage />, { mocks: [viewerMock(agent(['ETHICS_OFFICER'])), versions([v1]), publish, versions([v2, v1])] });

    const current = await screen.findByRole('region', { name: 'Version en vigueur' });
    expect(within(current).getByRole('heading', { level: 3, name: 'Charte' })).toBeTruthy();
    expect(within(current).getByText('loyauté').tagName).toBe('STRONG');

    // Unchanged, there is nothing to publish.
    fireEvent.click(screen.getByRole('button', { name: 'Publier une nouvelle version' }));
    expect(await screen.findByText(/Le texte et le titre sont ceux de la version en vigueur/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Texte de la charte/), { target: { value: v2.body } });
    const preview = screen.getByRole('region', { name: 'Aperçu' });
    expect(within(preview).getByRole('heading', { level: 5, name: 'Rencontres' })).toBeTruthy();
    expect(within(preview).getByRole('listitem').textContent).toBe('une liste écrite des sujets');

    fireEvent.click(screen.getByRole('button', { name: 'Publier une nouvelle version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publier la version 2 ?' });
    expect(dialog.textContent).toContain('Chaque fournisseur devra accepter à nouveau la charte');
    expect(published).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: "Publier et demander l'acceptation" }));

    expect(await screen.findByText('Version 2 publiée : les fournisseurs sont invités à l\'accepter.')).toBeTruthy();
    expect(published).toBe(true);
    const table = await screen.findByRole('table', { name: /Versions de la charte/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Version 2');
  });

  it('shows the versions to the auditor without the editor', async () => {
    renderPage(<CharterEditorPage />, { mocks: [viewerMock(agent(['AUDITOR'])), versions([v1])] });
    await screen.findByRole('table', { name: /Versions de la charte/ });
    expect(screen.queryByRole('button', { name: 'Publier une nouvelle version' })).toBeNull();
    expect(await screen.findByText('Lecture seule : seul le référent déontologue publie une nouvelle version.')).toBeTruthy();
  });
});
