import type { DeclarationFlag, DeclarationStatus } from '../../gql/graphql';

/**
 * The review's steps, as the server allows them: SUBMITTED → UNDER_REVIEW → ACKNOWLEDGED |
 * ACTION_REQUIRED | REFUSED → CLOSED; a supplier who answered an "action required" goes back under
 * review. The server checks again; the form only offers what it would accept.
 */
const NEXT: Record<DeclarationStatus, readonly DeclarationStatus[]> = {
  SUBMITTED: ['UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED'],
  UNDER_REVIEW: ['ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED'],
  ACKNOWLEDGED: ['CLOSED'],
  ACTION_REQUIRED: ['UNDER_REVIEW', 'CLOSED'],
  REFUSED: ['CLOSED'],
  CLOSED: [],
};

export function nextStatuses(status: DeclarationStatus): readonly DeclarationStatus[] {
  return NEXT[status];
}

/** The supplier must be told why: a comment is required for these decisions. */
export function commentRequired(status: DeclarationStatus): boolean {
  return status === 'ACTION_REQUIRED' || status === 'REFUSED';
}

/** Still waiting for the officer (the queue's "pending"). */
export function isPending(status: DeclarationStatus): boolean {
  return status === 'SUBMITTED' || status === 'UNDER_REVIEW';
}

export type Tone = 'neutral' | 'progress' | 'warning' | 'danger' | 'success';

export const STATUS_TONE: Record<DeclarationStatus, Tone> = {
  SUBMITTED: 'warning',
  UNDER_REVIEW: 'progress',
  ACTION_REQUIRED: 'danger',
  ACKNOWLEDGED: 'success',
  REFUSED: 'danger',
  CLOSED: 'neutral',
};

/** The flags the rules set, most urgent first. */
export const FLAGS: readonly DeclarationFlag[] = ['PRIORITY_REVIEW', 'DURING_QUIET_PERIOD', 'OVER_YEARLY_CAP'];

export function sortedFlags(flags: readonly DeclarationFlag[]): DeclarationFlag[] {
  return FLAGS.filter((f) => flags.includes(f));
}
