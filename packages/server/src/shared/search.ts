import type { EntityManager } from '@mikro-orm/core';

/**
 * "Contains, ignoring case" for a user's search term, on both dialects: PostgreSQL's ILIKE; SQLite's
 * LIKE, which ignores ASCII case (MikroORM's $ilike is not valid SQLite). Wildcards typed by the
 * user are dropped.
 */
export function containsIgnoringCase(em: EntityManager, term: string): { $ilike: string } | { $like: string } {
  const pattern = `%${term.trim().replace(/[%_\\]/g, '')}%`;
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? { $ilike: pattern } : { $like: pattern };
}
