import type { DisputeStatus, DisputeSubjectKind } from '../../gql/graphql';

export const SUBJECT_KINDS: readonly DisputeSubjectKind[] = ['INVOICE', 'CONTRACT', 'DECLARATION'] as DisputeSubjectKind[];
export const STATUSES: readonly DisputeStatus[] = ['OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN'] as DisputeStatus[];
export const PENDING: readonly DisputeStatus[] = ['OPEN', 'UNDER_REVIEW'] as DisputeStatus[];
export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

export const isClosed = (status: DisputeStatus): boolean => !PENDING.includes(status);

/** The mediator's moves, as the server allows them (mediation-rules.ts). */
export function mediatorMoves(status: DisputeStatus): DisputeStatus[] {
  if (status === 'OPEN') return ['UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT'] as DisputeStatus[];
  if (status === 'UNDER_REVIEW') return ['RESOLVED', 'CLOSED_WITHOUT_AGREEMENT'] as DisputeStatus[];
  return [];
}

export { newDisputePath } from '../../app/access';

export function readSubject(params: URLSearchParams): { kind: DisputeSubjectKind; id: string } {
  const kind = params.get('sujet');
  return { kind: SUBJECT_KINDS.includes(kind as DisputeSubjectKind) ? (kind as DisputeSubjectKind) : ('INVOICE' as DisputeSubjectKind), id: params.get('id') ?? '' };
}

/** A declaration's label is stored as "KIND YYYY-MM-DD": its kind and the day it was filed. */
export function splitDeclarationLabel(label: string): { kind: string; day: string } | null {
  const m = /^([A-Z_]+) (\d{4}-\d{2}-\d{2})$/.exec(label);
  return m ? { kind: m[1]!, day: m[2]! } : null;
}

export interface OpenForm {
  subjectId: string;
  title: string;
  body: string;
}
export type OpenProblem = 'subject' | 'requiredTitle' | 'longTitle' | 'requiredBody' | 'longBody';

/** What stops the form, by field, in the order of the form. */
export function checkOpenForm(form: OpenForm): { field: 'subjectId' | 'title' | 'body'; problem: OpenProblem }[] {
  const out: { field: 'subjectId' | 'title' | 'body'; problem: OpenProblem }[] = [];
  if (!form.subjectId) out.push({ field: 'subjectId', problem: 'subject' });
  const title = form.title.trim();
  if (!title) out.push({ field: 'title', problem: 'requiredTitle' });
  else if (title.length > SUBJECT_MAX) out.push({ field: 'title', problem: 'longTitle' });
  const body = form.body.trim();
  if (!body) out.push({ field: 'body', problem: 'requiredBody' });
  else if (body.length > BODY_MAX) out.push({ field: 'body', problem: 'longBody' });
  return out;
}

/** Whole days since an instant (for "waiting since"), never negative. */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}

export const AGES = [5, 15, 30] as const;

export interface QueueFilter {
  status: 'pending' | DisputeStatus | '';
  olderThan: number | null;
}

export function readQueueFilter(params: URLSearchParams): QueueFilter {
  const s = params.get('statut') ?? 'pending';
  const status = s === 'pending' || s === '' || STATUSES.includes(s as DisputeStatus) ? (s as QueueFilter['status']) : 'pending';
  const age = Number(params.get('age'));
  return { status, olderThan: (AGES as readonly number[]).includes(age) ? age : null };
}

export function writeQueueFilter(f: QueueFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status !== 'pending') p.set('statut', f.status);
  if (f.olderThan) p.set('age', String(f.olderThan));
  return p;
}

/** The API filter: statuses, and "opened before" the Paris day `olderThan` days ago. */
export function toApiQueueFilter(f: QueueFilter, today: string): { status?: DisputeStatus[]; openedBefore?: string } {
  const out: { status?: DisputeStatus[]; openedBefore?: string } = {};
  if (f.status === 'pending') out.status = [...PENDING];
  else if (f.status) out.status = [f.status];
  if (f.olderThan) {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - f.olderThan + 1);
    out.openedBefore = d.toISOString().slice(0, 10);
  }
  return out;
}
