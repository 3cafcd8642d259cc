import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import PublicSpaserPage from './PublicSpaserPage';

const year = (y: number, delay: number, satisfaction: number | null) => ({
  year: y,
  suppliers: { total: 381, knownSize: 375, unknownSize: 6, smallMedium: 285, smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786, regionalActive: 250 },
  payments: { invoicesPaid: 500, averageDelayDays: delay, medianDelayDays: 18, lateInvoices: 51, lateShare: 0.102, rateUnknownInvoices: 0, lateInterestOwed: '569.92', indemnitiesOwed: '2040.00', lateInterestPaid: '0.00' },
  survey: { campaignTitle: satisfaction ? `Enquête ${y}` : null, responses: satisfaction ? 190 : null, satisfactionRate: satisfaction, nps: satisfaction ? 44 : null, responseRate: null },
  declarations: { total: 0, flagged: 0 },
  contracts: { total: 0, socialShare: null, environmentalShare: null, lowCarbonShare: null, socialUnknown: 0, environmentalUnknown: 0, lowCarbonUnknown: 0 },
});

const file = {
  generatedAt: '2026-11-26T01:00:00.000Z',
  charter: {
    version: 3,
    title: 'Charte de déontologie des relations fournisseurs',
    body: '# Charte de déontologie des relations fournisseurs\n\n## Loyauté\n\nPas de cadeau au-delà du **plafond**.\n\n<script>alert(1)</script>',
    publishedAt: '2026-03-05T09:00:00.000Z',
  },
  rules: { giftCap: '73.00', legalPaymentDelayDays: 30 },
  years: [year(2018, 29.6, null), year(2020, 22.4, 0.7756), year(2021, 18.8, 0.8)],
};

function serve(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('PublicSpaserPage', () => {
  it('shows a visitor the SPASER, the rules, the charter as safe Markdown and the indicators with their trend', async () => {
    const fetch = serve(file);
    renderPage(<PublicSpaserPage />, { path: '/spaser', route: '/spaser?annee=2021', mocks: [viewerMock(null)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Le SPASER de la Région Centre-Val de Loire' })).toBeTruthy();
    expect(screen.getByText(/article L2111-3 du Code de la commande publique/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeTruthy();

    const charter = await screen.findByRole('article', { name: 'Charte de déontologie des relations fournisseurs' });
    expect(within(charter).getByRole('heading', { level: 3, name: 'Loyauté' })).toBeTruthy();
    expect(within(charter).getByText('plafond').tagName).toBe('STRONG');
    expect(charter.querySelector('script')).toBeNull();
    expect(charter.textContent).toContain('<script>alert(1)</script>');
    expect(charter.textContent).toContain('Version 3, en vigueur depuis le 5 mars 2026.');

    const rules = screen.getByRole('region', { name: 'Les règles pour les fournisseurs' });
    expect(rules.textContent).toContain('dans un délai de 30 jours');
    expect(rules.textContent).toContain('au-delà de 73\u00a0€ par an et par entreprise (SIREN)');

    expect(screen.getByRole('heading', { level: 2, name: 'Les indicateurs de 2021' })).toBeTruthy();
    const payments = screen.getByRole('region', { name: 'Paiements en 2021' });
    expect(within(payments).getByRole('heading', { level: 4, name: 'Délai moyen de paiement' }).closest('li')!.textContent).toContain('18,8 jours');
    expect(screen.getByRole('region', { name: 'Fournisseurs en 2021' }).textContent).toContain('78,6\u00a0%');
    expect(screen.getByRole('region', { name: 'Enquête de satisfaction 2021' }).textContent).toContain('80\u00a0%');
    // No declaration breakdown in the public file.
    expect(within(screen.getByRole('region', { name: 'Déclarations de déontologie en 2021' })).queryByRole('table')).toBeNull();

    const delays = screen.getByRole('table', { name: 'Délais de paiement : données' });
    expect(within(delays).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['2018', '2019', '2020', '2021']);
    expect(within(delays).getAllByRole('row')[2]!.textContent).toBe('2019pas de donnéespas de données');
    expect(fetch).toHaveBeenCalledWith('/public/spaser.json', expect.anything());

    fireEvent.change(screen.getByRole('combobox', { name: 'Année' }), { target: { value: '2018' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(await screen.findByRole('region', { name: 'Paiements en 2018' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Enquête de satisfaction 2018' }).textContent).toContain('Pas d\'enquête en 2018.');
  });

  it('offers a signed-in user the way back, and a retry when the file cannot be read', async () => {
    serve({ error: 'Erreur interne du serveur.' }, 500);
    renderPage(<PublicSpaserPage />, { path: '/spaser', mocks: [viewerMock(supplierOwner)] });
    expect(await screen.findByRole('link', { name: 'Retour à votre espace' })).toBeTruthy();
    expect(await screen.findByText('Les indicateurs et la charte n\'ont pas pu être chargés.')).toBeTruthy();
    // The rules do not depend on the file.
    expect(screen.getByRole('region', { name: 'Les règles pour les fournisseurs' })).toBeTruthy();
    const fetch = serve(file);
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Les indicateurs de 2021' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
