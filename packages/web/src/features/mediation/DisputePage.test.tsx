import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisputeThreadDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import { MediatorDisputePage, SupplierDisputePage } from './DisputePage';

const agent = (roles: string[]) => ({ ...supplierOwner, id: 'o1', kind: 'AGENT', roles, supplier: null }) as never;
const message = (over: object) => ({
  __typename: 'DisputeMessage', id: 'm1', body: 'Le paiement est en retard.', fromMediator: false, authorName: 'Claire Berthon', internal: false, statusFrom: null, statusTo: null,
  createdAt: '2026-03-02T09:30:00.000Z', ...over,
});
const dispute = (over: object = {}) => ({
  __typename: 'Dispute', id: 'x1', title: 'Intérêts non versés', subjectKind: 'INVOICE', subjectLabel: 'F-2026-001', status: 'UNDER_REVIEW', supplierName: 'Menuiserie Berrichonne SARL',
  openedByName: 'Claire Berthon', openedAt: '2026-03-02T09:30:00.000Z', firstAnswerAt: '2026-03-03T10:00:00.000Z', closedAt: null, daysToClose: null,
  messages: [
    message({}),
    message({ id: 'm2', body: 'Nous regardons.', fromMediator: true, authorName: 'Marion Médiatrice', statusFrom: 'OPEN', statusTo: 'UNDER_REVIEW', createdAt: '2026-03-03T10:00:00.000Z' }),
  ],
  ...over,
});
const thread = (d: unknown) => ({ request: { query: DisputeThreadDocument, variables: { id: 'x1' } }, result: { data: { dispute: d } } });

describe('a dispute page', () => {
  it("shows the supplier the thread, the mediator as the Region's, the status history, a reply and the withdrawal", async () => {
    renderPage(<SupplierDisputePage />, { mocks: [viewerMock(supplierOwner as never), thread(dispute())], path: '/mediation/:id', route: '/mediation/x1' });
    await screen.findByRole('heading', { level: 1, name: 'Intérêts non versés' });
    expect(screen.getByText('Facture F-2026-001')).toBeTruthy();
    expect(screen.getByText('Médiateur de la Région')).toBeTruthy();
    expect(screen.queryByText('Marion Médiatrice')).toBeNull();
    expect(screen.getByRole('table', { name: 'Changements de statut, du plus ancien au plus récent' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retirer la demande' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Changer le statut' })).toBeNull();
    expect(screen.queryByLabelText('Note interne, que le fournisseur ne verra pas')).toBeNull();
  });

  it('offers the mediator a reply with internal note and only the allowed moves; an auditor only reads', async () => {
    const view = renderPage(<MediatorDisputePage />, { mocks: [viewerMock(agent(['MEDIATOR'])), thread(dispute())], path: '/back-office/mediation/:id', route: '/back-office/mediation/x1' });
    await screen.findByRole('heading', { level: 1, name: 'Intérêts non versés' });
    expect(screen.getByText('Menuiserie Berrichonne SARL')).toBeTruthy();
    expect(screen.getByText('Marion Médiatrice')).toBeTruthy();
    // The reply form waits for the viewer's roles, a query of its own.
    expect(await screen.findByLabelText('Note interne, que le fournisseur ne verra pas')).toBeTruthy();
    const options = Array.from((screen.getByLabelText('Nouveau statut') as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual(['Résolue', 'Close sans accord']);
    view.unmount();

    renderPage(<MediatorDisputePage />, { mocks: [viewerMock(agent(['AUDITOR'])), thread(dispute())], path: '/back-office/mediation/:id', route: '/back-office/mediation/x1' });
    await screen.findByRole('heading', { level: 1, name: 'Intérêts non versés' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Envoyer' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Changer le statut' })).toBeNull();
  });

  it('says when a request is closed, with its duration, and offers no form', async () => {
    renderPage(<SupplierDisputePage />, {
      mocks: [viewerMock(supplierOwner as never), thread(dispute({ status: 'RESOLVED', closedAt: '2026-03-05T10:00:00.000Z', daysToClose: 3 }))],
      path: '/mediation/:id',
      route: '/mediation/x1',
    });
    await screen.findByText('Cette demande est close : on ne peut plus y écrire.');
    expect(screen.getByText(/3 jours/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer la demande' })).toBeNull();
  });
});
