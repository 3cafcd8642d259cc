import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDay } from '../../shared/calendar.js';
import { Role } from '../../shared/roles.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildTwoTenants } from '../../test/factories.js';
import { importLines, INVOICE_HEADER } from '../../test/invoices.js';

const LIST = `query($first: Int, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder) {
  invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number status receivedOn deadline daysLate lateInterest { amount currency } recoveryIndemnity { amount } amountInclTax { amount } history { status on reason } } }
  }
}`;
const DETAIL = `query($id: ID!) { invoice(id: $id) {
  number status deadline daysLate estimate fallbacks lateInterest { amount } recoveryIndemnity { amount } interestReview interestReviewReason
  payment { daysUsed daysLeft lateFrom accruing payableBy clockStopped interruption { suspendedOn daysLeftAtSuspension completedOn newDelayDays } rate { halfYearStart ecbRate totalRate toConfirm } }
  history { status on reason flag }
} }`;

describe('invoices through GraphQL', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof buildTwoTenants>>;
  let a: string;
  let b: string;
  let finance: string;
  let admin: string;
  const today = parisDay(new Date());
  const recent = addDays(today, -40);

  beforeAll(async () => {
    t = await startTestApp();
    tenants = await buildTwoTenants(t.db.orm.em);
    const sa = tenants.a.siret;
    const sb = tenants.b.siret;
    await importLines(t.db.orm.em, [
      `${sa};A-1;28/02/2025;;10000;12000;mise à disposition;03/03/2025;;`,
      `${sa};A-1;28/02/2025;;10000;12000;mise en paiement;22/04/2025;;`,
      `${sa};A-2;01/03/2025;;1000;1200;mise à disposition;03/03/2025;;`,
      `${sa};A-2;01/03/2025;;1000;1200;suspendue;10/03/2025;Bon de livraison manquant;`,
      `${sa};A-2;01/03/2025;;1000;1200;complétée;20/03/2025;;`,
      `${sa};A-2;01/03/2025;;1000;1200;mise en paiement;15/04/2025;;`,
      `${sa};A-3;${recent};;100;120;mise à disposition;${recent};;`,
      `${sa};A-4;01/03/2025;;100;130;rejetée;05/03/2025;Doublon;`,
      `${sb};B-1;01/03/2025;;500;600;mise à disposition;03/03/2025;;`,
    ]);
    a = await t.signIn(tenants.aMember.email);
    b = await t.signIn(tenants.bOwner.email);
    finance = await t.signIn((await buildAgent(t.db.orm.em, [Role.FINANCE])).email);
    admin = await t.signIn((await buildAgent(t.db.orm.em, [Role.ADMIN])).email);
  });
  afterAll(() => t.stop());

  const nodes = (res: { data: any }) => res.data.invoices.edges.map((e: any) => e.node);

  it("lists a supplier's own invoices only, rejected ones included, with the fixed-interface fields", async () => {
    const res = await t.gql(LIST, {}, { cookie: a });
    expect(res.errors).toBeUndefined();
    expect(res.data!.invoices.totalCount).toBe(4);
    const byNumber = Object.fromEntries(nodes(res).map((n: any) => [n.number, n]));
    expect(Object.keys(byNumber).sort()).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(byNumber['A-1']).toMatchObject({
      status: 'PAYMENT_ISSUED', receivedOn: '2025-03-03', deadline: '2025-04-02', daysLate: 20,
      lateInterest: { amount: '73.32', currency: 'EUR' }, recoveryIndemnity: { amount: '40.00' }, amountInclTax: { amount: '12000.00' },
    });
    expect(byNumber['A-4']).toMatchObject({ status: 'REJECTED', daysLate: 0, lateInterest: { amount: '0.00' }, recoveryIndemnity: { amount: '0.00' }, deadline: null });
    expect(byNumber['A-3']).toMatchObject({ daysLate: 10, deadline: addDays(recent, 30) });
    expect(byNumber['A-2'].history.map((h: any) => h.status)).toEqual(['RECEIVED', 'SUSPENDED', 'COMPLETED', 'PAYMENT_ISSUED']);
  });

  it("answers NOT_FOUND for another supplier's invoice, and never lists it", async () => {
    const bList = await t.gql(LIST, {}, { cookie: b });
    const bId = nodes(bList)[0].id;
    expect(nodes(bList).map((n: any) => n.number)).toEqual(['B-1']);
    const res = await t.gql(DETAIL, { id: bId }, { cookie: a });
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const filtered = await t.gql(LIST, { filter: { supplierId: tenants.b.id } }, { cookie: a });
    expect(filtered.data!.invoices.totalCount).toBe(0); // the supplier filter narrows within the own scope: nothing
    const summary = await t.gql('query($s: ID) { paymentSummary(supplierId: $s) { awaitingCount } }', { s: tenants.b.id }, { cookie: a });
    expect(summary.data!.paymentSummary.awaitingCount).toBe(1); // its own A-3, not B's
  });

  it('shows the interruption and the interest step by step', async () => {
    const list = await t.gql(LIST, { filter: { number: 'A-2' } }, { cookie: a });
    const res = await t.gql(DETAIL, { id: nodes(list)[0].id }, { cookie: a });
    expect(res.data!.invoice).toMatchObject({
      deadline: '2025-04-19',
      daysLate: 0,
      payment: { interruption: { suspendedOn: '2025-03-10', daysLeftAtSuspension: 23, completedOn: '2025-03-20', newDelayDays: 30 }, clockStopped: false },
    });
    const late = await t.gql(DETAIL, { id: nodes(await t.gql(LIST, { filter: { number: 'A-1' } }, { cookie: a }))[0].id }, { cookie: a });
    expect(late.data!.invoice.payment).toMatchObject({ lateFrom: '2025-04-03', payableBy: '2025-06-06', accruing: false, rate: { halfYearStart: '2025-01-01', ecbRate: '3.15', totalRate: '11.15', toConfirm: false } });
  });

  it('filters, sorts and pages with cursors', async () => {
    const late = await t.gql(LIST, { filter: { overdue: true } }, { cookie: a });
    expect(nodes(late).map((n: any) => n.number).sort()).toEqual(['A-1', 'A-3']);
    const rejected = await t.gql(LIST, { filter: { statuses: ['REJECTED'] } }, { cookie: a });
    expect(nodes(rejected).map((n: any) => n.number)).toEqual(['A-4']);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.gql(LIST, { first: 3, after, orderBy: { field: 'AMOUNT', direction: 'ASC' } }, { cookie: a });
      seen.push(...nodes(page).map((n: any) => n.number));
      after = page.data.invoices.pageInfo.hasNextPage ? page.data.invoices.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['A-3', 'A-4', 'A-2', 'A-1']);
    expect((await t.gql(LIST, { first: 101 }, { cookie: a })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(LIST, { after: 'garbage' }, { cookie: a })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("summarises the supplier's payments", async () => {
    const res = await t.gql('{ paymentSummary { awaitingCount awaitingAmount { amount } overdueCount interestOwed { amount } interestOwedEstimate byStatus { status count } } }', {}, { cookie: a });
    const s = res.data!.paymentSummary;
    expect(s).toMatchObject({ awaitingCount: 1, awaitingAmount: { amount: '120.00' }, overdueCount: 1, interestOwedEstimate: true });
    // 73.32 + 40; A-3: 10 days on 120 € at this half-year's rate, to be confirmed (≈ 0.33) + 40.
    expect(Number(s.interestOwed.amount)).toBeGreaterThanOrEqual(153.32);
    expect(Number(s.interestOwed.amount)).toBeLessThan(153.7);
    expect(s.byStatus).toEqual(expect.arrayContaining([{ status: 'REJECTED', count: 1 }, { status: 'PAYMENT_ISSUED', count: 2 }]));
  });

  it('lets finance see everyone, filter by supplier, contest the interest with a reason the supplier reads, and record its payment', async () => {
    const all = await t.gql(LIST, { first: 100 }, { cookie: finance });
    expect(all.data!.invoices.totalCount).toBe(5);
    const onlyB = await t.gql(LIST, { filter: { supplierId: tenants.b.id } }, { cookie: finance });
    expect(nodes(onlyB).map((n: any) => n.number)).toEqual(['B-1']);
    const a1 = nodes(all).find((n: any) => n.number === 'A-1').id;
    const noReason = await t.gql('mutation($id: ID!) { reviewInvoiceInterest(invoiceId: $id, decision: CONTESTED) { id } }', { id: a1 }, { cookie: finance });
    expect(noReason.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    await t.gql('mutation($id: ID!) { reviewInvoiceInterest(invoiceId: $id, decision: CONTESTED, reason: "Date de réception à vérifier") { id } }', { id: a1 }, { cookie: finance });
    const seen = await t.gql(DETAIL, { id: a1 }, { cookie: a });
    expect(seen.data!.invoice).toMatchObject({ interestReview: 'CONTESTED', interestReviewReason: 'Date de réception à vérifier' });
    const paid = await t.gql('mutation($id: ID!) { recordInterestPayment(invoiceId: $id, amount: "113,32", paidOn: "2025-05-20") { interestPaid { amount } interestPaidOn } }', { id: a1 }, { cookie: finance });
    expect(paid.data!.recordInterestPayment).toEqual({ interestPaid: { amount: '113.32' }, interestPaidOn: '2025-05-20' });
    const forbidden = await t.gql('mutation($id: ID!) { recordInterestPayment(invoiceId: $id, amount: "1", paidOn: "2025-05-20") { id } }', { id: a1 }, { cookie: a });
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the administrator change a half-year rate; the invoices it governs are recomputed', async () => {
    const res = await t.gql('mutation { setInterestRate(halfYearStart: "2025-01-01", ecbRate: "3,00") { ecbRate toConfirm } }', {}, { cookie: admin });
    expect(res.data!.setInterestRate).toEqual({ ecbRate: '3.00', toConfirm: false });
    const list = await t.gql(LIST, { filter: { number: 'A-1' } }, { cookie: a });
    expect(nodes(list)[0].lateInterest.amount).toBe('72.33'); // 12 000 × 11 % × 20 / 365 = 72.328
    const bad = await t.gql('mutation { setInterestRate(halfYearStart: "2025-02-01", ecbRate: "3") { ecbRate } }', {}, { cookie: admin });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('mutation { setInterestRate(halfYearStart: "2025-01-01", ecbRate: "3") { ecbRate } }', {}, { cookie: finance })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('imports an uploaded file as finance: dry run first, then for real', async () => {
    const csv = [INVOICE_HEADER, `${tenants.b.siret};B-2;01/04/2025;;100;120;déposée;01/04/2025;;`, `${tenants.b.siret};B-3;01/04/2025;;100;90;déposée;01/04/2025;;`].join('\n');
    const up = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie: finance, 'x-upload-name': 'factures.csv', 'content-type': 'text/csv' }, body: csv });
    expect(up.status).toBe(201);
    const { uploadId } = (await up.json()) as { uploadId: string };
    const IMPORT = 'mutation($u: ID!, $d: Boolean!) { importInvoices(uploadId: $u, dryRun: $d) { dryRun created updated unchanged rejected { line reason } } }';
    const dry = await t.gql(IMPORT, { u: uploadId, d: true }, { cookie: finance });
    expect(dry.data!.importInvoices).toEqual({ dryRun: true, created: 1, updated: 0, unchanged: 0, rejected: [{ line: 3, reason: 'montant TTC inférieur au montant HT' }] });
    expect((await t.gql(LIST, {}, { cookie: b })).data!.invoices.totalCount).toBe(1);
    const real = await t.gql(IMPORT, { u: uploadId, d: false }, { cookie: finance });
    expect(real.data!.importInvoices.created).toBe(1);
    expect((await t.gql(LIST, {}, { cookie: b })).data!.invoices.totalCount).toBe(2);
    // Someone else's upload id is not found; suppliers upload only small files (attachments) and cannot import.
    const admins = await t.gql(IMPORT, { u: uploadId, d: true }, { cookie: admin });
    expect(admins.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const other = await t.gql(IMPORT, { u: uploadId, d: true }, { cookie: await t.signIn((await buildAgent(t.db.orm.em, [Role.FINANCE])).email) });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const supplierUpload = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie: a, 'x-upload-name': 'x.csv' }, body: csv });
    expect(supplierUpload.status).toBe(201);
    const supplierImport = await t.gql(IMPORT, { u: ((await supplierUpload.json()) as { uploadId: string }).uploadId, d: true }, { cookie: a });
    expect(supplierImport.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const supplierBig = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie: a, 'x-upload-name': 'x.csv' }, body: new Uint8Array(5 * 1024 * 1024 + 1) });
    expect(supplierBig.status).toBe(413);
    const noHeader = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie: finance }, body: csv });
    expect(noHeader.status).toBe(400);
  });

  it('reads a list page with its histories in at most 3 SQL statements, the session lookup included', async () => {
    const knex = (t.db.orm.em as any).getKnex();
    let statements = 0;
    const count = () => statements++;
    knex.on('query', count);
    const res = await t.gql(LIST, { first: 50 }, { cookie: finance });
    knex.removeListener('query', count);
    expect(res.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(3);
  });
});
