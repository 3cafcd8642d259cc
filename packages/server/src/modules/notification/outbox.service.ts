import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { OutboxMessage } from './outbox-message.entity.js';

export interface Mail {
  /** (event, recipient): the same key twice makes one message (SPEC §5c). */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
}

/** Adds the message to the outbox in the caller's transaction; a duplicate key is a no-op. */
export async function enqueueMail(em: EntityManager, mail: Mail): Promise<void> {
  await (em as SqlEntityManager)
    .createQueryBuilder(OutboxMessage)
    .insert({
      id: randomUUID(),
      idempotencyKey: mail.idempotencyKey.slice(0, 255),
      recipient: mail.to,
      subject: mail.subject.slice(0, 255),
      text: mail.text,
      createdAt: new Date(),
      updatedAt: new Date(),
      nextAttemptAt: new Date(),
    })
    .onConflict('idempotencyKey')
    .ignore()
    .execute();
}
