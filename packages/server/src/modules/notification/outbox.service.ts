import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';

export interface Mail {
  /** (event, recipient): the same key twice makes one message (SPEC §5c). */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
}

/** The knex handle of an EntityManager, inside its transaction when it has one. */
export function sqlOf(em: EntityManager): Knex | Knex.Transaction {
  const sql = em as SqlEntityManager;
  return sql.getTransactionContext<Knex.Transaction>() ?? sql.getKnex();
}

/** Bulk mail (survey campaigns) goes after the messages someone is waiting for. */
export const BULK = 1;

/** Adds messages to the outbox in the caller's transaction; a key already there is a no-op. */
export async function enqueueMails(q: Knex | Knex.Transaction, mails: readonly Mail[], priority = 0): Promise<void> {
  if (!mails.length) return;
  const now = new Date();
  await q('outbox_message')
    .insert(
      mails.map((m) => ({
        id: randomUUID(),
        created_at: now,
        updated_at: now,
        idempotency_key: m.idempotencyKey.slice(0, 255),
        recipient: m.to,
        subject: m.subject.slice(0, 255),
        text: m.text,
        status: 'PENDING',
        priority,
        attempts: 0,
        next_attempt_at: now,
      })),
    )
    .onConflict('idempotency_key')
    .ignore();
}

export const enqueueMail = (em: EntityManager, mail: Mail) => enqueueMails(sqlOf(em), [mail]);
