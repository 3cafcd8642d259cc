import type { DeclarationFilter, DeclarationFlag, DeclarationKind, DeclarationStatus } from '../../gql/graphql';
import { todayInParis } from '../../shared/format';
import { FLAGS } from './review';

/**
 * The review queue's filters live in the address, so that a reload, a shared link and "Back" land
 * on the same list: `?type=GIFT&signalement=oui&statut=SUBMITTED&anciennete=30` (`signalement`: `oui`
 * any flag, `non` none, or one flag by name).
 */
export const KINDS: readonly DeclarationKind[] = ['GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE'];
export const STATUSES: readonly DeclarationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'ACTION_REQUIRED', 'ACKNOWLEDGED', 'REFUSED', 'CLOSED'];
export const AGES = ['7', '30'] as const;

export type Age = (typeof AGES)[number];

export interface QueueQuery {
  kind: DeclarationKind | '';
  /** 'yes' flagged by the rules, 'no' without any flag, or carrying this flag. */
  flagged: '' | 'yes' | 'no' | DeclarationFlag;
  status: DeclarationStatus | '';
  /** Submitted more than this many days ago. */
  olderThan: Age | '';
}

export const EMPTY_QUEUE_QUERY: QueueQuery = { kind: '', flagged: '', status: '', olderThan: '' };

const FLAGGED = { oui: 'yes', non: 'no' } as const;

export function readQueueQuery(params: URLSearchParams): QueueQuery {
  const kind = params.get('type') ?? '';
  const status = params.get('statut') ?? '';
  const flagged = params.get('signalement') ?? '';
  const age = params.get('anciennete') ?? '';
  return {
    kind: (KINDS as readonly string[]).includes(kind) ? (kind as DeclarationKind) : '',
    flagged: flagged === 'oui' || flagged === 'non' ? FLAGGED[flagged] : (FLAGS as readonly string[]).includes(flagged) ? (flagged as DeclarationFlag) : '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as DeclarationStatus) : '',
    olderThan: (AGES as readonly string[]).includes(age) ? (age as Age) : '',
  };
}

export function writeQueueQuery(query: Partial<QueueQuery>): URLSearchParams {
  const q = { ...EMPTY_QUEUE_QUERY, ...query };
  const params = new URLSearchParams();
  if (q.kind) params.set('type', q.kind);
  if (q.flagged) params.set('signalement', q.flagged === 'yes' ? 'oui' : q.flagged === 'no' ? 'non' : q.flagged);
  if (q.status) params.set('statut', q.status);
  if (q.olderThan) params.set('anciennete', q.olderThan);
  return params;
}

export function isFiltered(query: QueueQuery): boolean {
  return writeQueueQuery(query).toString() !== '';
}

/** A calendar day ("2026-03-10") moved by whole days, without any time zone in the way. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** How many days ago a declaration was submitted, counted in Paris calendar days. */
export function ageInDays(submittedAt: string, today: string): number {
  return Math.max(0, daysBetween(todayInParis(new Date(submittedAt)), today));
}

/**
 * The API's filter. "Older than 7 days" on the 10th: submitted before the 3rd, that is on the 2nd
 * or earlier, 8 days or more ago.
 */
export function toDeclarationFilter(query: QueueQuery, today: string): DeclarationFilter {
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.flagged === 'yes' || query.flagged === 'no' ? { flagged: query.flagged === 'yes' } : query.flagged ? { flag: query.flagged } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.olderThan ? { submittedBefore: addDays(today, -Number(query.olderThan)) } : {}),
  };
}
