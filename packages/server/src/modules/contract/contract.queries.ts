import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { TenantScope } from '../../shared/tenant.js';
import { asDay } from '../invoice/invoice.queries.js';
import type { IdentifierType } from '../supplier/supplier.entity.js';
import type { ClauseFlag } from './contract.entity.js';
import type { ContractFilter } from './contract.types.js';

/**
 * The contract list's read path: plain rows by SQL, one statement for a page (its total count as a
 * scalar subquery) and one for the page's holders. The QueryBuilder applies no ORM filter: a
 * supplier's scope (the contracts it holds) is applied here, on every statement.
 */
export interface ContractRow {
  id: string;
  reference: string;
  title: string;
  buyerId: string;
  buyerName: string | null;
  nature: string | null;
  procedure: string | null;
  cpvCode: string | null;
  notifiedOn: string | null;
  startOn: string | null;
  endOn: string | null;
  durationMonths: number | null;
  amountCents: number | null;
  initialAmountCents: number | null;
  modifiedOn: string | null;
  paymentDelayDays: number;
  isWorks: boolean;
  socialClause: ClauseFlag;
  environmentalClause: ClauseFlag;
  lowCarbonTransport: ClauseFlag;
  hasSubcontracting: boolean;
}

export interface HolderRow {
  contractId: string;
  supplierId: string;
  legalName: string;
  identifierType: IdentifierType;
  identifier: string | null;
}

const COLUMNS = [
  'c.id', 'c.reference', 'c.title', 'c.buyer_id', 'c.buyer_name', 'c.nature', 'c.procedure', 'c.cpv_code', 'c.notified_on', 'c.start_on', 'c.end_on',
  'c.duration_months', 'c.amount_cents', 'c.initial_amount_cents', 'c.modified_on', 'c.payment_delay_days', 'c.is_works', 'c.social_clause',
  'c.environmental_clause', 'c.low_carbon_transport',
];
/** Newest first; contracts with no start date last. */
const SORT = "coalesce(c.start_on, '0001-01-01')";
const NO_START = '0001-01-01';

const knexOf = (em: EntityManager): Knex => (em as SqlEntityManager).getKnex();
const num = (v: unknown) => (v == null ? null : Number(v));

function toRow(r: Record<string, unknown>): ContractRow {
  return {
    id: String(r.id),
    reference: String(r.reference),
    title: String(r.title),
    buyerId: String(r.buyer_id),
    buyerName: (r.buyer_name as string | null) ?? null,
    nature: (r.nature as string | null) ?? null,
    procedure: (r.procedure as string | null) ?? null,
    cpvCode: (r.cpv_code as string | null) ?? null,
    notifiedOn: asDay(r.notified_on),
    startOn: asDay(r.start_on),
    endOn: asDay(r.end_on),
    durationMonths: num(r.duration_months),
    amountCents: num(r.amount_cents),
    initialAmountCents: num(r.initial_amount_cents),
    modifiedOn: asDay(r.modified_on),
    paymentDelayDays: Number(r.payment_delay_days),
    isWorks: Boolean(r.is_works),
    socialClause: r.social_clause as ClauseFlag,
    environmentalClause: r.environmental_clause as ClauseFlag,
    lowCarbonTransport: r.low_carbon_transport as ClauseFlag,
    hasSubcontracting: Boolean(r.has_subcontracting),
  };
}

/** A contract held by this supplier (the tenant rule of contracts, and the `supplierId` filter). */
function heldBy(knex: Knex, qb: Knex.QueryBuilder, supplierId: string) {
  qb.whereExists(knex('contract_holder as h').select(knex.raw('1')).whereRaw('h.contract_id = c.id').where('h.supplier_id', supplierId));
}

function scopedAndFiltered(knex: Knex, qb: Knex.QueryBuilder, scope: TenantScope, filter: ContractFilter | undefined) {
  if (scope.internal !== true) heldBy(knex, qb, scope.supplierId);
  if (!filter) return qb;
  if (filter.supplierId) heldBy(knex, qb, filter.supplierId);
  if (filter.buyerId) qb.where('c.buyer_id', filter.buyerId.replace(/\s/g, ''));
  if (filter.socialClause) qb.where('c.social_clause', filter.socialClause);
  if (filter.environmentalClause) qb.where('c.environmental_clause', filter.environmentalClause);
  if (filter.runningIn) {
    // The yearly report's rule: started by 31 December, not ended before 1 January.
    qb.where('c.start_on', '<=', `${filter.runningIn}-12-31`).where((w) => w.whereNull('c.end_on').orWhere('c.end_on', '>=', `${filter.runningIn}-01-01`));
  }
  if (filter.search?.trim()) {
    // Typed wildcards are searched for as such (DECP ids hold underscores).
    const pattern = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w.whereRaw("lower(c.reference) like ? escape '\\'", [pattern]).orWhereRaw("lower(c.title) like ? escape '\\'", [pattern]));
  }
  return qb;
}

export async function contractPage(
  em: EntityManager,
  scope: TenantScope,
  args: { filter?: ContractFilter; first: number; after?: string | null },
): Promise<{ rows: ContractRow[]; total: number; hasNextPage: boolean; cursorOf: (r: ContractRow) => string }> {
  const knex = knexOf(em);
  const count = scopedAndFiltered(knex, knex('contract as c').count('*'), scope, args.filter);
  const qb = scopedAndFiltered(knex, knex('contract as c').select(COLUMNS), scope, args.filter)
    .select(knex.raw('case when c.subcontracting is null then 0 else 1 end as has_subcontracting'))
    .select(count.as('total_count'));
  if (args.after) {
    const [start, id] = decodeCursor(args.after, ['day', 'id']);
    qb.where((w) => w.whereRaw(`${SORT} < ?`, [start!]).orWhere((e) => e.whereRaw(`${SORT} = ?`, [start!]).where('c.id', '<', id!)));
  }
  qb.orderByRaw(`${SORT} desc, c.id desc`).limit(args.first + 1);
  const raw = (await qb) as Record<string, unknown>[];
  let total = raw.length ? Number(raw[0]!.total_count) : 0;
  if (!raw.length && args.after) total = Number(Object.values(((await count) as Record<string, unknown>[])[0] ?? {})[0] ?? 0);
  const rows = raw.slice(0, args.first).map(toRow);
  return { rows, total, hasNextPage: raw.length > args.first, cursorOf: (r) => encodeCursor([r.startOn ?? NO_START, r.id]) };
}

/** The holders of these contracts, by name: one statement. Only contracts the viewer may see are asked for. */
export async function holdersOf(em: EntityManager, contractIds: readonly string[]): Promise<Map<string, HolderRow[]>> {
  const out = new Map<string, HolderRow[]>(contractIds.map((id) => [id, []]));
  if (!contractIds.length) return out;
  const rows = (await knexOf(em)('contract_holder as h')
    .join('supplier as s', 's.id', 'h.supplier_id')
    .select('h.contract_id', 's.id', 's.legal_name', 's.identifier_type', 's.siret', 's.vat_number')
    .whereIn('h.contract_id', [...contractIds])
    .orderBy([{ column: 's.legal_name' }, { column: 's.id' }])) as Record<string, unknown>[];
  for (const r of rows) {
    out.get(String(r.contract_id))?.push({
      contractId: String(r.contract_id),
      supplierId: String(r.id),
      legalName: String(r.legal_name),
      identifierType: r.identifier_type as IdentifierType,
      identifier: ((r.siret ?? r.vat_number) as string | null) ?? null,
    });
  }
  return out;
}
