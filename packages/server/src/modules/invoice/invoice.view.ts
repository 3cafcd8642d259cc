import type { LocalDate } from '../../shared/calendar.js';
import { centsToDecimal } from '../../shared/money.js';
import { euros } from '../../shared/money.types.js';
import type { EventRow, InvoiceRow } from './invoice.queries.js';
import { InterestReview } from './invoice.entity.js';
import { type InvoiceEventNode, type InvoiceNode, type PaymentDetailNode, PaymentFallback } from './invoice.types.js';
import { computePaymentFacts, orderEvents, type PaymentFacts, type RateLookup } from './payment-delay.js';

/** Percent from basis points: 1115 → "11.15". */
export const percent = (bp: number) => centsToDecimal(bp);

export function factsOfRow(row: InvoiceRow, events: readonly EventRow[], rateFor: RateLookup, today: LocalDate): PaymentFacts {
  return computePaymentFacts({
    invoiceDate: row.invoice_date,
    declaredReceivedOn: row.declared_received_on,
    paymentDelayDays: row.payment_delay_days,
    amountInclTaxCents: BigInt(row.amount_incl_tax_cents),
    events: events.map((e) => ({ status: e.status, on: e.on, reason: e.reason })),
    today,
    rateFor,
  });
}

/** An invoice as the API shows it: its stored data and the payment facts as of today. */
export function toInvoiceNode(row: InvoiceRow, events: EventRow[], facts: PaymentFacts): InvoiceNode {
  return {
    events,
    facts,
    id: row.id,
    number: row.number,
    status: row.status,
    statusOn: row.status_on,
    invoiceDate: row.invoice_date,
    amountExclTax: euros(row.amount_excl_tax_cents),
    amountInclTax: euros(row.amount_incl_tax_cents),
    receivedOn: facts.receivedOn,
    deadline: facts.deadline,
    paymentIssuedOn: facts.paymentIssuedOn,
    daysLate: facts.daysLate,
    lateInterest: facts.lateInterestCents === null ? null : euros(facts.lateInterestCents),
    recoveryIndemnity: euros(facts.recoveryIndemnityCents),
    estimate: facts.estimate,
    fallbacks: facts.fallbacks.map((f) => PaymentFallback[f]),
    rateUnknown: facts.rateUnknown,
    contractReference: row.contract_reference,
    history: toEventNodes(events),
    supplierId: row.supplier_id,
    contractId: row.contract_id,
    paymentDelayDays: row.payment_delay_days,
    declaredReceivedOn: row.declared_received_on,
    interestReview: row.interest_review as InterestReview,
    interestReviewReason: row.interest_review_reason,
    interestPaidCents: row.interest_paid_cents,
    interestPaidOn: row.interest_paid_on,
    createdAt: row.created_at,
  };
}

export function toEventNodes(events: readonly EventRow[]): InvoiceEventNode[] {
  return orderEvents(events).map((e) => ({ status: e.status, portalCode: e.portal_code, on: e.on, reason: e.reason, flag: e.flag as InvoiceEventNode['flag'] }));
}

export function toPaymentDetail(row: InvoiceRow, facts: PaymentFacts, today: LocalDate): PaymentDetailNode {
  return {
    receivedOnSource: facts.receivedOnSource,
    paymentDelayDays: row.payment_delay_days,
    interruption: facts.interruption,
    clockStopped: facts.clockStopped,
    daysUsed: facts.daysUsed,
    daysLeft: facts.daysLeft,
    lateFrom: facts.lateFrom,
    accruing: facts.accruing,
    rate: facts.rate
      ? { halfYearStart: facts.rate.halfYearStart, ecbRate: percent(facts.rate.ecbBasisPoints), totalRate: percent(facts.rate.totalBasisPoints), toConfirm: facts.rate.toConfirm }
      : null,
    payableBy: facts.payableBy,
    asOf: today,
  };
}
