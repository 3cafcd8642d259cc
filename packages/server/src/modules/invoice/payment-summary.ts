import type { LocalDate } from '../../shared/calendar.js';
import { euros } from '../../shared/money.types.js';
import { InvoiceStatus } from './invoice-status.js';
import type { PaymentSummaryNode } from './invoice.types.js';
import { lateness, type RateLookup } from './payment-delay.js';

export interface StatusTotal {
  status: InvoiceStatus;
  count: number;
  amountCents: number;
}

export interface LateInvoice {
  deadline: LocalDate | null;
  paymentIssuedOn: LocalDate | null;
  amountInclTaxCents: number;
  interestPaidCents: number | null;
}

const SETTLED: readonly string[] = [InvoiceStatus.PAYMENT_ISSUED, InvoiceStatus.PAID, InvoiceStatus.REJECTED];

/**
 * The dashboard's payment cards (pure): what awaits payment, what is overdue today, and the
 * interest and indemnities still owed (computed as of today, less what was already paid).
 */
export function summarizePayments(byStatus: readonly StatusTotal[], late: readonly LateInvoice[], today: LocalDate, rateFor: RateLookup): PaymentSummaryNode {
  const awaiting = byStatus.filter((s) => !SETTLED.includes(s.status));
  let owed = 0n;
  let estimate = false;
  let overdue = 0;
  for (const inv of late) {
    const l = lateness({ ...inv, amountInclTaxCents: BigInt(inv.amountInclTaxCents) }, today, rateFor);
    if (l.accruing) overdue++;
    if (l.rateUnknown || l.rate?.toConfirm) estimate = true;
    const due = (l.lateInterestCents ?? 0n) + l.recoveryIndemnityCents - BigInt(inv.interestPaidCents ?? 0);
    if (due > 0n) owed += due;
  }
  return {
    byStatus: byStatus.map((s) => ({ status: s.status, count: s.count })),
    awaitingCount: awaiting.reduce((n, s) => n + s.count, 0),
    awaitingAmount: euros(awaiting.reduce((n, s) => n + BigInt(s.amountCents), 0n)),
    overdueCount: overdue,
    interestOwed: euros(owed),
    interestOwedEstimate: estimate,
  };
}
