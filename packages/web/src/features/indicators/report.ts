import type { IndicatorsReportQuery } from '../../gql/graphql';

/**
 * One year's indicators as the pages show them, whether they come from GraphQL (agents) or from
 * the public JSON (anyone): shares as fractions 0–1, money as decimal strings in euros, null where
 * there is no data. The public file has no declaration breakdowns: their lists are then empty.
 */
export interface KeyCount {
  key: string;
  count: number;
}

export interface YearReport {
  year: number;
  suppliers: {
    total: number;
    knownSize: number;
    unknownSize: number;
    smallMedium: number;
    smallMediumShare: number | null;
    regionalShareOfSmallMedium: number | null;
    regionalActive: number;
  };
  payments: {
    invoicesPaid: number;
    averageDelayDays: number | null;
    medianDelayDays: number | null;
    lateInvoices: number;
    lateShare: number | null;
    rateUnknownInvoices: number;
    lateInterestOwed: string | null;
    indemnitiesOwed: string | null;
    lateInterestPaid: string | null;
  };
  survey: {
    campaignTitle: string | null;
    responses: number | null;
    satisfactionRate: number | null;
    nps: number | null;
    responseRate: number | null;
  };
  declarations: { total: number; flagged: number; byKind: KeyCount[]; byStatus: KeyCount[]; byFlag: KeyCount[] };
  contracts: {
    total: number;
    socialShare: number | null;
    environmentalShare: number | null;
    lowCarbonShare: number | null;
    socialUnknown: number;
    environmentalUnknown: number;
    lowCarbonUnknown: number;
  };
}

/** What the trend charts read of each year (a YearReport has it all). */
export interface TrendYear {
  year: number;
  suppliers: { smallMediumShare: number | null; regionalShareOfSmallMedium: number | null };
  payments: { averageDelayDays: number | null; medianDelayDays: number | null };
  survey: { satisfactionRate: number | null; responseRate: number | null };
  contracts: { socialShare: number | null; environmentalShare: number | null; lowCarbonShare: number | null };
}

type Reported = IndicatorsReportQuery['spaserReport'];

const pairs = (list: readonly { key: string; count: number }[]): KeyCount[] => list.map(({ key, count }) => ({ key, count }));

/** The GraphQL report, its Money objects read as amounts in euros. */
export function fromReport(r: Reported): YearReport {
  const { suppliers: s, payments: p, survey: q, declarations: d, contracts: c } = r;
  return {
    year: r.year,
    suppliers: {
      total: s.total,
      knownSize: s.knownSize,
      unknownSize: s.unknownSize,
      smallMedium: s.smallMedium,
      smallMediumShare: s.smallMediumShare,
      regionalShareOfSmallMedium: s.regionalShareOfSmallMedium,
      regionalActive: s.regionalActive,
    },
    payments: {
      invoicesPaid: p.invoicesPaid,
      averageDelayDays: p.averageDelayDays,
      medianDelayDays: p.medianDelayDays,
      lateInvoices: p.lateInvoices,
      lateShare: p.lateShare,
      rateUnknownInvoices: p.rateUnknownInvoices,
      lateInterestOwed: p.lateInterestOwed?.amount ?? null,
      indemnitiesOwed: p.indemnitiesOwed?.amount ?? null,
      lateInterestPaid: p.lateInterestPaid.amount,
    },
    survey: { campaignTitle: q.campaignTitle, responses: q.responses, satisfactionRate: q.satisfactionRate, nps: q.nps, responseRate: q.responseRate },
    declarations: { total: d.total, flagged: d.flagged, byKind: pairs(d.byKind), byStatus: pairs(d.byStatus), byFlag: pairs(d.byFlag) },
    contracts: {
      total: c.total,
      socialShare: c.socialShare,
      environmentalShare: c.environmentalShare,
      lowCarbonShare: c.lowCarbonShare,
      socialUnknown: c.socialUnknown,
      environmentalUnknown: c.environmentalUnknown,
      lowCarbonUnknown: c.lowCarbonUnknown,
    },
  };
}
