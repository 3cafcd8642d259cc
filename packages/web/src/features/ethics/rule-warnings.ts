import type { DeclarationFlag } from '../../gql/graphql';
import type { MoneyValue } from '../../shared/money';

/** What the rules say about a declaration, filled in or filed: flags, the yearly total, the consultations. */
export interface RuleOutcome {
  flags: readonly DeclarationFlag[];
  consultations?: readonly string[];
  /** Named `flagConsultations` on a filed declaration. */
  flagConsultations?: readonly string[];
  cap?: MoneyValue | null;
  runningTotal?: MoneyValue | null;
}

export type RuleNote =
  /** The yearly total for this beneficiary goes above the cap. */
  | { kind: 'overCap'; total: MoneyValue; cap: MoneyValue }
  /** The yearly total, still within the cap (information, not a warning). */
  | { kind: 'withinCap'; total: MoneyValue; cap: MoneyValue }
  /** Over the cap, but the amounts are not known (should not happen). */
  | { kind: 'overCapUnknown' }
  | { kind: 'quietPeriod'; consultations: readonly string[] }
  | { kind: 'priorityReview'; consultations: readonly string[] };

/** The notes to show, warnings first; an empty list when the rules have nothing to say. */
export function ruleNotes(outcome: RuleOutcome): RuleNote[] {
  const notes: RuleNote[] = [];
  const consultations = outcome.consultations ?? outcome.flagConsultations ?? [];
  const { cap, runningTotal: total } = outcome;
  if (outcome.flags.includes('OVER_YEARLY_CAP')) notes.push(cap && total ? { kind: 'overCap', total, cap } : { kind: 'overCapUnknown' });
  if (outcome.flags.includes('DURING_QUIET_PERIOD')) notes.push({ kind: 'quietPeriod', consultations });
  if (outcome.flags.includes('PRIORITY_REVIEW')) notes.push({ kind: 'priorityReview', consultations });
  if (!outcome.flags.includes('OVER_YEARLY_CAP') && cap && total) notes.push({ kind: 'withinCap', total, cap });
  return notes;
}

export const isWarning = (note: RuleNote) => note.kind !== 'withinCap';
