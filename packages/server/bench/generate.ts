// Fills the benchmark's PostgreSQL database, once: 10 000 suppliers (each with an owner user),
// 1 000 000 invoices over ten years with their status histories (every stored fact from the payment rule), a closed
// survey campaign of the year with its responses, and a year of ethics declarations. A database that
// already holds the invoices is left as it is.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { addDays, type LocalDate } from '../src/shared/calendar.js';
import { closedCampaign } from '../src/modules/demo/demo-surveys.js';
import { seededRandom } from '../src/modules/demo/random.js';
import { loadRateLookup } from '../src/modules/invoice/interest-rate.service.js';
import { type StoredFacts, storedFacts } from '../src/modules/invoice/invoice-facts.js';
import { InvoiceStatus, STATUS_INFO } from '../src/modules/invoice/invoice-status.js';
import type { RateLookup } from '../src/modules/invoice/payment-delay.js';
import { withLuhnCheckDigit } from '../src/modules/supplier/siret.js';

export const BENCH = { suppliers: 10_000, invoices: 1_000_000, year: 2025, surveyResponses: 4_000, declarations: 3_000 } as const;
export const supplierEmail = (i: number) => `compta@fournisseur-${i}.example`;

const DEPARTMENTS = ['18', '28', '36', '37', '41', '45', '75', '69', '33', '59'];
const SIZES = ['MICRO', 'SMALL_MEDIUM', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE'];

const siretOf = (i: number) => withLuhnCheckDigit(`${withLuhnCheckDigit(String(40_000_000 + i * 17))}0001`);

async function insertSuppliers(knex: Knex) {
  const now = new Date();
  for (let i = 0; i < BENCH.suppliers; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, BENCH.suppliers - i) }, (_, j) => ({ n: i + j, id: randomUUID() }));
    await knex('supplier').insert(
      ids.map(({ n, id }) => {
        const department = DEPARTMENTS[n % DEPARTMENTS.length]!;
        return {
          id, created_at: now, updated_at: now, identifier_type: 'SIRET', siret: siretOf(n), siren: siretOf(n).slice(0, 9), legal_name: `Fournisseur ${n}`,
          department, is_regional: ['18', '28', '36', '37', '41', '45'].includes(department), size_category: SIZES[n % SIZES.length], size_year: BENCH.year,
        };
      }),
    );
    await knex('user_account').insert(
      ids.map(({ n, id }) => ({
        id: randomUUID(), created_at: now, updated_at: now, email: supplierEmail(n), display_name: `Comptable ${n}`, kind: 'SUPPLIER',
        roles: knex.raw('?::text[]', ['{SUPPLIER_OWNER}']), supplier_id: id, locale: 'fr',
      })),
    );
  }
}

/**
 * Invoice k belongs to supplier k mod 10 000 and is dated through its year. Most are paid (three
 * status events), some late; one in ten still awaits payment (two events). The stored columns come
 * from the payment rule (`storedFacts`), as the import writes them; the import itself is measured
 * on its own (bench/import-invoices.ts), since a million rows through it take many minutes here.
 */
// Ten years of 100 000 invoices, the last one BENCH.year. Within a year the shape of invoice k (dates,
// amount, payment) repeats every 1 320 invoices: its facts are computed once.
const PER_YEAR = BENCH.invoices / 10;
const factsByShape = new Map<number, StoredFacts>();

function invoiceAndEvents(k: number, supplierIds: readonly string[], rateFor: RateLookup, today: LocalDate, now: Date) {
  const year = BENCH.year - 9 + Math.floor(k / PER_YEAR);
  const issued = addDays(`${year}-01-01`, (k * 7) % 330);
  const excl = (200 + 450 * (k % 20)) * 100;
  const id = randomUUID();
  const supplierId = supplierIds[k % supplierIds.length]!;
  const steps: [InvoiceStatus, LocalDate][] = [[InvoiceStatus.RECEIVED, addDays(issued, 2)], [InvoiceStatus.SERVICE_DONE, addDays(issued, 6)]];
  if (k % 10 !== 0) steps.push([InvoiceStatus.PAYMENT_ISSUED, addDays(issued, 12 + ((k * 13) % 40))]);
  const events = steps.map(([status, on]) => ({ status, on, reason: null, flag: null }));
  const invoice = { invoiceDate: issued, declaredReceivedOn: null, paymentDelayDays: 30, amountInclTaxCents: (excl * 6) / 5 };
  const shape = (year - BENCH.year) * 1_320 + (k % 1_320);
  const facts = factsByShape.get(shape) ?? storedFacts(invoice, events, rateFor, today).facts;
  factsByShape.set(shape, facts);
  return {
    invoice: {
      id, created_at: now, updated_at: now, supplier_id: supplierId, number: `F-${k}`, invoice_date: issued, amount_excl_tax_cents: excl, amount_incl_tax_cents: invoice.amountInclTaxCents,
      interest_review: 'PENDING', payment_delay_days: 30, status: facts.status, status_on: facts.statusOn, received_on: facts.receivedOn, deadline: facts.deadline,
      payment_issued_on: facts.paymentIssuedOn, observed_delay_days: facts.observedDelayDays, days_late: facts.daysLate, late_interest_cents: facts.lateInterestCents,
      recovery_indemnity_cents: facts.recoveryIndemnityCents, rate_basis_points: facts.rateBasisPoints, estimate: facts.estimate, facts_on: facts.factsOn,
    },
    events: events.map((e) => ({
      id: randomUUID(), created_at: now, updated_at: now, invoice_id: id, supplier_id: supplierId, status: e.status, portal_code: STATUS_INFO[e.status].portalCode, on: e.on, reason: null, flag: null, source: 'bench',
    })),
  };
}

const INVOICE_TYPES = {
  id: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz', supplier_id: 'uuid', number: 'text', invoice_date: 'date', amount_excl_tax_cents: 'bigint',
  amount_incl_tax_cents: 'bigint', interest_review: 'text', payment_delay_days: 'int', status: 'text', status_on: 'date', received_on: 'date', deadline: 'date',
  payment_issued_on: 'date', observed_delay_days: 'int', days_late: 'int', late_interest_cents: 'bigint', recovery_indemnity_cents: 'bigint', rate_basis_points: 'int',
  estimate: 'boolean', facts_on: 'date',
};
const EVENT_TYPES = {
  id: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz', invoice_id: 'uuid', supplier_id: 'uuid', status: 'text', portal_code: 'text', on: 'date', reason: 'text', flag: 'text', source: 'text',
};

/** Many rows in one statement, a column per array: far cheaper to build and to parse than a VALUES list. */
function unnestInsert(trx: Knex.Transaction, table: string, types: Record<string, string>, rows: Record<string, unknown>[]) {
  const columns = Object.keys(types);
  const arrays = columns.map((c) => rows.map((r) => r[c] ?? null));
  const list = columns.map((c) => `"${c}"`).join(', ');
  return trx.raw(`insert into "${table}" (${list}) select * from unnest(${columns.map((c) => `?::${types[c]}[]`).join(', ')})`, arrays as never);
}

async function insertInvoices(orm: MikroORM) {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const supplierIds = ((await knex('supplier').select('id').orderBy('siret')) as { id: string }[]).map((r) => r.id);
  const rateFor = await loadRateLookup(orm.em.fork());
  const today = `${BENCH.year + 1}-03-01`;
  const started = Date.now();
  for (let from = 0; from < BENCH.invoices; from += 1_000) {
    const now = new Date();
    const made = Array.from({ length: 1_000 }, (_, j) => invoiceAndEvents(from + j, supplierIds, rateFor, today, now));
    await knex.transaction(async (trx) => {
      await unnestInsert(trx, 'invoice', INVOICE_TYPES, made.map((m) => m.invoice));
      await unnestInsert(trx, 'invoice_event', EVENT_TYPES, made.flatMap((m) => m.events));
    });
    if ((from + 1_000) % 50_000 === 0) process.stdout.write(`\r  invoices: ${from + 1_000} / ${BENCH.invoices} (${Math.round((from + 1_000) / ((Date.now() - started) / 1000))} invoices/s)`);
  }
  console.log(`\n  ${BENCH.invoices} invoices with their histories written in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A year of declarations: gifts and invitations to a few hundred beneficiaries, some over the cap, some conflicts of interest. */
async function insertDeclarations(knex: Knex) {
  const random = seededRandom(2025);
  const authors = (await knex('user_account').select('id', 'supplier_id').where('kind', 'SUPPLIER').limit(2_000)) as { id: string; supplier_id: string }[];
  const kinds = ['GIFT', 'GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST'];
  const statuses = ['SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'CLOSED'];
  const rows = Array.from({ length: BENCH.declarations }, (_, i) => {
    const author = authors[i % authors.length]!;
    const kind = random.pick(kinds);
    const at = new Date(Date.UTC(BENCH.year, 0, 1) + random.int(0, 364) * 86_400_000 + 36_000_000);
    const valued = kind !== 'CONFLICT_OF_INTEREST';
    const value = valued ? random.int(5, 120) * 100 : null;
    return {
      id: randomUUID(), created_at: at, updated_at: at, supplier_id: author.supplier_id, author_id: author.id, kind, status: random.pick(statuses), anonymous: false,
      event_on: at.toISOString().slice(0, 10), value_cents: value, beneficiary_department: `Direction ${i % 40}`, details: JSON.stringify({ description: 'Déclaration du banc d’essai' }),
      flags: JSON.stringify(value !== null && value > 10_000 ? ['OVER_YEARLY_CAP'] : []), cap_cents: valued ? 15_000 : null, running_total_cents: value, flag_consultations: '[]',
    };
  });
  for (let i = 0; i < rows.length; i += 500) await knex('declaration').insert(rows.slice(i, i + 500));
}

export async function generate(orm: MikroORM): Promise<void> {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const [{ n }] = (await knex('invoice').count('* as n')) as [{ n: string }];
  if (Number(n) >= BENCH.invoices) {
    console.log(`  data: already there (${n} invoices)`);
    return;
  }
  if (Number(n) > 0) throw new Error('the bench database holds a partial data set: drop it (BENCH_DATABASE_URL) and run again');
  console.log(`  generating ${BENCH.suppliers} suppliers, ${BENCH.invoices} invoices, ${BENCH.surveyResponses} survey responses, ${BENCH.declarations} declarations…`);
  await knex('user_account').where('kind', 'SUPPLIER').delete();
  await knex('supplier').delete();
  await insertSuppliers(knex);
  await insertInvoices(orm);
  await closedCampaign(orm.em.fork(), BENCH.year, { responses: BENCH.surveyResponses, satisfied: 3_100, noOpinion: 60 });
  await insertDeclarations(knex);
  await knex.raw('analyze');
}
