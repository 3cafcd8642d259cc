import type { LocalDate } from '../../shared/calendar.js';
import { EventFlag } from './invoice-event.entity.js';
import type { InvoiceStatus } from './invoice-status.js';
import { computePaymentFacts, orderEvents, type RateLookup } from './payment-delay.js';

/** What the stored columns of an invoice need, whether it is an entity or a plain row. */
export interface InvoiceFactsInput {
  invoiceDate: LocalDate;
  declaredReceivedOn: LocalDate | null;
  paymentDelayDays: number;
  amountInclTaxCents: number;
}

export interface EventFactsInput {
  status: InvoiceStatus;
  on: LocalDate;
  reason: string | null;
  flag: EventFlag | null;
}

/** The columns of `invoice` that are the rule's output (SPEC §4: stored so that SQL only adds up). */
export interface StoredFacts {
  status: InvoiceStatus;
  statusOn: LocalDate;
  receivedOn: LocalDate | null;
  deadline: LocalDate | null;
  paymentIssuedOn: LocalDate | null;
  observedDelayDays: number | null;
  daysLate: number;
  lateInterestCents: number | null;
  recoveryIndemnityCents: number;
  rateBasisPoints: number | null;
  estimate: boolean;
  factsOn: LocalDate;
}

/**
 * After the history changed: the current status (last event by date, then lifecycle), the stored
 * payment facts, and the flag of each suspension (set on the events given, in place).
 */
export function storedFacts<E extends EventFactsInput>(invoice: InvoiceFactsInput, events: readonly E[], rateFor: RateLookup, today: LocalDate): { facts: StoredFacts; flagged: E[] } {
  const ordered = orderEvents(events);
  const last = ordered.at(-1)!;
  const f = computePaymentFacts({
    invoiceDate: invoice.invoiceDate,
    declaredReceivedOn: invoice.declaredReceivedOn,
    paymentDelayDays: invoice.paymentDelayDays,
    amountInclTaxCents: BigInt(invoice.amountInclTaxCents),
    events: ordered,
    today,
    rateFor,
  });
  const ignored = new Set(f.ignoredSuspensions.map((s) => s.on));
  const flagged: E[] = [];
  for (const e of ordered) {
    if (e.status !== 'SUSPENDED') continue;
    const flag = ignored.has(e.on) ? EventFlag.NOT_A_LEGAL_INTERRUPTION : null;
    if (e.flag !== flag) {
      e.flag = flag;
      flagged.push(e);
    }
  }
  return {
    flagged,
    facts: {
      status: last.status,
      statusOn: last.on,
      receivedOn: f.receivedOn,
      deadline: f.deadline,
      paymentIssuedOn: f.paymentIssuedOn,
      observedDelayDays: f.observedDelayDays,
      daysLate: f.daysLate,
      lateInterestCents: f.lateInterestCents === null ? null : Number(f.lateInterestCents),
      recoveryIndemnityCents: Number(f.recoveryIndemnityCents),
      rateBasisPoints: f.rate?.totalBasisPoints ?? null,
      estimate: f.estimate,
      factsOn: today,
    },
  };
}
