import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { sqlOf } from '../notification/outbox.service.js';
import { type Broken, canonicalJson, eventHash, GENESIS, type StoredEvent, verifyRun } from './audit-chain.js';

export interface AuditInput {
  actor: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event in the caller's transaction: the head row is locked (PostgreSQL: FOR UPDATE;
 * SQLite has one writer), the event takes the next number and the hash of the one before.
 */
export async function appendAudit(q: Knex | Knex.Transaction, input: AuditInput, now = new Date()): Promise<StoredEvent> {
  const isPg = q.client.config.client === 'pg' || String(q.client.config.client).includes('postgres');
  const headQuery = q('audit_head').where('id', 1).first('count', 'last_hash');
  const head = (await (isPg ? headQuery.forUpdate() : headQuery)) as { count: number | string; last_hash: string } | undefined;
  const count = Number(head?.count ?? 0);
  const base = {
    seq: count + 1,
    occurredAt: now.toISOString(),
    actor: input.actor.slice(0, 60),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: input.before === undefined ? null : canonicalJson(input.before),
    after: input.after === undefined ? null : canonicalJson(input.after),
    prevHash: head?.last_hash ?? GENESIS,
  };
  const event: StoredEvent = { ...base, hash: eventHash(base) };
  await q('audit_event').insert({
    seq: event.seq, occurred_at: event.occurredAt, actor: event.actor, action: event.action, entity_type: event.entityType,
    entity_id: event.entityId, before: event.before, after: event.after, prev_hash: event.prevHash, hash: event.hash,
  });
  if (head) await q('audit_head').where('id', 1).update({ count: event.seq, last_hash: event.hash });
  else await q('audit_head').insert({ id: 1, count: event.seq, last_hash: event.hash });
  return event;
}

/** From an EntityManager (inside its transaction when it has one). */
export const audit = (em: EntityManager, input: AuditInput) => appendAudit(sqlOf(em), input);

/** Walks the whole chain in batches and compares its end with the head: `pnpm cli verify-audit`. */
export async function verifyAudit(q: Knex): Promise<{ events: number; valid: true } | { events: number; valid: false; firstBroken: Broken }> {
  let previous = { seq: 0, hash: GENESIS };
  let events = 0;
  for (;;) {
    const rows = (await q('audit_event').where('seq', '>', previous.seq).orderBy('seq').limit(1000)) as Record<string, unknown>[];
    if (!rows.length) break;
    const run: StoredEvent[] = rows.map((r) => ({
      seq: Number(r.seq), occurredAt: String(r.occurred_at), actor: String(r.actor), action: String(r.action), entityType: String(r.entity_type),
      entityId: (r.entity_id as string | null) ?? null, before: (r.before as string | null) ?? null, after: (r.after as string | null) ?? null,
      prevHash: String(r.prev_hash), hash: String(r.hash),
    }));
    const broken = verifyRun(run, previous);
    if (broken) return { events: events + run.findIndex((e) => e.seq >= broken.seq), valid: false, firstBroken: broken };
    events += run.length;
    previous = { seq: run.at(-1)!.seq, hash: run.at(-1)!.hash };
  }
  const head = (await q('audit_head').where('id', 1).first('count', 'last_hash')) as { count: number | string; last_hash: string } | undefined;
  const headCount = Number(head?.count ?? 0);
  if (headCount !== events || (head && head.last_hash !== previous.hash)) {
    return { events, valid: false, firstBroken: { seq: Math.min(headCount, events) + 1, reason: `the head records ${headCount} events ending with another hash: the tail was removed or altered` } };
  }
  return { events, valid: true };
}
