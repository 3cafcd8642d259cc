import { isLocalDate } from '../../shared/format';
import { parseDecimalInput } from '../../shared/money';

/** The yearly gift cap as the officer types it ("80", "73,50 €") and the day it applies from. */
export interface GiftCapForm {
  amount: string;
  effectiveFrom: string;
}

export type GiftCapProblem = 'amountInvalid' | 'dateRequired' | 'dateInvalid';

export function giftCapInput(form: GiftCapForm): { amount: string; effectiveFrom: string } | { problems: Partial<Record<keyof GiftCapForm, GiftCapProblem>> } {
  const amount = parseDecimalInput(form.amount);
  const day = form.effectiveFrom.trim();
  const problems: Partial<Record<keyof GiftCapForm, GiftCapProblem>> = {};
  if (amount === null) problems.amount = 'amountInvalid';
  if (!day) problems.effectiveFrom = 'dateRequired';
  else if (!isLocalDate(day)) problems.effectiveFrom = 'dateInvalid';
  return amount !== null && !problems.effectiveFrom ? { amount, effectiveFrom: day } : { problems };
}

/** The cap in force on a day: the latest one from that day or before (none: the default applies). */
export function capInForce<T extends { effectiveFrom: string }>(caps: readonly T[], day: string): T | null {
  return caps.filter((c) => c.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null;
}
