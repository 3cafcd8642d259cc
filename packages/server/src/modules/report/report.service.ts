import type { EntityManager } from '@mikro-orm/core';
import { type Knex, raw, type SqlEntityManager } from '@mikro-orm/knex';
import { parisStartOf } from '../../shared/calendar.js';
import { DeclarationFlag, DeclarationKind } from '../ethics/ethics-rules.js';
import { Declaration, DeclarationStatus } from '../ethics/ethics.entities.js';
import { DisputeStatus, DisputeSubjectKind } from '../mediation/mediation-rules.js';
import { campaignSummary } from '../survey/results.service.js';
import { CampaignStatus, SurveyCampaign } from '../survey/survey.entities.js';
import { days, share, yearBounds } from './report-rules.js';

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
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function spaserReport(em: EntityManager, year: number): Promise<SpaserReport> {
  const knex = (em as SqlEntityManager).getKnex();
  const { from, to } = yearBounds(year);
  const [suppliers, payments, survey, declarations, contracts, mediation] = [
    await supplierMix(knex, from, to),
    await paymentFigures(knex, from, to),
    await surveyFigures(em, year),
    await declarationFigures(em, from, to),
    await contractFigures(knex, from, to),
    await mediationFigures(knex, from, to),
  ];
  return { year, suppliers, payments, survey, declarations, contracts, mediation };
}

/** Contracts running some day of the year: started by its end, not ended before its start. */
const running = (knex: KnexFn, from: string, to: string) => (qb: Knex.QueryBuilder) =>
  qb.whereNotNull('c.start_on').where('c.start_on', '<', to).where((w: Knex.QueryBuilder) => w.whereNull('c.end_on').orWhere('c.end_on', '>=', from));

/** Active: a contract running or an invoice paid in the year (SPEC §4). */
async function supplierMix(knex: KnexFn, from: string, to: string) {
  const paid = knex('invoice').select('supplier_id').where('payment_issued_on', '>=', from).where('payment_issued_on', '<', to);
  const holding = knex('contract_holder as h').join('contract as c', 'c.id', 'h.contract_id').select('h.supplier_id').modify(running(knex, from, to));
  const sme = "size_category in ('MICRO', 'SMALL_MEDIUM')";
  const [row] = await knex('supplier')
    .where((w: Knex.QueryBuilder) => w.whereIn('id', paid).orWhereIn('id', holding))
    .select(
      knex.raw('count(*) as total'),
      knex.raw('sum(case when size_category is not null then 1 else 0 end) as known'),
      knex.raw(`sum(case when ${sme} then 1 else 0 end) as sme`),
      knex.raw(`sum(case when ${sme} and department is not null then 1 else 0 end) as sme_known_place`),
      knex.raw(`sum(case when ${sme} and is_regional then 1 else 0 end) as regional_sme`),
      knex.raw('sum(case when is_regional then 1 else 0 end) as regional'),
    );
  const total = num(row.total);
  const known = num(row.known);
  return {
    total,
    knownSize: known,
    unknownSize: total - known,
    smallMedium: num(row.sme),
    smallMediumShare: share(num(row.sme), known),
    regionalShareOfSmallMedium: share(num(row.regional_sme), num(row.sme_known_place)),
    regionalActive: num(row.regional),
  };
}

/** Invoices belong to the year of their payment issue; the delay excludes suspended days (stored facts). */
async function paymentFigures(knex: KnexFn, from: string, to: string) {
  const paidIn = (qb: Knex.QueryBuilder) => qb.where('payment_issued_on', '>=', from).where('payment_issued_on', '<', to).whereNotNull('observed_delay_days');
  const [row] = await knex('invoice')
    .modify(paidIn)
    .select(
      knex.raw('count(*) as paid'),
      knex.raw('avg(observed_delay_days) as average'),
      knex.raw('sum(case when days_late > 0 then 1 else 0 end) as late'),
      knex.raw('sum(late_interest_cents) as interest'),
      knex.raw('sum(recovery_indemnity_cents) as indemnities'),
      knex.raw('sum(case when late_interest_cents is null then 1 else 0 end) as unknown_rate'),
    );
  // The median: the middle row (or the two middle rows' mean) by a window function, on both dialects.
  const ranked = knex('invoice')
    .modify(paidIn)
    .select('observed_delay_days as d', knex.raw('row_number() over (order by observed_delay_days) as rn'), knex.raw('count(*) over () as c'));
  const [median] = await knex.from(ranked.as('r')).whereRaw('rn in ((c + 1) / 2, (c + 2) / 2)').select(knex.raw('avg(d) as median'));
  const [interestPaid] = await knex('invoice').where('interest_paid_on', '>=', from).where('interest_paid_on', '<', to).sum({ cents: 'interest_paid_cents' });
  const paid = num(row.paid);
  return {
    invoicesPaid: paid,
    averageDelayDays: paid ? days(Number(row.average)) : null,
    medianDelayDays: paid ? days(numOrNull(median?.median)) : null,
    lateInvoices: num(row.late),
    lateShare: share(num(row.late), paid),
    lateInterestOwedCents: paid ? num(row.interest) : null,
    indemnitiesOwedCents: paid ? num(row.indemnities) : null,
    lateInterestPaidCents: num(interestPaid?.cents),
    rateUnknownInvoices: num(row.unknown_rate),
  };
}

/** The year's campaign: the last one closed (or archived), else the one open (provisional figures). */
async function surveyFigures(em: EntityManager, year: number) {
  const campaigns = await em.find(SurveyCampaign, { year, status: { $ne: CampaignStatus.DRAFT } }, { orderBy: { closesOn: 'desc' } });
  const campaign = campaigns.find((c) => c.status !== CampaignStatus.OPEN) ?? campaigns[0];
  if (!campaign) return { campaignTitle: null, responses: null, satisfactionRate: null, nps: null, responseRate: null };
  const s = await campaignSummary(em, campaign);
  const round = (v: number | null) => (v === null ? null : share(v, 1));
  return { campaignTitle: s.title, responses: s.responses, satisfactionRate: round(s.satisfactionRate), nps: s.nps === null ? null : Math.round(s.nps), responseRate: round(s.responseRate) };
}

/** Declarations submitted in the year (Paris time), by kind, status and flag. */
async function declarationFigures(em: EntityManager, from: string, to: string) {
  const flagsText = em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'd.flags::text' : 'd.flags';
  const flagSums = Object.values(DeclarationFlag).map((f) => `sum(case when ${flagsText} like '%"${f}"%' then 1 else 0 end) as "${f}"`);
  const rows = (await (em as SqlEntityManager)
    .createQueryBuilder(Declaration, 'd')
    .select(['d.kind', 'd.status', raw('count(*) as n'), raw(`sum(case when ${flagsText} <> '[]' then 1 else 0 end) as flagged`), ...flagSums.map((s) => raw(s))])
    .where({ createdAt: { $gte: parisStartOf(from), $lt: parisStartOf(to) } })
    .groupBy(['d.kind', 'd.status'])
    .execute('all', false)) as Record<string, unknown>[];
  const sumBy = <K extends string>(keys: K[], pick: (r: Record<string, unknown>, k: K) => number): Count<K>[] => keys.map((key) => ({ key, count: rows.reduce((t, r) => t + pick(r, key), 0) }));
  return {
    total: rows.reduce((t, r) => t + num(r.n), 0),
    flagged: rows.reduce((t, r) => t + num(r.flagged), 0),
    byKind: sumBy(Object.values(DeclarationKind), (r, k) => (r.kind === k ? num(r.n) : 0)),
    byStatus: sumBy(Object.values(DeclarationStatus), (r, k) => (r.status === k ? num(r.n) : 0)),
    byFlag: sumBy(Object.values(DeclarationFlag), (r, k) => num(r[k])),
  };
}

/** Clause shares over the contracts running in the year whose flag is known (YES or NO); the unknown counted apart. */
async function contractFigures(knex: KnexFn, from: string, to: string) {
  const flag = (column: string) => [
    knex.raw(`sum(case when c.${column} = 'YES' then 1 else 0 end) as ${column}_yes`),
    knex.raw(`sum(case when c.${column} = 'UNKNOWN' then 1 else 0 end) as ${column}_unknown`),
  ];
  const [row] = await knex('contract as c')
    .modify(running(knex, from, to))
    .select(knex.raw('count(*) as total'), ...flag('social_clause'), ...flag('environmental_clause'), ...flag('low_carbon_transport'));
  const total = num(row.total);
  const of = (column: string) => share(num(row[`${column}_yes`]), total - num(row[`${column}_unknown`]));
  return {
    total,
    socialShare: of('social_clause'),
    environmentalShare: of('environmental_clause'),
    lowCarbonShare: of('low_carbon_transport'),
    socialUnknown: num(row.social_clause_unknown),
    environmentalUnknown: num(row.environmental_clause_unknown),
    lowCarbonUnknown: num(row.low_carbon_transport_unknown),
  };
}

/**
 * Disputes (médiation) opened in the year (Paris day of opening), by subject and current status; the
 * median of the calendar days to close (stored at closing) over those the mediator closed, with or
 * without an agreement — a withdrawal is the supplier's, not an outcome of the mediation.
 */
async function mediationFigures(knex: KnexFn, from: string, to: string) {
  const openedIn = (qb: Knex.QueryBuilder) => qb.where('opened_on', '>=', from).where('opened_on', '<', to);
  const rows = (await knex('dispute').modify(openedIn).select('subject_kind', 'status', knex.raw('count(*) as n')).groupBy('subject_kind', 'status')) as Record<string, unknown>[];
  const closedByMediator = [DisputeStatus.RESOLVED, DisputeStatus.CLOSED_WITHOUT_AGREEMENT];
  const ranked = knex('dispute')
    .modify(openedIn)
    .whereIn('status', closedByMediator)
    .whereNotNull('days_to_close')
    .select('days_to_close as d', knex.raw('row_number() over (order by days_to_close) as rn'), knex.raw('count(*) over () as c'));
  const [median] = await knex.from(ranked.as('r')).whereRaw('rn in ((c + 1) / 2, (c + 2) / 2)').select(knex.raw('avg(d) as median'));
  const count = (pick: (r: Record<string, unknown>) => boolean) => rows.reduce((t, r) => t + (pick(r) ? num(r.n) : 0), 0);
  const ofStatus = (status: DisputeStatus) => count((r) => r.status === status);
  return {
    opened: count(() => true),
    resolved: ofStatus(DisputeStatus.RESOLVED),
    closedWithoutAgreement: ofStatus(DisputeStatus.CLOSED_WITHOUT_AGREEMENT),
    withdrawn: ofStatus(DisputeStatus.WITHDRAWN),
    stillOpen: ofStatus(DisputeStatus.OPEN) + ofStatus(DisputeStatus.UNDER_REVIEW),
    medianDaysToClose: days(numOrNull(median?.median)),
    bySubject: Object.values(DisputeSubjectKind).map((key) => ({ key, count: count((r) => r.subject_kind === key) })),
    byStatus: Object.values(DisputeStatus).map((key) => ({ key, count: ofStatus(key) })),
  };
}
