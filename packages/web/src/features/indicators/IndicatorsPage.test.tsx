import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorsReportDocument, IndicatorsTrendDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import IndicatorsPage from './IndicatorsPage';
import { thisYear } from './years';

const agent = { ...supplierOwner, id: 'a1', kind: 'AGENT', roles: ['FINANCE'], supplier: null } as never;
const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'EUR' });
const count = (key: string, n: number) => ({ __typename: 'KeyCount', key, count: n });

const report2021 = {
  __typename: 'SpaserReport',
  year: 2021,
  csvUrl: '/exports/report/2021.csv',
  jsonUrl: '/exports/report/2021.json',
  suppliers: { __typename: 'SupplierMix', total: 381, knownSize: 375, unknownSize: 6, smallMedium: 285, smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786, regionalActive: 250 },
  payments: {
    __typename: 'PaymentFigures',
    invoicesPaid: 500,
    averageDelayDays: 18.8,
    medianDelayDays: 18,
    lateInvoices: 51,
    lateShare: 0.102,
    rateUnknownInvoices: 0,
    lateInterestOwed: money('569.92'),
    indemnitiesOwed: money('2040.00'),
    lateInterestPaid: money('0.00'),
  },
  survey: { __typename: 'SurveyFigures', campaignTitle: 'Enquête 2021', responses: 190, satisfactionRate: 0.8, nps: 44, responseRate: 0.4987 },
  declarations: {
    __typename: 'DeclarationFigures',
    total: 4,
    flagged: 2,
    byKind: [count('GIFT', 3), count('INVITATION', 1)],
    byStatus: [count('SUBMITTED', 4)],
    byFlag: [count('OVER_YEARLY_CAP', 2)],
  },
  contracts: { __typename: 'ContractFigures', total: 0, socialShare: null, environmentalShare: null, lowCarbonShare: null, socialUnknown: 0, environmentalUnknown: 0, lowCarbonUnknown: 0 },
};

const trendYear = (year: number, delay: number) => ({
  __typename: 'SpaserReport',
  year,
  suppliers: { __typename: 'SupplierMix', smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786 },
  payments: { __typename: 'PaymentFigures', averageDelayDays: delay, medianDelayDays: delay },
  survey: { __typename: 'SurveyFigures', satisfactionRate: year === 2021 ? 0.8 : null, responseRate: null },
  contracts: { __typename: 'ContractFigures', socialShare: null, environmentalShare: null, lowCarbonShare: null },
});

const mocks = [
  viewerMock(agent),
  { request: { query: IndicatorsReportDocument, variables: { year: 2021 } }, result: { data: { spaserReport: report2021 } } },
  {
    request: { query: IndicatorsTrendDocument, variables: { from: 2018, to: thisYear() } },
    result: { data: { spaserReports: [2018, 2019, 2020, 2021].map((y) => trendYear(y, 29.6 - (y - 2018) * 3.6)) } },
  },
];

const card = (section: HTMLElement, title: string) => within(section).getByRole('heading', { name: title }).closest('li')!.textContent;

describe('IndicatorsPage', () => {
  it("shows the year's indicators in French, the downloads and the trends with their tables", async () => {
    renderPage(<IndicatorsPage />, { path: '/back-office/indicateurs', route: '/back-office/indicateurs?annee=2021', mocks });
    const suppliers = await screen.findByRole('region', { name: 'Fournisseurs en 2021' });
    expect(card(suppliers, 'Part de TPE/PME')).toContain('76\u00a0%');
    expect(card(suppliers, 'Part régionale des TPE/PME')).toContain('78,6\u00a0%');
    expect(card(suppliers, 'Fournisseurs régionaux actifs')).toContain('250');
    expect(card(suppliers, 'Fournisseurs actifs')).toContain('Dont 6 de taille inconnue');
    const payments = screen.getByRole('region', { name: 'Paiements en 2021' });
    expect(card(payments, 'Délai moyen de paiement')).toContain('18,8 jours');
    expect(card(payments, 'Factures payées en retard')).toContain('51 sur 500 factures payées.');
    expect(card(payments, 'Indemnités forfaitaires dues')).toContain('2\u202f040,00\u00a0€');
    const survey = screen.getByRole('region', { name: 'Enquête de satisfaction 2021' });
    expect(card(survey, 'Taux de satisfaction')).toContain('80\u00a0%');
    expect(card(survey, 'NPS (recommandation)')).toContain('+44');
    const declarations = screen.getByRole('region', { name: 'Déclarations de déontologie en 2021' });
    expect(within(declarations).getByRole('table', { name: 'Déclarations 2021 par nature' }).textContent).toContain('Cadeaux3');
    const contracts = screen.getByRole('region', { name: 'Marchés en 2021' });
    expect(card(contracts, 'Avec une clause sociale')).toContain('pas de données');

    expect(screen.getByRole('link', { name: 'Indicateurs 2021 au format CSV (tableur)' }).getAttribute('href')).toBe('/exports/report/2021.csv');
    expect(screen.getByRole('link', { name: 'Indicateurs 2021 au format JSON' }).getAttribute('href')).toBe('/exports/report/2021.json');
    expect((screen.getByRole('combobox', { name: 'Année' }) as HTMLSelectElement).value).toBe('2021');

    const delays = await screen.findByRole('table', { name: 'Délais de paiement : données' });
    expect(within(delays).getAllByRole('row')[1]!.textContent).toBe('201829,6 jours29,6 jours');
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('aria-labelledby')?.split(' ').length)).toEqual([2, 2, 2]);
  });
});
