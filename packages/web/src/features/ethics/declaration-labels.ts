import type { DeclarationFlag, DeclarationKind, DeclarationStatus, MeetingResponse } from '../../gql/graphql';

/** The kinds a supplier declares, in the order the form offers them. */
export const KINDS: readonly DeclarationKind[] = ['GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE'];

/** The review's steps, in their order. */
export const STATUSES: readonly DeclarationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED'];

export const FLAGS: readonly DeclarationFlag[] = ['OVER_YEARLY_CAP', 'DURING_QUIET_PERIOD', 'PRIORITY_REVIEW'];

/** The natures of a conflict of interest the API knows. */
export const NATURES = ['FAMILY', 'FINANCIAL', 'FORMER_EMPLOYMENT', 'OTHER'] as const;
export type Nature = (typeof NATURES)[number];

export type Tone = 'neutral' | 'progress' | 'warning' | 'danger' | 'success';

/** The colour repeats the words, never replaces them. */
export const STATUS_TONE: Record<DeclarationStatus, Tone> = {
  SUBMITTED: 'progress',
  UNDER_REVIEW: 'progress',
  ACKNOWLEDGED: 'success',
  ACTION_REQUIRED: 'warning',
  REFUSED: 'danger',
  CLOSED: 'neutral',
};

export const MEETING_TONE: Record<MeetingResponse, Tone> = { PENDING: 'warning', CONFIRMED: 'success', REMARKED: 'progress' };

/** Gifts and invitations carry a value, a date and a beneficiary, and count towards the yearly cap. */
export const isValued = (kind: DeclarationKind | '' | null | undefined) => kind === 'GIFT' || kind === 'INVITATION';

export const isKind = (value: unknown): value is DeclarationKind => KINDS.includes(value as DeclarationKind);
export const isStatus = (value: unknown): value is DeclarationStatus => STATUSES.includes(value as DeclarationStatus);
export const isNature = (value: unknown): value is Nature => NATURES.includes(value as Nature);
