import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { parisStartOf } from '../../shared/calendar.js';
import { DeclarationFlag, DeclarationKind } from '../ethics/ethics-rules.js';
import { DeclarationStatus } from '../ethics/ethics.entities.js';
import { DisputeStatus, DisputeSubjectKind } from '../mediation/mediation-rules.js';
import { campaignSummaries } from '../survey/results.service.js';
import { CampaignStatus, SurveyCampaign } from '../survey/survey.entities.js';
import { days, histogramStats, share } from './report-rules.js';
import { byYear, type YearSpan, yearOf, yearSpan, yearsTable } from './report-years.js';

/**
 * The SPASER yearly report (SPEC §4), added up by the database on both dialects: the stored payment
 * facts of each invoice (computed by the one pure rule), suppliers, contracts and declarations.
 * Only the survey's figures come from the results service (its answers are JSON documents).
 * Agents only, or the public page: nothing here names a person or a supplier.
 */
export interface SpaserReport {
  year: number;
  suppliers: { total: number; knownSize: number; unknownSize: number; smallMedium: number; smallMediumShare: number | null; regionalShareOfSmallMedium: number | null; regionalActive: number };
  payments: {
    invoicesPaid: number; averageDelayDays: number | null; medianDelayDays: number | null; lateInvoices: number; lateShare: number | null;
    lateInterestOwedCents: number | null; indemnitiesOwedCents: number | null; lateInterestPaidCents: number; rateUnknownInvoices: number;
  };
  survey: { campaignTitle: string | null; responses: number | null; satisfactionRate: number | null; nps: number | null; responseRate: number | null };
  declarations: { total: number; flagged: number; byKind: Count<DeclarationKind>[]; byStatus: Count<DeclarationStatus>[]; byFlag: Count<DeclarationFlag>[] };
  contracts: { total: number; socialShare: number | null; environmentalShare: number | null; lowCarbonShare: number | null; socialUnknown: number; environmentalUnknown: number; lowCarbonUnknown: number };
  mediation: { opened: number; resolved: number; closedWithoutAgreement: number; withdrawn: number; stillOpen: number; medianDaysToClose: number | null; bySubject: Count<DisputeSubjectKind>[]; byStatus: Count<DisputeStatus>[] };
}

export interface Count<K extends string> {
  key: K;
  count: number;
}

type KnexFn = ReturnType<SqlEntityManager['getKnex']>;
type Row = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const total = (rows: Row[], column: string) => rows.reduce((t, r) => t + num(r[column]), 0);

/** One year: the range of that year alone, so a year reads the same alone as in a trend. */
export async function spaserReport(em: EntityManager, year: number): Promise<SpaserReport> {
  return (await spaserReports(em, year, year))[0]!;
}

/** Every year from `first` to `last` (included), each aggregate grouped by year: the same statements for 1 year or 15. */
export async function spaserReports(em: EntityManager, first: number, last: number): Promise<SpaserReport[]> {
  const knex = (em as SqlEntityManager).getKnex();
  const span = yearSpan(first, last);
  // Independent aggregates, run side by side on PostgreSQL's pool (one after the other on SQLite's single connection).
  const [suppliers, payments, survey, declarations, contracts, mediation] = await Promise.all([
    supplierMix(knex, span),
    paymentFigures(knex, span),
    surveyFigures(em, span),
    declarationFigures(em, span),
    contractFigures(knex, span),
    mediationFigures(knex, span),
  ]);
  return span.years.map((year) => ({
    year, suppliers: suppliers.get(year)!, payments: payments.get(year)!, survey: survey.get(year)!,
    declarations: declarations.get(year)!, contracts: contracts.get(year)!, mediation: mediation.get(year)!,
  }));
}

/** A calendar-day column within the span. */
const within = (column: string, span: YearSpan) => (qb: Knex.QueryBuilder) => qb.where(column, '>=', span.from).where(column, '<', span.to);

/** Contracts running some day of year `yr.y`: started by its end, not ended before its start (whole years, the span clamped). */
const runningInYear = (knex: KnexFn, span: YearSpan) => (qb: Knex.QueryBuilder) =>
  qb.crossJoin(yearsTable(knex, span)).whereNotNull('c.start_on')
    .where(knex.raw('? <= yr.y', [yearOf(knex, 'c.start_on', span, undefined, true)]))
    .where((w: Knex.QueryBuilder) => w.whereNull('c.end_on').orWhere(knex.raw('? >= yr.y', [yearOf(knex, 'c.end_on', span, undefined, true)])));

/** The middle row (or the two middle rows' mean) of `d` in each year `y`, by window functions, on both dialects. */
const medianByYear = (knex: KnexFn, rows: Knex.QueryBuilder) =>
  knex.from(rows.as('b')).select('*', knex.raw('row_number() over (partition by y order by d) as rn'), knex.raw('count(*) over (partition by y) as c'));
const MEDIAN = 'avg(case when rn in ((c + 1) / 2, (c + 2) / 2) then d end) as median';

/** Active: a contract running or an invoice paid in the year (SPEC §4). */
async function supplierMix(knex: KnexFn, span: YearSpan) {
  // Distinct (supplier, year) first: a hash over the year's invoices, then a union of small sets.
  const paid = knex.from(knex('invoice').modify(within('payment_issued_on', span)).select('supplier_id', knex.raw('? as y', [yearOf(knex, 'payment_issued_on', span)])).as('i'))
    .distinct('supplier_id', 'y');
  const holding = knex('contract_holder as h').join('contract as c', 'c.id', 'h.contract_id').modify(runningInYear(knex, span)).select('h.supplier_id', 'yr.y');
  const sme = "s.size_category in ('MICRO', 'SMALL_MEDIUM')";
  const rows = (await knex.from(paid.union(holding).as('a')).join('supplier as s', 's.id', 'a.supplier_id').groupBy('a.y').select(
    'a.y',
    knex.raw('count(*) as total'),
    knex.raw('sum(case when s.size_category is not null then 1 else 0 end) as known'),
    knex.raw(`sum(case when ${sme} then 1 else 0 end) as sme`),
    knex.raw(`sum(case when ${sme} and s.department is not null then 1 else 0 end) as sme_known_place`),
    knex.raw(`sum(case when ${sme} and s.is_regional then 1 else 0 end) as regional_sme`),
    knex.raw('sum(case when s.is_regional then 1 else 0 end) as regional'),
  )) as Row[];
  return byYear(span, rows, ([row = {}]) => {
    const [all, known, sme] = [num(row.total), num(row.known), num(row.sme)];
    return {
      total: all, knownSize: known, unknownSize: all - known, smallMedium: sme, smallMediumShare: share(sme, known),
      regionalShareOfSmallMedium: share(num(row.regional_sme), num(row.sme_known_place)), regionalActive: num(row.regional),
    };
  });
}

/** Invoices belong to the year of their payment issue; the delay excludes suspended days (stored facts). */
async function paymentFigures(knex: KnexFn, span: YearSpan) {
  const paidIn = knex('invoice').modify(within('payment_issued_on', span)).whereNotNull('observed_delay_days')
    .select(knex.raw('? as y', [yearOf(knex, 'payment_issued_on', span)]), 'observed_delay_days as d', 'days_late', 'late_interest_cents', 'recovery_indemnity_cents');
  // Per year and per delay (whole days): a few hundred rows, whatever the number of invoices.
  const rows = (await knex.from(paidIn.as('r')).groupBy('y', 'd').select(
    'y',
    'd',
    knex.raw('count(*) as n'),
    knex.raw('sum(case when days_late > 0 then 1 else 0 end) as late'),
    knex.raw('sum(late_interest_cents) as interest'),
    knex.raw('sum(recovery_indemnity_cents) as indemnities'),
    knex.raw('sum(case when late_interest_cents is null then 1 else 0 end) as unknown_rate'),
  )) as Row[];
  const interestPaid = knex('invoice').modify(within('interest_paid_on', span)).select(knex.raw('? as y', [yearOf(knex, 'interest_paid_on', span)]), 'interest_paid_cents');
  const paidRows = (await knex.from(interestPaid.as('p')).groupBy('y').select('y', knex.raw('sum(interest_paid_cents) as cents'))) as Row[];
  const interestByYear = byYear(span, paidRows, (r) => total(r, 'cents'));
  return byYear(span, rows, (ofYear, year) => {
    const delays = histogramStats(ofYear.map((r) => ({ value: num(r.d), n: num(r.n) })));
    const paid = delays.total;
    const late = total(ofYear, 'late');
    return {
      invoicesPaid: paid,
      averageDelayDays: days(delays.mean),
      medianDelayDays: days(delays.median),
      lateInvoices: late,
      lateShare: share(late, paid),
      lateInterestOwedCents: paid ? total(ofYear, 'interest') : null,
      indemnitiesOwedCents: paid ? total(ofYear, 'indemnities') : null,
      lateInterestPaidCents: interestByYear.get(year)!,
      rateUnknownInvoices: total(ofYear, 'unknown_rate'),
    };
  });
}

/** Each year's campaign: the last one closed (or archived), else the one open (provisional figures). */
async function surveyFigures(em: EntityManager, span: YearSpan) {
  const campaigns = await em.find(SurveyCampaign, { year: { $gte: span.years[0]!, $lte: span.years.at(-1)! }, status: { $ne: CampaignStatus.DRAFT } }, { orderBy: { closesOn: 'desc' } });
  const chosen = new Map<number, SurveyCampaign>();
  for (const year of span.years) {
    const ofYear = campaigns.filter((c) => c.year === year);
    const campaign = ofYear.find((c) => c.status !== CampaignStatus.OPEN) ?? ofYear[0];
    if (campaign) chosen.set(year, campaign);
  }
  const summaries = await campaignSummaries(em, [...chosen.values()]);
  const round = (v: number | null) => (v === null ? null : share(v, 1));
  return new Map(span.years.map((year) => {
    const s = summaries.get(chosen.get(year)?.id ?? '');
    return [year, s
      ? { campaignTitle: s.title, responses: s.responses, satisfactionRate: round(s.satisfactionRate), nps: s.nps === null ? null : Math.round(s.nps), responseRate: round(s.responseRate) }
      : { campaignTitle: null, responses: null, satisfactionRate: null, nps: null, responseRate: null }];
  }));
}

/** Declarations submitted in the year (Paris time), by kind, status and flag. */
async function declarationFigures(em: EntityManager, span: YearSpan) {
  const knex = (em as SqlEntityManager).getKnex();
  const flagsText = em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'd.flags::text' : 'd.flags';
  const flagSums = Object.values(DeclarationFlag).map((f) => knex.raw(`sum(case when ${flagsText} like '%"${f}"%' then 1 else 0 end) as "${f}"`));
  // The instant each Paris year begins, in the form the platform stores datetimes.
  const instant = (day: string) => em.getPlatform().processDateProperty(parisStartOf(day));
  const created = knex('declaration as d').where('d.created_at', '>=', instant(span.from) as Date).where('d.created_at', '<', instant(span.to) as Date)
    .select(knex.raw('? as y', [yearOf(knex, 'd.created_at', span, instant)]), 'd.kind', 'd.status', 'd.flags');
  const rows = (await knex.from(created.as('d')).groupBy('y', 'd.kind', 'd.status')
    .select('y', 'd.kind', 'd.status', knex.raw('count(*) as n'), knex.raw(`sum(case when ${flagsText} <> '[]' then 1 else 0 end) as flagged`), ...flagSums)) as Row[];
  return byYear(span, rows, (ofYear) => {
    const sumBy = <K extends string>(keys: K[], pick: (r: Row, k: K) => number): Count<K>[] => keys.map((key) => ({ key, count: ofYear.reduce((t, r) => t + pick(r, key), 0) }));
    return {
      total: total(ofYear, 'n'),
      flagged: total(ofYear, 'flagged'),
      byKind: sumBy(Object.values(DeclarationKind), (r, k) => (r.kind === k ? num(r.n) : 0)),
      byStatus: sumBy(Object.values(DeclarationStatus), (r, k) => (r.status === k ? num(r.n) : 0)),
      byFlag: sumBy(Object.values(DeclarationFlag), (r, k) => num(r[k])),
    };
  });
}

/** Clause shares over the contracts running in the year whose flag is known (YES or NO); the unknown counted apart. */
async function contractFigures(knex: KnexFn, span: YearSpan) {
  const flag = (column: string) => [
    knex.raw(`sum(case when c.${column} = 'YES' then 1 else 0 end) as ${column}_yes`),
    knex.raw(`sum(case when c.${column} = 'UNKNOWN' then 1 else 0 end) as ${column}_unknown`),
  ];
  const rows = (await knex('contract as c').modify(runningInYear(knex, span)).groupBy('yr.y')
    .select('yr.y', knex.raw('count(*) as total'), ...flag('social_clause'), ...flag('environmental_clause'), ...flag('low_carbon_transport'))) as Row[];
  return byYear(span, rows, ([row = {}]) => {
    const all = num(row.total);
    const of = (column: string) => share(num(row[`${column}_yes`]), all - num(row[`${column}_unknown`]));
    return {
      total: all,
      socialShare: of('social_clause'),
      environmentalShare: of('environmental_clause'),
      lowCarbonShare: of('low_carbon_transport'),
      socialUnknown: num(row.social_clause_unknown),
      environmentalUnknown: num(row.environmental_clause_unknown),
      lowCarbonUnknown: num(row.low_carbon_transport_unknown),
    };
  });
}

/**
 * Disputes (médiation) opened in the year (Paris day of opening), by subject and current status; the
 * median of the calendar days to close (stored at closing) over those the mediator closed, with or
 * without an agreement — a withdrawal is the supplier's, not an outcome of the mediation.
 */
async function mediationFigures(knex: KnexFn, span: YearSpan) {
  const opened = () => knex('dispute').modify(within('opened_on', span));
  const year = () => knex.raw('? as y', [yearOf(knex, 'opened_on', span)]);
  const rows = (await knex.from(opened().select(year(), 'subject_kind', 'status').as('o')).groupBy('y', 'subject_kind', 'status')
    .select('y', 'subject_kind', 'status', knex.raw('count(*) as n'))) as Row[];
  const closedByMediator = [DisputeStatus.RESOLVED, DisputeStatus.CLOSED_WITHOUT_AGREEMENT];
  const closed = opened().whereIn('status', closedByMediator).whereNotNull('days_to_close').select(year(), 'days_to_close as d');
  const medians = (await knex.from(medianByYear(knex, closed).as('r')).groupBy('y').select('y', knex.raw(MEDIAN))) as Row[];
  const medianOf = byYear(span, medians, ([m]) => days(numOrNull(m?.median)));
  return byYear(span, rows, (ofYear, year) => {
    const count = (pick: (r: Row) => boolean) => ofYear.reduce((t, r) => t + (pick(r) ? num(r.n) : 0), 0);
    const ofStatus = (status: DisputeStatus) => count((r) => r.status === status);
    return {
      opened: count(() => true),
      resolved: ofStatus(DisputeStatus.RESOLVED),
      closedWithoutAgreement: ofStatus(DisputeStatus.CLOSED_WITHOUT_AGREEMENT),
      withdrawn: ofStatus(DisputeStatus.WITHDRAWN),
      stillOpen: ofStatus(DisputeStatus.OPEN) + ofStatus(DisputeStatus.UNDER_REVIEW),
      medianDaysToClose: medianOf.get(year)!,
      bySubject: Object.values(DisputeSubjectKind).map((key) => ({ key, count: count((r) => r.subject_kind === key) })),
      byStatus: Object.values(DisputeStatus).map((key) => ({ key, count: ofStatus(key) })),
    };
  });
}
