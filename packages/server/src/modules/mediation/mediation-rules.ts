import { daysBetween, type LocalDate } from '../../shared/calendar.js';

/**
 * The supplier grievance mechanism the RFAR label (ISO 20400) expects: a supplier opens a
 * dispute about one of its invoices, contracts or declarations; the Region's mediator answers it.
 * Pure rules: no ORM, no clock.
 */
export enum DisputeStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RESOLVED = 'RESOLVED',
  CLOSED_WITHOUT_AGREEMENT = 'CLOSED_WITHOUT_AGREEMENT',
  WITHDRAWN = 'WITHDRAWN',
}

export enum DisputeSubjectKind {
  INVOICE = 'INVOICE',
  CONTRACT = 'CONTRACT',
  DECLARATION = 'DECLARATION',
}

/** Who acts on a dispute: a user of the supplier that opened it, or a mediator. */
export type DisputeActor = 'SUPPLIER' | 'MEDIATOR';

const FINAL: readonly DisputeStatus[] = [DisputeStatus.RESOLVED, DisputeStatus.CLOSED_WITHOUT_AGREEMENT, DisputeStatus.WITHDRAWN];

export const isClosedStatus = (status: DisputeStatus): boolean => FINAL.includes(status);

/**
 * The moves allowed, by actor. The mediator takes a dispute up, then closes it with or without an
 * agreement (also straight from OPEN: a plain answer may settle it); the supplier may withdraw it
 * until it is closed. Nothing follows a final status: a new disagreement is a new dispute.
 */
const MOVES: Record<DisputeActor, Partial<Record<DisputeStatus, readonly DisputeStatus[]>>> = {
  MEDIATOR: {
    OPEN: [DisputeStatus.UNDER_REVIEW, DisputeStatus.RESOLVED, DisputeStatus.CLOSED_WITHOUT_AGREEMENT],
    UNDER_REVIEW: [DisputeStatus.RESOLVED, DisputeStatus.CLOSED_WITHOUT_AGREEMENT],
  },
  SUPPLIER: {
    OPEN: [DisputeStatus.WITHDRAWN],
    UNDER_REVIEW: [DisputeStatus.WITHDRAWN],
  },
};

export function canMove(actor: DisputeActor, from: DisputeStatus, to: DisputeStatus): boolean {
  return MOVES[actor][from]?.includes(to) ?? false;
}

/** Messages are written while the dispute is not closed; internal notes by a mediator only. */
export function canWrite(actor: DisputeActor, status: DisputeStatus, internal: boolean): boolean {
  if (isClosedStatus(status)) return false;
  return !internal || actor === 'MEDIATOR';
}

/** The first answer: the first message a supplier can read from a mediator, or the first status move by one. */
export function firstAnswerAt(current: Date | null, actor: DisputeActor, internal: boolean, at: Date): Date | null {
  if (current || actor !== 'MEDIATOR' || internal) return current;
  return at;
}

/** Calendar days from opening to closing (Paris days), stored at closing so that the report only adds up. */
export function daysToClose(openedOn: LocalDate, closedOn: LocalDate): number {
  return Math.max(0, daysBetween(openedOn, closedOn));
}

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

/** Problems with a subject line or a message body, as `{ field, problem }` (French messages in the service). */
export function checkText(field: 'title' | 'body', value: string): 'REQUIRED' | 'TOO_LONG' | null {
  const text = value.trim();
  if (!text) return 'REQUIRED';
  if (text.length > (field === 'title' ? SUBJECT_MAX : BODY_MAX)) return 'TOO_LONG';
  return null;
}
