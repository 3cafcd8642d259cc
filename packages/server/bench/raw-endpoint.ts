// The hand-written baseline of SPEC §6: node:http, the same driver (pg), per request the same session
// lookup and then ONE SQL statement, the same pure payment rules for the computed fields, and
// JSON.stringify of the very JSON the GraphQL server answers. No caching across requests but the
// interest-rate table, which the GraphQL server keeps for a minute too.
//   tsx bench/raw-endpoint.ts   (DATABASE_URL=postgres://…, PORT)
import 'reflect-metadata'; // the Money type's module carries GraphQL decorators
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { cookieName, parseCookies } from '../src/app/cookies.js';
import { loadConfig } from '../src/app/config.js';
import { parisDay } from '../src/shared/calendar.js';
import { euros, eurosOrNull } from '../src/shared/money.types.js';
import { encodeCursor } from '../src/shared/pagination.js';
import { SESSION_LOOKUP_SQL, viewerFromSessionRow } from '../src/modules/identity/session.service.js';
import { hashSecret } from '../src/modules/identity/tokens.js';
import { rateLookupFrom } from '../src/modules/invoice/interest-rates.js';
import { asDay, type EventRow, normalizeRow } from '../src/modules/invoice/invoice.queries.js';
import { factsOfRow, toEventNodes } from '../src/modules/invoice/invoice.view.js';
import type { RateLookup } from '../src/modules/invoice/payment-delay.js';
import { summarizePayments } from '../src/modules/invoice/payment-summary.js';

const config = loadConfig(process.env);
if (config.database.dialect !== 'postgresql') throw new Error('the raw endpoint runs on PostgreSQL (DATABASE_URL=postgres://…)');
// Calendar days stay 'YYYY-MM-DD' text, whatever the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// The ORM's pool has 10 connections at most (knex's default): the same here.
const pool = new pg.Pool({ connectionString: config.database.url, max: 10 });
const cookie = cookieName(config);

const LIST_SQL = `
  with page as (
    select id, supplier_id, number, status, status_on, invoice_date, declared_received_on, received_on, deadline, payment_issued_on,
           amount_excl_tax_cents, amount_incl_tax_cents, contract_id, contract_reference, payment_delay_days, interest_review,
           interest_review_reason, interest_paid_cents, interest_paid_on, created_at,
           (select count(*) from invoice where supplier_id = $1) as total_count
      from invoice where supplier_id = $1 order by invoice_date desc, id desc limit $2)
  select page.*, coalesce((select json_agg(json_build_object('status', e.status, 'portal_code', e.portal_code, 'on', e."on", 'reason', e.reason, 'flag', e.flag) order by e."on")
                             from invoice_event e where e.invoice_id = page.id), '[]') as events
    from page order by invoice_date desc, id desc`;

const DASHBOARD_SQL = `
  select (select legal_name from supplier where id = $1) as legal_name,
         (select coalesce(json_agg(t), '[]') from (select status, count(*)::int as n, coalesce(sum(amount_incl_tax_cents), 0)::text as amount
                                                      from invoice where supplier_id = $1 group by status) t) as by_status,
         (select coalesce(json_agg(t), '[]') from (select deadline, payment_issued_on, amount_incl_tax_cents, interest_paid_cents from invoice
                                                    where supplier_id = $1 and (days_late > 0 or (payment_issued_on is null and status <> 'REJECTED' and deadline < $2))) t) as late`;

let rates: { at: number; lookup: RateLookup } | null = null;
async function rateLookup(): Promise<RateLookup> {
  if (rates && Date.now() - rates.at < 60_000) return rates.lookup;
  const { rows } = await pool.query('select half_year_start, ecb_basis_points, to_confirm from interest_rate order by half_year_start');
  const lookup = rateLookupFrom(rows.map((r) => ({ halfYearStart: asDay(r.half_year_start)!, ecbBasisPoints: r.ecb_basis_points, toConfirm: r.to_confirm })));
  rates = { at: Date.now(), lookup };
  return lookup;
}

async function viewerOf(req: IncomingMessage) {
  const token = parseCookies(req.headers.cookie)[cookie];
  if (!token || token.length > 100) return null;
  const { rows } = await pool.query(SESSION_LOOKUP_SQL.replace('?', '$1'), [hashSecret(token)]);
  return viewerFromSessionRow(rows[0], new Date());
}

async function invoiceList(supplierId: string, first: number) {
  const today = parisDay(new Date());
  const rateFor = await rateLookup();
  const { rows } = await pool.query(LIST_SQL, [supplierId, first + 1]);
  const edges = rows.slice(0, first).map((raw) => {
    const row = normalizeRow(raw);
    const events = (raw.events as EventRow[]).map((e) => ({ ...e, on: asDay(e.on)! }));
    const facts = factsOfRow(row, events, rateFor, today);
    return {
      node: {
        id: row.id, number: row.number, status: row.status, invoiceDate: row.invoice_date, receivedOn: facts.receivedOn, deadline: facts.deadline, daysLate: facts.daysLate,
        amountInclTax: euros(row.amount_incl_tax_cents), lateInterest: eurosOrNull(facts.lateInterestCents), recoveryIndemnity: euros(facts.recoveryIndemnityCents),
        history: toEventNodes(events).map((e) => ({ on: e.on, status: e.status, portalCode: e.portalCode, reason: e.reason, flag: e.flag })),
      },
      cursor: encodeCursor([row.invoice_date, row.id]),
    };
  });
  const totalCount = rows.length ? Number(rows[0].total_count) : 0;
  return {
    invoices: {
      totalCount,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
      edges: edges.map((e) => ({ node: e.node })),
    },
  };
}

async function dashboard(viewer: { userId: string; displayName: string; supplierId: string }) {
  const today = parisDay(new Date());
  const rateFor = await rateLookup();
  const { rows } = await pool.query(DASHBOARD_SQL, [viewer.supplierId, today]);
  const r = rows[0];
  const byStatus = (r.by_status as { status: never; n: number; amount: string }[]).map((s) => ({ status: s.status, count: s.n, amountCents: Number(s.amount) }));
  const late = (r.late as Record<string, unknown>[]).map((l) => ({
    deadline: asDay(l.deadline), paymentIssuedOn: asDay(l.payment_issued_on), amountInclTaxCents: Number(l.amount_incl_tax_cents),
    interestPaidCents: l.interest_paid_cents == null ? null : Number(l.interest_paid_cents),
  }));
  const s = summarizePayments(byStatus, late, today, rateFor);
  return {
    viewer: { id: viewer.userId, displayName: viewer.displayName, supplier: { id: viewer.supplierId, legalName: r.legal_name } },
    paymentSummary: { awaitingCount: s.awaitingCount, awaitingAmount: s.awaitingAmount, overdueCount: s.overdueCount, interestOwed: s.interestOwed, interestOwedEstimate: s.interestOwedEstimate },
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://raw');
    for await (const _ of req); // the body (the GraphQL client's document) is read, not parsed
    const viewer = await viewerOf(req);
    if (!viewer?.supplierId) return send(res, 401, { errors: [{ message: 'unauthenticated' }] });
    if (url.pathname === '/raw/invoices') return send(res, 200, { data: await invoiceList(viewer.supplierId, Math.min(100, Number(url.searchParams.get('first') ?? 20))) });
    if (url.pathname === '/raw/dashboard') return send(res, 200, { data: await dashboard({ ...viewer, supplierId: viewer.supplierId }) });
    send(res, 404, { errors: [{ message: 'not found' }] });
  } catch (error) {
    send(res, 503, { errors: [{ message: (error as Error).message }] });
  }
});
server.keepAliveTimeout = 5_000;
server.listen(config.port, () => console.log(`raw endpoint on ${config.port}`));
process.on('SIGTERM', () => server.close(() => void pool.end()));
