import type { EntityManager } from '@mikro-orm/core';
import { addDays, isLocalDate, type LocalDate } from '../../shared/calendar.js';
import { assertId, badInput, notFound } from '../../shared/errors.js';
import { parseEuroAmount } from '../../shared/money.js';
import { pageSize } from '../../shared/pagination.js';
import { internalScope, type TenantScope } from '../../shared/tenant.js';
import { audit } from '../audit/audit.service.js';
import { InterestRate } from './interest-rate.entity.js';
import { cachedRateLookup, invalidateRateCache, loadRateLookup } from './interest-rate.service.js';
import { storedFacts } from './invoice-facts.js';
import { InterestReview, Invoice } from './invoice.entity.js';
import { eventsOf, invoiceById, invoicePage, summaryRows } from './invoice.queries.js';
import type { InvoiceFilter, InvoiceNode, InvoiceOrder, PaymentSummaryNode } from './invoice.types.js';
import { factsOfRow, toInvoiceNode } from './invoice.view.js';
import { summarizePayments } from './payment-summary.js';

export async function listInvoices(
  em: EntityManager,
  scope: TenantScope,
  args: { filter?: InvoiceFilter; orderBy?: InvoiceOrder; first?: number | null; after?: string | null },
  today: LocalDate,
) {
  if (args.filter?.supplierId) assertId(args.filter.supplierId, 'Fournisseur');
  for (const d of [args.filter?.from, args.filter?.to]) if (d && !isLocalDate(d)) throw badInput(`Date invalide : ${d}`);
  const size = pageSize(args.first);
  const rateFor = await cachedRateLookup(em);
  const page = await invoicePage(em, scope, { filter: args.filter, orderBy: args.orderBy, first: size, after: args.after, today });
  const events = await eventsOf(em, scope, page.rows.map((r) => r.id));
  const edges = page.rows.map((row) => {
    const ev = events.get(row.id) ?? [];
    return { cursor: page.cursorOf(row), node: toInvoiceNode(row, ev, factsOfRow(row, ev, rateFor, today)) };
  });
  return { edges, totalCount: page.total, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function getInvoice(em: EntityManager, scope: TenantScope, id: string, today: LocalDate): Promise<InvoiceNode> {
  const row = await invoiceById(em, scope, assertId(id, 'Facture'));
  if (!row) throw notFound('Facture');
  const events = (await eventsOf(em, scope, [row.id])).get(row.id) ?? [];
  return toInvoiceNode(row, events, factsOfRow(row, events, await loadRateLookup(em), today));
}

export async function paymentSummary(em: EntityManager, scope: TenantScope, today: LocalDate): Promise<PaymentSummaryNode> {
  const rateFor = await cachedRateLookup(em);
  const { byStatus, late } = await summaryRows(em, scope, today);
  return summarizePayments(byStatus, late, today, rateFor);
}

async function invoiceEntity(em: EntityManager, id: string): Promise<Invoice> {
  const invoice = await em.findOne(Invoice, { id: assertId(id, 'Facture') });
  if (!invoice) throw notFound('Facture');
  return invoice;
}

/** Finance validates or contests the computed interest; a contest needs a reason the supplier reads. */
export async function reviewInterest(em: EntityManager, actor: string, id: string, decision: InterestReview, reason: string | null): Promise<void> {
  const text = reason?.trim() || null;
  if (decision === InterestReview.CONTESTED && !text) throw badInput('Un motif est obligatoire pour contester les intérêts.', { field: 'reason' });
  await em.transactional(async (tx) => {
    const invoice = await invoiceEntity(tx, id);
    const before = { review: invoice.interestReview, reason: invoice.interestReviewReason };
    invoice.interestReview = decision;
    invoice.interestReviewReason = text;
    await tx.flush();
    await audit(tx, { actor, action: 'invoice.interest.review', entityType: 'invoice', entityId: invoice.id, before, after: { review: decision, reason: text } });
  });
}

export async function recordInterestPayment(em: EntityManager, actor: string, id: string, amount: string, paidOn: string, today: LocalDate): Promise<void> {
  const cents = parseEuroAmount(amount);
  if (cents === null || cents < 0n) throw badInput(`Montant invalide : ${amount}`, { field: 'amount' });
  if (!isLocalDate(paidOn) || paidOn > today) throw badInput(`Date de paiement invalide : ${paidOn}`, { field: 'paidOn' });
  await em.transactional(async (tx) => {
    const invoice = await invoiceEntity(tx, id);
    const before = { paidCents: invoice.interestPaidCents, paidOn: invoice.interestPaidOn };
    invoice.interestPaidCents = Number(cents);
    invoice.interestPaidOn = paidOn;
    await tx.flush();
    await audit(tx, { actor, action: 'invoice.interest.payment', entityType: 'invoice', entityId: invoice.id, before, after: { paidCents: Number(cents), paidOn } });
  });
}

/** ECB rate as a percent string ("2.15") → basis points. */
export function parseRatePercent(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || 0) : null;
}

/**
 * ADMIN edits a half-year's rate; the stored facts of the invoices whose interest starts in that
 * half-year are recomputed by the rule, in the same transaction.
 */
export async function setInterestRate(em: EntityManager, actor: string, halfYearStart: string, ecbRate: string, toConfirm: boolean, today: LocalDate): Promise<InterestRate> {
  if (!isLocalDate(halfYearStart) || !/-0[17]-01$/.test(halfYearStart)) throw badInput('Le semestre commence le 1er janvier ou le 1er juillet.', { field: 'halfYearStart' });
  const bp = parseRatePercent(ecbRate);
  if (bp === null) throw badInput(`Taux invalide : ${ecbRate}`, { field: 'ecbRate' });
  const rate = await em.transactional(async (tx) => {
    internalScope(tx);
    let row = await tx.findOne(InterestRate, { halfYearStart });
    const before = row ? { ecbBasisPoints: row.ecbBasisPoints, toConfirm: row.toConfirm } : null;
    await audit(tx, { actor, action: 'interest_rate.set', entityType: 'interest_rate', entityId: halfYearStart, before, after: { ecbBasisPoints: bp, toConfirm } });
    if (row) Object.assign(row, { ecbBasisPoints: bp, toConfirm });
    else tx.persist((row = tx.create(InterestRate, { halfYearStart, ecbBasisPoints: bp, toConfirm })));
    await tx.flush();
    const rateFor = await loadRateLookup(tx);
    const year = Number(halfYearStart.slice(0, 4));
    const next = halfYearStart.endsWith('-01-01') ? `${year}-07-01` : `${year + 1}-01-01`;
    // Interest starts the day after the deadline: deadlines from the eve of the half-year on.
    const affected = await tx.find(Invoice, { deadline: { $gte: addDays(halfYearStart, -1), $lt: addDays(next, -1) } }, { populate: ['events'] });
    for (const inv of affected) Object.assign(inv, storedFacts(inv, inv.events.getItems(), rateFor, today).facts);
    await tx.flush();
    return row;
  });
  invalidateRateCache(em);
  return rate;
}
