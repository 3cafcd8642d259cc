import { describe, expect, it } from 'vitest';
import { parsePublicSpaser, trendYears } from './public-spaser';

const year2021 = {
  year: 2021,
  suppliers: { total: 381, knownSize: 375, unknownSize: 6, smallMedium: 285, smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786, regionalActive: 250 },
  payments: { invoicesPaid: 500, averageDelayDays: 18.8, medianDelayDays: 18, lateInvoices: 51, lateShare: 0.102, rateUnknownInvoices: 0, lateInterestOwed: '569.92', indemnitiesOwed: '2040.00', lateInterestPaid: '0.00' },
  survey: { campaignTitle: 'Enquête 2021', responses: 190, satisfactionRate: 0.8, nps: 44, responseRate: 0.4987 },
  declarations: { total: 0, flagged: 0 },
  contracts: { total: 0, socialShare: null, environmentalShare: null, lowCarbonShare: null, socialUnknown: 0, environmentalUnknown: 0, lowCarbonUnknown: 0 },
};

const file = {
  generatedAt: '2026-11-26T01:00:00.000Z',
  charter: { version: 2, title: 'Charte', body: '# Charte\n\nTexte.', publishedAt: '2026-03-05T09:00:00.000Z' },
  rules: { giftCap: '73.00', legalPaymentDelayDays: 30 },
  years: [year2021, { ...year2021, year: 2018, payments: { ...year2021.payments, averageDelayDays: 29.6 } }],
};

describe('the public SPASER file', () => {
  it('reads the charter, the rules and the years, in order', () => {
    const spaser = parsePublicSpaser(file);
    expect(spaser.charter).toEqual(file.charter);
    expect(spaser.rules).toEqual({ giftCap: '73.00', legalPaymentDelayDays: 30 });
    expect(spaser.years.map((y) => y.year)).toEqual([2018, 2021]);
    const y = spaser.years[1]!;
    expect(y.suppliers.smallMediumShare).toBe(0.76);
    expect(y.payments.averageDelayDays).toBe(18.8);
    expect(y.payments.indemnitiesOwed).toBe('2040.00');
    expect(y.survey.satisfactionRate).toBe(0.8);
    expect(y.declarations).toEqual({ total: 0, flagged: 0, byKind: [], byStatus: [], byFlag: [] });
  });

  it('takes a missing or malformed figure as no data, and a missing charter as none', () => {
    const spaser = parsePublicSpaser({
      charter: null,
      rules: {},
      years: [{ year: 2022, suppliers: { smallMediumShare: '76' }, payments: { lateInterestOwed: '12,5', invoicesPaid: 3 } }, { year: 'x' }],
    });
    expect(spaser.charter).toBeNull();
    expect(spaser.rules).toEqual({ giftCap: null, legalPaymentDelayDays: 30 });
    expect(spaser.years).toHaveLength(1);
    expect(spaser.years[0]!.suppliers.smallMediumShare).toBeNull();
    expect(spaser.years[0]!.payments.lateInterestOwed).toBeNull();
    expect(spaser.years[0]!.payments.invoicesPaid).toBe(3);
    expect(spaser.years[0]!.survey.campaignTitle).toBeNull();
  });

  it('refuses a file that is not the SPASER', () => {
    expect(() => parsePublicSpaser({ error: 'Introuvable.' })).toThrow();
    expect(() => parsePublicSpaser('<!doctype html>')).toThrow();
  });

  it('fills the years the file leaves out with gaps for the trend', () => {
    const years = trendYears(parsePublicSpaser(file).years);
    expect(years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(years.map((y) => y.payments.averageDelayDays)).toEqual([29.6, null, null, 18.8]);
    expect(trendYears([])).toEqual([]);
  });
});
