import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InvoiceDetailDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import { lateInvoice } from './test-fixtures';
import { InvoicePage } from './InvoicePage';

const detail = (invoice: unknown) => ({ request: { query: InvoiceDetailDocument, variables: { id: 'i1', withSupplier: false } }, result: { data: { invoice } } });
const text = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ');

function renderInvoice(mock: object) {
  return renderPage(<InvoicePage backOffice={false} />, { mocks: [viewerMock(supplierOwner), mock as never], path: '/factures/:id', route: '/factures/i1' });
}

describe('InvoicePage', () => {
  it('shows the late interest step by step, the payable-by date and the legal effect of each status', async () => {
    renderInvoice(detail(lateInvoice));

    expect(await screen.findByRole('heading', { level: 1, name: 'Facture F-2025-001' })).toBeTruthy();
    const interest = screen.getByRole('region', { name: 'Intérêts moratoires et indemnité' });
    const steps = text(within(interest).getByRole('list'));
    expect(steps).toContain('Montant TTC de la facture : 12 000,00 €');
    expect(steps).toContain('taux de la BCE au 1er janvier 2025 (3,15 %) + 8 points = 11,15 %');
    expect(steps).toContain('20 jours (du 3 avril 2025 au 22 avril 2025)');
    expect(steps).toContain('12 000,00 € × 11,15 % × 20 / 365 = 73,32 €');
    expect(steps).toContain('Indemnité forfaitaire pour frais de recouvrement : 40,00 €');
    expect(steps).toContain('Total dû : 113,32 €');
    expect(text(interest)).toContain('À payer au plus tard le 6 juin 2025');
    expect(within(interest).queryByText(/estimation/)).toBeNull();

    const clock = screen.getByRole('region', { name: 'Délai de paiement' });
    expect(text(clock)).toContain('3 mars 2025');
    expect(text(clock)).toContain('Date à laquelle la facture a été mise à disposition de la Région.');
    expect(text(clock)).toContain('2 avril 2025');
    expect(text(clock)).toContain('Non utilisée');

    const events = within(screen.getByRole('region', { name: 'Historique' })).getAllByRole('listitem');
    expect(events).toHaveLength(3);
    expect(text(events[0]!)).toContain('mise à disposition');
    expect(text(events[0]!)).toContain('le délai de paiement de 30 jours commence (R2192-10)');
    expect(text(events[1]!)).toContain('Le comptable a mis en paiement : fin du délai légal.');

    expect(screen.getByRole('link', { name: 'Préparer la lettre de réclamation' }).getAttribute('href')).toBe('/factures/i1/reclamation');
  });

  it('says "rate unknown" rather than zero, and names the fallbacks of an estimate', async () => {
    renderInvoice(
      detail({
        ...lateInvoice,
        lateInterest: null,
        rateUnknown: true,
        estimate: true,
        fallbacks: ['RECEIPT_DATE_ASSUMED'],
        payment: { ...lateInvoice.payment, rate: null, receivedOnSource: 'INVOICE_DATE_PLUS_2' },
      }),
    );
    const interest = await screen.findByRole('region', { name: 'Intérêts moratoires et indemnité' });
    expect(text(interest)).toContain('taux inconnu');
    expect(text(interest)).toContain('40,00 € + intérêts à calculer (taux inconnu)');
    expect(text(interest)).toContain('Intérêts : taux inconnu');
    expect(text(interest)).not.toMatch(/(^|[^\d\s])\s?0,00/);
    expect(text(interest)).toContain('date de réception inconnue : la date de la facture + 2 jours est retenue (R2192-14)');
  });

  it("answers another supplier's invoice, or an unknown one, with a not-found page", async () => {
    renderInvoice({
      request: { query: InvoiceDetailDocument, variables: { id: 'i1', withSupplier: false } },
      result: { errors: [{ message: 'Facture introuvable.', extensions: { code: 'NOT_FOUND' } }] },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Facture introuvable' })).toBeTruthy();
  });
});
