import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Fixed-window counters shared by every server instance (sign-in per account and per address).
 * Updated by one atomic upsert in `rate-limit.ts`; times are epoch milliseconds so that the same
 * SQL runs on SQLite and PostgreSQL.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimit {
  @PrimaryKey({ type: 'string', length: 200 })
  bucket!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'bigint' })
  windowStart!: string;
}
