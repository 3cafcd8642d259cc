import { Entity, Enum, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** No SMTP configured (development): kept here for the app to show, never sent. */
  DEV_OUTBOX = 'DEV_OUTBOX',
  FAILED = 'FAILED',
}

/**
 * Every e-mail is first a row here, written in the transaction that caused it, with an idempotency
 * key (event, recipient): two workers or a retried request produce one row, and a sent message is
 * not sent again (SPEC §5c).
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['status', 'priority', 'nextAttemptAt'] })
export class OutboxMessage extends BaseEntity {
  @Property({ type: 'string', length: 255 })
  @Unique()
  idempotencyKey!: string;

  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 255 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus & Opt = OutboxStatus.PENDING;

  /** 0: a message someone waits for (invitation, notice); 1: bulk (survey campaigns) — sent after. */
  @Property({ type: 'smallint' })
  priority: number & Opt = 0;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
