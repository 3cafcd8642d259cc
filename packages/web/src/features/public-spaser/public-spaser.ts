import type { TrendYear, YearReport } from '../indicators/report';

/**
 * GET /public/spaser.json, the Region's published SPASER (no sign-in): the charter in force, the
 * rules for suppliers and each year's aggregated indicators. Read defensively: a figure missing or
 * of the wrong type counts as "no data" rather than breaking the page.
 */
export interface PublicCharter {
  version: number;
  title: string;
  body: string;
  publishedAt: string;
}

export interface PublicSpaser {
  generatedAt: string | null;
  charter: PublicCharter | null;
  rules: { giftCap: string | null; legalPaymentDelayDays: number };
  years: YearReport[];
}

export const PUBLIC_SPASER_URL = '/public/spaser.json';

type Json = Record<string, unknown>;

const object = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const figure = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const count = (value: unknown): number => figure(value) ?? 0;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const amount = (value: unknown): string | null => (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? value : null);

function yearOf(raw: unknown): YearReport | null {
  const y = object(raw);
  if (typeof y.year !== 'number' || !Number.isInteger(y.year)) return null;
  const s = object(y.suppliers);
  const p = object(y.payments);
  const q = object(y.survey);
  const d = object(y.declarations);
  const c = object(y.contracts);
  return {
    year: y.year,
    suppliers: {
      total: count(s.total),
      knownSize: count(s.knownSize),
      unknownSize: count(s.unknownSize),
      smallMedium: count(s.smallMedium),
      smallMediumShare: figure(s.smallMediumShare),
      regionalShareOfSmallMedium: figure(s.regionalShareOfSmallMedium),
      regionalActive: count(s.regionalActive),
    },
    payments: {
      invoicesPaid: count(p.invoicesPaid),
      averageDelayDays: figure(p.averageDelayDays),
      medianDelayDays: figure(p.medianDelayDays),
      lateInvoices: count(p.lateInvoices),
      lateShare: figure(p.lateShare),
      rateUnknownInvoices: count(p.rateUnknownInvoices),
      lateInterestOwed: amount(p.lateInterestOwed),
      indemnitiesOwed: amount(p.indemnitiesOwed),
      lateInterestPaid: amount(p.lateInterestPaid),
    },
    survey: {
      campaignTitle: text(q.campaignTitle),
      responses: figure(q.responses),
      satisfactionRate: figure(q.satisfactionRate),
      nps: figure(q.nps),
      responseRate: figure(q.responseRate),
    },
    declarations: { total: count(d.total), flagged: count(d.flagged), byKind: [], byStatus: [], byFlag: [] },
    contracts: {
      total: count(c.total),
      socialShare: figure(c.socialShare),
      environmentalShare: figure(c.environmentalShare),
      lowCarbonShare: figure(c.lowCarbonShare),
      socialUnknown: count(c.socialUnknown),
      environmentalUnknown: count(c.environmentalUnknown),
      lowCarbonUnknown: count(c.lowCarbonUnknown),
    },
  };
}

function charterOf(raw: unknown): PublicCharter | null {
  const c = object(raw);
  const title = text(c.title);
  const body = text(c.body);
  if (title === null || body === null) return null;
  return { version: count(c.version), title, body, publishedAt: text(c.publishedAt) ?? '' };
}

/** The JSON as the page uses it, years in order; throws when it is not the SPASER file at all. */
export function parsePublicSpaser(json: unknown): PublicSpaser {
  const root = object(json);
  if (!Array.isArray(root.years)) throw new Error('Not the public SPASER file');
  const rules = object(root.rules);
  return {
    generatedAt: text(root.generatedAt),
    charter: charterOf(root.charter),
    rules: { giftCap: amount(rules.giftCap), legalPaymentDelayDays: figure(rules.legalPaymentDelayDays) ?? 30 },
    years: root.years
      .map(yearOf)
      .filter((y): y is YearReport => y !== null)
      .sort((a, b) => a.year - b.year),
  };
}

/** Fetches and reads the file (plain fetch: the page works without the GraphQL session). */
export async function fetchPublicSpaser(signal?: AbortSignal): Promise<PublicSpaser> {
  const response = await fetch(PUBLIC_SPASER_URL, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parsePublicSpaser(await response.json());
}

/** A year the file leaves out (nothing recorded): every figure missing. */
const emptyYear = (year: number): TrendYear => ({
  year,
  suppliers: { smallMediumShare: null, regionalShareOfSmallMedium: null },
  payments: { averageDelayDays: null, medianDelayDays: null },
  survey: { satisfactionRate: null, responseRate: null },
  contracts: { socialShare: null, environmentalShare: null, lowCarbonShare: null },
});

/** The years the trend shows: every year from the first published to the last, a missing one as a gap. */
export function trendYears(years: readonly YearReport[]): TrendYear[] {
  if (!years.length) return [];
  const byYear = new Map(years.map((y) => [y.year, y]));
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(first + i) ?? emptyYear(first + i));
}
