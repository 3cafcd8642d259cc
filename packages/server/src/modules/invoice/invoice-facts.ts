import type { LocalDate } from '../../shared/calendar.js';
import { EventFlag, type InvoiceEvent } from './invoice-event.entity.js';
import type { Invoice } from './invoice.entity.js';
import { computePaymentFacts, orderEvents, type PaymentFacts, type RateLookup } from './payment-delay.js';

/** The rule's input for a stored invoice and its events. */
export function factsOf(invoice: Invoice, events: readonly InvoiceEvent[], rateFor: RateLookup, today: LocalDate): PaymentFacts {
  return computePaymentFacts({
    invoiceDate: invoice.invoiceDate,
    declaredReceivedOn: invoice.declaredReceivedOn,
    paymentDelayDays: invoice.paymentDelayDays,
    amountInclTaxCents: BigInt(invoice.amountInclTaxCents),
    events: events.map((e) => ({ status: e.status, on: e.on, reason: e.reason })),
    today,
    rateFor,
  });
}

/**
 * After the history changed: the current status, the flags of suspensions that are no legal
 * interruption, and the stored payment facts, all from the one pure rule.
 */
export function refreshInvoice(invoice: Invoice, events: readonly InvoiceEvent[], rateFor: RateLookup, today: LocalDate): PaymentFacts {
  const ordered = orderEvents(events);
  const last = ordered.at(-1);
  if (last) {
    invoice.status = last.status;
    invoice.statusOn = last.on;
  }
  const facts = factsOf(invoice, ordered, rateFor, today);
  const ignored = new Set(facts.ignoredSuspensions.map((s) => s.on));
  for (const e of ordered) {
    if (e.status === 'SUSPENDED') e.flag = ignored.has(e.on) ? EventFlag.NOT_A_LEGAL_INTERRUPTION : null;
  }
  invoice.receivedOn = facts.receivedOn;
  invoice.deadline = facts.deadline;
  invoice.paymentIssuedOn = facts.paymentIssuedOn;
  invoice.observedDelayDays = facts.observedDelayDays;
  invoice.daysLate = facts.daysLate;
  invoice.lateInterestCents = facts.lateInterestCents === null ? null : Number(facts.lateInterestCents);
  invoice.recoveryIndemnityCents = Number(facts.recoveryIndemnityCents);
  invoice.rateBasisPoints = facts.rate?.totalBasisPoints ?? null;
  invoice.estimate = facts.estimate;
  invoice.factsOn = today;
  return facts;
}
