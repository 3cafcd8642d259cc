import type { EntityManager } from '@mikro-orm/core';

/**
 * Fixed-window counters in the database (shared by every server instance). One statement, atomic
 * on both SQLite and PostgreSQL: it starts a new window when the old one is over.
 */
export interface Limit {
  max: number;
  windowMs: number;
}

/** SPEC §6: sign-in is rate-limited per account (failures) and per client address (attempts). */
export const SIGN_IN_LIMITS = {
  perAccountFailures: { max: 5, windowMs: 15 * 60_000 },
  perAddressAttempts: { max: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

export async function hit(em: EntityManager, bucket: string, limit: Limit, now = Date.now()): Promise<number> {
  const expired = now - limit.windowMs;
  const rows = await em.getConnection().execute<{ hits: number }[]>(
    `insert into rate_limit (bucket, hits, window_start) values (?, 1, ?)
     on conflict (bucket) do update set
       hits = case when rate_limit.window_start <= ? then 1 else rate_limit.hits + 1 end,
       window_start = case when rate_limit.window_start <= ? then excluded.window_start else rate_limit.window_start end
     returning hits`,
    [bucket, now, expired, expired],
  );
  return Number(rows[0]?.hits ?? 1);
}

export async function current(em: EntityManager, bucket: string, limit: Limit, now = Date.now()): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ hits: number }[]>('select hits from rate_limit where bucket = ? and window_start > ?', [bucket, now - limit.windowMs]);
  return Number(rows[0]?.hits ?? 0);
}

export async function reset(em: EntityManager, bucket: string): Promise<void> {
  await em.getConnection().execute('delete from rate_limit where bucket = ?', [bucket]);
}
