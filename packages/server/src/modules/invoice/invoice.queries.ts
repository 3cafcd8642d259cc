import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { type CursorPart, decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { TenantScope } from '../../shared/tenant.js';
import { InvoiceStatus } from './invoice-status.js';
import { type InvoiceFilter, type InvoiceOrder, InvoiceSort, SortDirection } from './invoice.types.js';

/**
 * The hot read path: invoices are read as plain rows by SQL (no entity hydration), one statement
 * for a page (its total count as a scalar subquery) and one for the page's events. The QueryBuilder
 * applies no ORM filter, so every query here takes the tenant scope and applies it itself.
 */
export interface InvoiceRow {
  id: string;
  supplier_id: string;
  number: string;
  status: InvoiceStatus;
  status_on: string;
  invoice_date: string;
  declared_received_on: string | null;
  received_on: string | null;
  deadline: string | null;
  payment_issued_on: string | null;
  amount_excl_tax_cents: number;
  amount_incl_tax_cents: number;
  contract_id: string | null;
  contract_reference: string | null;
  payment_delay_days: number;
  interest_review: string;
  interest_review_reason: string | null;
  interest_paid_cents: number | null;
  interest_paid_on: string | null;
  created_at: Date;
}

export interface EventRow {
  invoice_id: string;
  status: InvoiceStatus;
  portal_code: string | null;
  on: string;
  reason: string | null;
  flag: string | null;
}

const COLUMNS = [
  'id', 'supplier_id', 'number', 'status', 'status_on', 'invoice_date', 'declared_received_on', 'received_on', 'deadline',
  'payment_issued_on', 'amount_excl_tax_cents', 'amount_incl_tax_cents', 'contract_id', 'contract_reference', 'payment_delay_days',
  'interest_review', 'interest_review_reason', 'interest_paid_cents', 'interest_paid_on', 'created_at',
];

const knexOf = (em: EntityManager): Knex => (em as SqlEntityManager).getKnex();

/** Dates come back as 'YYYY-MM-DD' text (SQLite) or Date (PostgreSQL's date, parsed at UTC midnight). */
export const asDay = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export function normalizeRow(r: Record<string, unknown>): InvoiceRow {
  return {
    ...(r as unknown as InvoiceRow),
    status_on: asDay(r.status_on)!,
    invoice_date: asDay(r.invoice_date)!,
    declared_received_on: asDay(r.declared_received_on),
    received_on: asDay(r.received_on),
    deadline: asDay(r.deadline),
    payment_issued_on: asDay(r.payment_issued_on),
    interest_paid_on: asDay(r.interest_paid_on),
    amount_excl_tax_cents: Number(r.amount_excl_tax_cents),
    amount_incl_tax_cents: Number(r.amount_incl_tax_cents),
    interest_paid_cents: r.interest_paid_cents == null ? null : Number(r.interest_paid_cents),
    payment_delay_days: Number(r.payment_delay_days),
    created_at: r.created_at instanceof Date ? r.created_at : new Date(r.created_at as string | number),
  };
}

function scoped(qb: Knex.QueryBuilder, scope: TenantScope, column = 'supplier_id'): Knex.QueryBuilder {
  if (scope.internal !== true) qb.where(column, scope.supplierId);
  return qb;
}

/** Late: paid after the deadline, or unpaid and past it (as of today). */
function whereLate(qb: Knex.QueryBuilder, today: LocalDate) {
  qb.where((w) =>
    w.where('days_late', '>', 0).orWhere((u) => u.whereNull('payment_issued_on').whereNot('status', InvoiceStatus.REJECTED).where('deadline', '<', today)),
  );
}

function applyFilter(qb: Knex.QueryBuilder, filter: InvoiceFilter | undefined, today: LocalDate) {
  if (!filter) return qb;
  if (filter.statuses?.length) qb.whereIn('status', filter.statuses);
  if (filter.from) qb.where('invoice_date', '>=', filter.from);
  if (filter.to) qb.where('invoice_date', '<=', filter.to);
  if (filter.contractReference) qb.where('contract_reference', filter.contractReference);
  if (filter.number) qb.where('number', 'like', `${filter.number.replace(/[%_\\]/g, '')}%`);
  if (filter.supplierId) qb.where('supplier_id', filter.supplierId);
  if (filter.overdue === true) whereLate(qb, today);
  if (filter.overdue === false) qb.whereNot((n) => whereLate(n, today));
  return qb;
}

const SORT_COLUMN: Record<InvoiceSort, { sql: string; key: (r: InvoiceRow) => string | number; part: CursorPart }> = {
  INVOICE_DATE: { sql: 'invoice_date', key: (r) => r.invoice_date, part: 'day' },
  DEADLINE: { sql: "coalesce(deadline, '9999-12-31')", key: (r) => r.deadline ?? '9999-12-31', part: 'day' },
  AMOUNT: { sql: 'amount_incl_tax_cents', key: (r) => r.amount_incl_tax_cents, part: 'integer' },
  STATUS_DATE: { sql: 'status_on', key: (r) => r.status_on, part: 'day' },
  NUMBER: { sql: 'number', key: (r) => r.number, part: 'string' },
};

export async function invoicePage(
  em: EntityManager,
  scope: TenantScope,
  args: { filter?: InvoiceFilter; orderBy?: InvoiceOrder; first: number; after?: string | null; today: LocalDate },
): Promise<{ rows: InvoiceRow[]; total: number; hasNextPage: boolean; cursorOf: (r: InvoiceRow) => string }> {
  const knex = knexOf(em);
  const sort = SORT_COLUMN[args.orderBy?.field ?? InvoiceSort.INVOICE_DATE];
  const desc = (args.orderBy?.direction ?? SortDirection.DESC) === SortDirection.DESC;
  const count = applyFilter(scoped(knex('invoice').count('*'), scope), args.filter, args.today);
  const qb = applyFilter(scoped(knex('invoice').select(COLUMNS), scope), args.filter, args.today).select(count.as('total_count'));
  if (args.after) {
    const [value, id] = decodeCursor(args.after, [sort.part, 'id']);
    const op = desc ? '<' : '>';
    qb.where((w) => w.whereRaw(`${sort.sql} ${op} ?`, [value!]).orWhere((e) => e.whereRaw(`${sort.sql} = ?`, [value!]).where('id', op, id!)));
  }
  qb.orderByRaw(`${sort.sql} ${desc ? 'desc' : 'asc'}, id ${desc ? 'desc' : 'asc'}`).limit(args.first + 1);
  const raw = (await qb) as Record<string, unknown>[];
  let total = raw.length ? Number(raw[0]!.total_count) : 0;
  if (!raw.length && args.after) total = Number(Object.values(((await count) as Record<string, unknown>[])[0] ?? {})[0] ?? 0);
  const rows = raw.slice(0, args.first).map(normalizeRow);
  return { rows, total, hasNextPage: raw.length > args.first, cursorOf: (r) => encodeCursor([sort.key(r), r.id]) };
}

export async function invoiceById(em: EntityManager, scope: TenantScope, id: string): Promise<InvoiceRow | null> {
  const rows = (await scoped(knexOf(em)('invoice').select(COLUMNS).where('id', id), scope)) as Record<string, unknown>[];
  return rows[0] ? normalizeRow(rows[0]) : null;
}

export async function eventsOf(em: EntityManager, scope: TenantScope, invoiceIds: readonly string[]): Promise<Map<string, EventRow[]>> {
  const out = new Map<string, EventRow[]>(invoiceIds.map((id) => [id, []]));
  if (!invoiceIds.length) return out;
  const rows = (await scoped(
    knexOf(em)('invoice_event').select('invoice_id', 'status', 'portal_code', 'on', 'reason', 'flag').whereIn('invoice_id', [...invoiceIds]),
    scope,
  ).orderBy([{ column: 'invoice_id' }, { column: 'on' }])) as Record<string, unknown>[];
  for (const r of rows) out.get(String(r.invoice_id))?.push({ ...(r as unknown as EventRow), on: asDay(r.on)! });
  return out;
}

/**
 * Per status: how many and how much (incl. tax); and the invoices that are or were late. One
 * statement: the two sets in one `union all`, told apart by `kind`.
 */
export async function summaryRows(em: EntityManager, scope: TenantScope, today: LocalDate) {
  const knex = knexOf(em);
  const byStatus = scoped(knex('invoice').select(knex.raw("'S' as kind"), 'status', knex.raw('count(*) as n'), knex.raw('sum(amount_incl_tax_cents) as amount'),
    knex.raw('cast(null as date) as deadline'), knex.raw('cast(null as date) as payment_issued_on'), knex.raw('cast(null as bigint) as interest_paid_cents')).groupBy('status'), scope);
  const late = scoped(knex('invoice').select(knex.raw("'L' as kind"), knex.raw('null as status'), knex.raw('null as n'), 'amount_incl_tax_cents',
    'deadline', 'payment_issued_on', 'interest_paid_cents'), scope);
  whereLate(late, today);
  // knex writes `union` before `group by`: the grouped set goes in a subquery.
  const rows = (await knex.select('*').from(byStatus.as('s')).unionAll(late)) as Record<string, unknown>[];
  return {
    byStatus: rows.filter((r) => r.kind === 'S').map((r) => ({ status: r.status as InvoiceStatus, count: Number(r.n), amountCents: Number(r.amount ?? 0) })),
    late: rows.filter((r) => r.kind === 'L').map((r) => ({
      deadline: asDay(r.deadline),
      paymentIssuedOn: asDay(r.payment_issued_on),
      amountInclTaxCents: Number(r.amount),
      interestPaidCents: r.interest_paid_cents == null ? null : Number(r.interest_paid_cents),
    })),
  };
}
