import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EthicsDeclarationReviewDocument, EthicsReviewDeclarationDocument, EthicsReviewThreadDocument, EthicsSupplierHistoryDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import DeclarationReviewPage from './DeclarationReviewPage';

const agent = (roles: string[]) => ({ ...supplierOwner, id: 'o1', kind: 'AGENT', roles, supplier: null }) as never;
const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'EUR' });

const invitation = {
  __typename: 'Declaration',
  id: 'd1',
  kind: 'INVITATION',
  status: 'SUBMITTED',
  anonymous: false,
  authorName: 'Claire Berthon',
  supplierId: 's1',
  supplierName: 'Menuiserie Berrichonne SARL',
  submittedAt: '2026-03-02T09:30:00.000Z',
  eventOn: '2026-02-27',
  what: 'Déjeuner',
  occasion: null,
  place: 'Bourges',
  nature: null,
  description: null,
  amendsId: null,
  beneficiaryAgent: { __typename: 'AgentRef', id: 'a1', displayName: 'Bruno Acheteur', direction: 'Direction des achats' },
  beneficiaryDepartment: null,
  beneficiaryName: null,
  value: money('40.00'),
  cap: money('73.00'),
  runningTotal: money('85.00'),
  flags: ['OVER_YEARLY_CAP', 'DURING_QUIET_PERIOD'],
  flagConsultations: ['AO-2026-014'],
  attachments: [{ __typename: 'DeclarationAttachment', id: 'f1', name: 'facture-restaurant.pdf', mediaType: 'application/pdf', bytes: 48_000, url: '/exports/declarations/d1/attachments/f1' }],
};

const detail = (declaration: unknown) => ({ request: { query: EthicsDeclarationReviewDocument, variables: { id: 'd1' } }, result: { data: { declaration } } });
const thread = (comments: unknown[]) => ({ request: { query: EthicsReviewThreadDocument, variables: { id: 'd1' } }, result: { data: { declarationComments: comments } } });
const history = {
  request: { query: EthicsSupplierHistoryDocument, variables: { supplierId: 's1', first: 50 } },
  result: {
    data: {
      declarations: {
        __typename: 'DeclarationConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
        edges: [
          { __typename: 'DeclarationEdge', node: { ...invitation, __typename: 'Declaration' } },
          // An anonymous report of the same supplier: never listed under its name.
          { __typename: 'DeclarationEdge', node: { ...invitation, id: 'd0', kind: 'ANTI_COMPETITIVE_PRACTICE', anonymous: true, value: null, runningTotal: null, cap: null, flags: [] } },
        ],
      },
    },
  },
};
const comment = { __typename: 'DeclarationComment', authorName: 'Denis Déontologue', body: 'Merci de ne pas renouveler cette invitation.', createdAt: '2026-03-03T10:00:00.000Z', statusFrom: 'SUBMITTED', statusTo: 'ACTION_REQUIRED' };

function renderReview(roles: string[], mocks: object[]) {
  return renderPage(<DeclarationReviewPage />, { mocks: [viewerMock(agent(roles)), ...(mocks as never[])], path: '/back-office/deontologie/declarations/:id', route: '/back-office/deontologie/declarations/d1' });
}

describe('DeclarationReviewPage', () => {
  it('shows the declaration, its checks, files and history, and records the officer decision with its comment', async () => {
    let reviewed: unknown = null;
    const review = {
      request: { query: EthicsReviewDeclarationDocument, variables: { id: 'd1', status: 'ACTION_REQUIRED', comment: 'Merci de ne pas renouveler cette invitation.' } },
      result: () => {
        reviewed = true;
        return { data: { reviewDeclaration: { __typename: 'Declaration', id: 'd1', status: 'ACTION_REQUIRED' } } };
      },
    };
    renderReview(['ETHICS_OFFICER'], [detail(invitation), thread([]), history, review, thread([comment])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Invitation : Menuiserie Berrichonne SARL' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Ce qui a été déclaré' });
    expect(details.textContent).toContain('Bruno Acheteur');
    expect(details.textContent).toContain('40,00');
    const checks = screen.getByRole('region', { name: 'Contrôles à la déclaration' });
    expect(checks.textContent).toContain('Au-delà du plafond annuel');
    expect(checks.textContent).toContain('85,00');
    expect(checks.textContent).toContain('AO-2026-014');
    expect(screen.getByRole('link', { name: 'Télécharger facture-restaurant.pdf' }).getAttribute('href')).toBe('/exports/declarations/d1/attachments/f1');
    const historyTable = await screen.findByRole('table', { name: /Déclarations de Menuiserie Berrichonne SARL/ });
    expect(within(historyTable).getAllByRole('row')).toHaveLength(2);
    expect(historyTable.textContent).not.toContain('Pratique anticoncurrentielle');
    expect(await screen.findByText("Aucune décision pour l'instant.")).toBeTruthy();

    // Asking for an action needs a comment: said beside the field, which takes the focus.
    fireEvent.click(screen.getByLabelText('Action demandée'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    const field = screen.getByLabelText(/Commentaire pour le fournisseur/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText('Expliquez votre décision au fournisseur.').id);
    expect(reviewed).toBeNull();

    fireEvent.change(field, { target: { value: 'Merci de ne pas renouveler cette invitation.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText('Décision enregistrée : Action demandée. Le fournisseur est prévenu par e-mail.')).toBeTruthy();
    expect(reviewed).toBe(true);
    const threadRegion = screen.getByRole('region', { name: 'Échanges avec le fournisseur' });
    await within(threadRegion).findByText('Merci de ne pas renouveler cette invitation.');
    expect(threadRegion.textContent).toContain('Statut : Déposée → Action demandée');
    // The next steps follow the new status.
    expect(screen.getByLabelText("En cours d'examen")).toBeTruthy();
    expect(screen.queryByLabelText('Prise en compte')).toBeNull();
  });

  it('is read-only for the auditor', async () => {
    renderReview(['AUDITOR'], [detail(invitation), thread([comment]), history]);
    await screen.findByRole('heading', { level: 1, name: /Invitation/ });
    expect(screen.getByText('Lecture seule : seul le référent déontologue statue sur les déclarations.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer la décision' })).toBeNull();
  });

  it('hides the author of an anonymous report and lists no history', async () => {
    const report = { ...invitation, kind: 'ANTI_COMPETITIVE_PRACTICE', anonymous: true, authorName: null, supplierId: null, supplierName: null, value: null, cap: null, runningTotal: null, flags: [], flagConsultations: [], what: null, place: null, beneficiaryAgent: null, description: 'Deux entreprises se répartissent les lots.', attachments: [] };
    renderReview(['ETHICS_OFFICER'], [detail(report), thread([])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pratique anticoncurrentielle : signalement anonyme' })).toBeTruthy();
    expect(screen.getAllByText('Masqué : signalement anonyme')).toHaveLength(2);
    expect(screen.getByText(/Signalement anonyme et confidentiel/)).toBeTruthy();
    expect(screen.getByText('Aucune pièce jointe.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Déclarations de/ })).toBeNull();
  });

  it('says clearly when the declaration is not found', async () => {
    const missing = { request: { query: EthicsDeclarationReviewDocument, variables: { id: 'd1' } }, result: { errors: [{ message: 'Déclaration introuvable.', extensions: { code: 'NOT_FOUND' } }] } };
    renderReview(['AUDITOR'], [missing]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Déclaration introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour aux déclarations' }).getAttribute('href')).toBe('/back-office/deontologie');
  });
});
