import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An append-only, hash-chained record of a change (SPEC §3 AuditEvent). Everything that enters the
 * hash is stored as text, exactly as hashed (the time as an ISO string, before/after as canonical
 * JSON), so that the same bytes are hashed on SQLite and PostgreSQL. The database refuses UPDATE
 * and DELETE on this table (triggers, see the audit_guards migrations).
 */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  seq!: number;

  @Property({ type: 'string', length: 30 })
  occurredAt!: string;

  /** A user id, or 'cli', 'system', 'demo'. */
  @Property({ type: 'string', length: 60 })
  actor!: string;

  /** What happened, e.g. 'invoice.import', 'survey.campaign.open'. */
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Property({ type: 'string', length: 60 })
  entityType!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  entityId: string | null = null;

  @Property({ type: 'text', nullable: true })
  before: string | null = null;

  @Property({ type: 'text', nullable: true })
  after: string | null = null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}

/** The chain head, kept apart: a deleted tail shows as a count or last hash that no longer matches. */
@Entity({ tableName: 'audit_head' })
export class AuditHead {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'string', length: 64 })
  lastHash!: string;
}
