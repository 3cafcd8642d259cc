import { createHash } from 'node:crypto';

/**
 * The audit chain's rules (pure): canonical serialisation, the hash of an event, and verification
 * of a sequence of stored events against the head.
 */
export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

export interface StoredEvent {
  seq: number;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

export function eventHash(e: Omit<StoredEvent, 'hash'>): string {
  const body = canonicalJson([e.seq, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.before, e.after]);
  return createHash('sha256').update(`${e.prevHash}\n${body}`).digest('hex');
}

export type Broken = { seq: number; reason: string };

/** Checks a run of events that follows `previous` (seq and hash of the one before); returns the first break. */
export function verifyRun(events: readonly StoredEvent[], previous: { seq: number; hash: string }): Broken | null {
  let prev = previous;
  for (const e of events) {
    if (e.seq !== prev.seq + 1) return { seq: prev.seq + 1, reason: `event ${prev.seq + 1} is missing` };
    if (e.prevHash !== prev.hash) return { seq: e.seq, reason: 'does not point to the previous event' };
    if (eventHash(e) !== e.hash) return { seq: e.seq, reason: 'its content does not match its hash' };
    prev = { seq: e.seq, hash: e.hash };
  }
  return null;
}
