import { addMoney, isPositive, type MoneyValue } from '../../shared/money';

interface InterestFigures {
  daysLate: number;
  lateInterest?: MoneyValue | null;
  recoveryIndemnity?: MoneyValue | null;
}

/**
 * What the Region owes for lateness: `total` is interest + indemnity, or null while the rate is
 * unknown (`lateInterest` null means "rate unknown", never zero).
 */
export function interestOwed(invoice: InterestFigures): { late: boolean; rateUnknown: boolean; total: MoneyValue | null; claimable: boolean } {
  const late = invoice.daysLate > 0;
  const rateUnknown = late && !invoice.lateInterest;
  const total = invoice.lateInterest && invoice.recoveryIndemnity ? addMoney(invoice.lateInterest, invoice.recoveryIndemnity) : null;
  return { late, rateUnknown, total, claimable: late && (isPositive(invoice.lateInterest) || isPositive(invoice.recoveryIndemnity)) };
}
