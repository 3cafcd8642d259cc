import { addDays, daysBetween, halfYearStart, type LocalDate } from '../../shared/calendar.js';
import { divideRoundHalfUp } from '../../shared/money.js';
import { InvoiceStatus, orderEvents } from './invoice-status.js';

export { orderEvents };

/**
 * The payment clock and what the Region owes for being late (Code de la commande publique), as one
 * pure function of an invoice's facts and a date: R2192-10 (30 days), R2192-14 (receipt date),
 * R2192-29 (one interruption, new delay after completion), L2192-13 (interest from the day after
 * the deadline), R2192-31 (ECB rate of the half-year + 8 points), D2192-35 (40 € indemnity),
 * R2192-36 (payable within 45 days of the payment issue).
 */
export const DEFAULT_PAYMENT_DELAY_DAYS = 30;
export const DAYS_AFTER_RECEIPT_WHEN_UNKNOWN = 2;
export const NEW_DELAY_AFTER_COMPLETION_DAYS = 30;
export const INTEREST_POINTS_OVER_ECB_BP = 800;
export const RECOVERY_INDEMNITY_CENTS = 4000n;
export const INTEREST_PAYABLE_WITHIN_DAYS = 45;

export interface StatusEvent {
  status: InvoiceStatus;
  on: LocalDate;
  reason?: string | null;
}

/** The ECB main refinancing rate in force on a half-year's first day, in basis points (2.15 % = 215). */
export type RateLookup = (halfYearStart: LocalDate) => { ecbBasisPoints: number; toConfirm: boolean } | null;

export interface PaymentRuleInput {
  invoiceDate: LocalDate;
  /** The import's `date_reception`, when given. */
  declaredReceivedOn: LocalDate | null;
  paymentDelayDays: number;
  amountInclTaxCents: bigint;
  events: readonly StatusEvent[];
  today: LocalDate;
  rateFor: RateLookup;
}

export type Fallback = 'RECEIPT_DATE_ASSUMED' | 'PAID_DATE_FOR_PAYMENT_ISSUE' | 'RATE_TO_CONFIRM';

export interface Interruption {
  suspendedOn: LocalDate;
  reason: string | null;
  daysLeftAtSuspension: number;
  completedOn: LocalDate | null;
  /** 30 days, or the balance left at the interruption if larger; null until completed. */
  newDelayDays: number | null;
}

export interface IgnoredSuspension {
  on: LocalDate;
  reason: string | null;
  why: 'SECOND_SUSPENSION' | 'AFTER_PAYMENT_ORDER';
}

export interface PaymentFacts {
  /** Null when the invoice was sent back for rerouting and not received again. */
  receivedOn: LocalDate | null;
  receivedOnSource: 'IMPORT' | 'RECEIVED_EVENT' | 'INVOICE_DATE_PLUS_2' | null;
  rejected: boolean;
  interruption: Interruption | null;
  ignoredSuspensions: IgnoredSuspension[];
  /** The day the Region must have issued payment by; null when rejected, not received, or interrupted. */
  deadline: LocalDate | null;
  /** Interrupted and not yet completed: the clock is stopped. */
  clockStopped: boolean;
  paymentIssuedOn: LocalDate | null;
  paymentIssuedSource: 'PAYMENT_ISSUED' | 'PAID' | null;
  /** Days counted toward the current deadline (from receipt, or from completion after an interruption). */
  daysUsed: number;
  /** Days left before the deadline, for an invoice not paid yet; null otherwise. */
  daysLeft: number | null;
  daysLate: number;
  /** Unpaid and past its deadline: interest grows every day until payment. */
  accruing: boolean;
  /** The first late day (the day after the deadline): its half-year gives the rate. */
  lateFrom: LocalDate | null;
  rate: { halfYearStart: LocalDate; ecbBasisPoints: number; totalBasisPoints: number; toConfirm: boolean } | null;
  rateUnknown: boolean;
  /** Null only when the rate is unknown. */
  lateInterestCents: bigint | null;
  recoveryIndemnityCents: bigint;
  payableBy: LocalDate | null;
  fallbacks: Fallback[];
  estimate: boolean;
  /** For the yearly report: receipt to payment issue, not counting the interruption. */
  observedDelayDays: number | null;
}

/** amount × rate × days / 365, rate in basis points; rounded to the cent, half up, once. */
export function lateInterestCents(amountCents: bigint, totalBasisPoints: number, daysLate: number): bigint {
  if (daysLate <= 0) return 0n;
  return divideRoundHalfUp(amountCents * BigInt(totalBasisPoints) * BigInt(daysLate), 10_000n * 365n);
}

export function computePaymentFacts(input: PaymentRuleInput): PaymentFacts {
  const events = orderEvents(input.events);
  let receivedEvent: LocalDate | null = null;
  let everReceived = false;
  let rerouted = false;
  let mandated = false;
  let rejected = false;
  let issuedOn: LocalDate | null = null;
  let paidOn: LocalDate | null = null;
  let interruption: Interruption | null = null;
  const ignoredSuspensions: IgnoredSuspension[] = [];

  for (const e of events) {
    switch (e.status) {
      case InvoiceStatus.RECEIVED:
        if (receivedEvent === null) receivedEvent = e.on;
        everReceived = true;
        rerouted = false;
        break;
      case InvoiceStatus.TO_REROUTE:
        receivedEvent = null;
        rerouted = true;
        break;
      case InvoiceStatus.SUSPENDED:
        if (interruption) ignoredSuspensions.push({ on: e.on, reason: e.reason ?? null, why: 'SECOND_SUSPENSION' });
        else if (mandated || issuedOn || paidOn) ignoredSuspensions.push({ on: e.on, reason: e.reason ?? null, why: 'AFTER_PAYMENT_ORDER' });
        else interruption = { suspendedOn: e.on, reason: e.reason ?? null, daysLeftAtSuspension: 0, completedOn: null, newDelayDays: null };
        break;
      case InvoiceStatus.COMPLETED:
        if (interruption && !interruption.completedOn && e.on >= interruption.suspendedOn) interruption.completedOn = e.on;
        break;
      case InvoiceStatus.REJECTED:
        rejected = true;
        break;
      case InvoiceStatus.MANDATED:
        mandated = true;
        break;
      case InvoiceStatus.PAYMENT_ISSUED:
        issuedOn ??= e.on;
        break;
      case InvoiceStatus.PAID:
        paidOn ??= e.on;
        break;
      default:
        break;
    }
  }

  const fallbacks: Fallback[] = [];
  let receivedOn: LocalDate | null;
  let receivedOnSource: PaymentFacts['receivedOnSource'];
  if (input.declaredReceivedOn) [receivedOn, receivedOnSource] = [input.declaredReceivedOn, 'IMPORT'];
  else if (receivedEvent) [receivedOn, receivedOnSource] = [receivedEvent, 'RECEIVED_EVENT'];
  else if (rerouted || (everReceived && !receivedEvent)) [receivedOn, receivedOnSource] = [null, null];
  else {
    [receivedOn, receivedOnSource] = [addDays(input.invoiceDate, DAYS_AFTER_RECEIPT_WHEN_UNKNOWN), 'INVOICE_DATE_PLUS_2'];
    fallbacks.push('RECEIPT_DATE_ASSUMED');
  }

  const paymentIssuedOn = issuedOn ?? paidOn;
  const paymentIssuedSource = issuedOn ? 'PAYMENT_ISSUED' : paidOn ? 'PAID' : null;
  if (!issuedOn && paidOn) fallbacks.push('PAID_DATE_FOR_PAYMENT_ISSUE');

  let deadline: LocalDate | null = null;
  let clockStart: LocalDate | null = receivedOn;
  let clockStopped = false;
  if (receivedOn && !rejected) {
    deadline = addDays(receivedOn, input.paymentDelayDays);
    if (interruption) {
      interruption.daysLeftAtSuspension = Math.max(0, daysBetween(interruption.suspendedOn, deadline));
      if (interruption.completedOn) {
        interruption.newDelayDays = Math.max(NEW_DELAY_AFTER_COMPLETION_DAYS, interruption.daysLeftAtSuspension);
        clockStart = interruption.completedOn;
        deadline = addDays(interruption.completedOn, interruption.newDelayDays);
      } else {
        deadline = null;
        clockStopped = true;
      }
    }
  }

  const late = lateness({ deadline, paymentIssuedOn, amountInclTaxCents: input.amountInclTaxCents }, input.today, input.rateFor);
  if (late.rate?.toConfirm) fallbacks.push('RATE_TO_CONFIRM');
  const end = paymentIssuedOn ?? input.today;
  const { daysLate, lateFrom, rate, rateUnknown } = late;

  const clockEnd = clockStopped && interruption ? interruption.suspendedOn : end;
  const daysUsed = clockStart ? Math.max(0, daysBetween(clockStart, clockEnd < clockStart ? clockStart : clockEnd)) : 0;
  const suspendedDays = interruption?.completedOn ? daysBetween(interruption.suspendedOn, interruption.completedOn) : 0;

  return {
    receivedOn,
    receivedOnSource,
    rejected,
    interruption,
    ignoredSuspensions,
    deadline,
    clockStopped,
    paymentIssuedOn,
    paymentIssuedSource,
    daysUsed,
    daysLeft: deadline && !paymentIssuedOn ? Math.max(0, daysBetween(input.today, deadline)) : null,
    daysLate,
    accruing: late.accruing,
    lateFrom,
    rate,
    rateUnknown,
    lateInterestCents: late.lateInterestCents,
    recoveryIndemnityCents: late.recoveryIndemnityCents,
    payableBy: late.payableBy,
    fallbacks,
    estimate: fallbacks.length > 0,
    observedDelayDays: receivedOn && paymentIssuedOn && !rejected ? daysBetween(receivedOn, paymentIssuedOn) - suspendedDays : null,
  };
}

export interface Lateness {
  daysLate: number;
  lateFrom: LocalDate | null;
  accruing: boolean;
  rate: PaymentFacts['rate'];
  rateUnknown: boolean;
  lateInterestCents: bigint | null;
  recoveryIndemnityCents: bigint;
  payableBy: LocalDate | null;
}

/**
 * What is owed for lateness, from the deadline and the payment issue (or today while unpaid). The
 * tail of `computePaymentFacts`, also used on stored deadlines for lists and dashboards.
 */
export function lateness(
  invoice: { deadline: LocalDate | null; paymentIssuedOn: LocalDate | null; amountInclTaxCents: bigint },
  today: LocalDate,
  rateFor: RateLookup,
): Lateness {
  const { deadline, paymentIssuedOn } = invoice;
  const daysLate = deadline ? Math.max(0, daysBetween(deadline, paymentIssuedOn ?? today)) : 0;
  if (daysLate === 0 || !deadline) {
    return { daysLate: 0, lateFrom: null, accruing: false, rate: null, rateUnknown: false, lateInterestCents: 0n, recoveryIndemnityCents: 0n, payableBy: null };
  }
  const lateFrom = addDays(deadline, 1);
  const start = halfYearStart(lateFrom);
  const found = rateFor(start);
  const rate = found
    ? { halfYearStart: start, ecbBasisPoints: found.ecbBasisPoints, totalBasisPoints: found.ecbBasisPoints + INTEREST_POINTS_OVER_ECB_BP, toConfirm: found.toConfirm }
    : null;
  return {
    daysLate,
    lateFrom,
    accruing: !paymentIssuedOn,
    rate,
    rateUnknown: !rate,
    lateInterestCents: rate ? lateInterestCents(invoice.amountInclTaxCents, rate.totalBasisPoints, daysLate) : null,
    recoveryIndemnityCents: RECOVERY_INDEMNITY_CENTS,
    payableBy: paymentIssuedOn ? addDays(paymentIssuedOn, INTEREST_PAYABLE_WITHIN_DAYS) : null,
  };
}
