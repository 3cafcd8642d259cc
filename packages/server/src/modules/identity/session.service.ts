import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../../shared/roles.js';
import type { Viewer } from '../../shared/viewer.js';
import { Session } from './session.entity.js';
import { SUPPLIER_COLUMNS, supplierFieldsFrom } from '../supplier/supplier.queries.js';
import { hashSecret, newSecret } from './tokens.js';
import type { User } from './user.entity.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** A half-authenticated session (second factor due) lasts this long. */
export const PENDING_SESSION_MINUTES = 15;

export async function openSession(
  em: EntityManager,
  user: User,
  client: ClientInfo,
  hours: number,
  options: { mfaPending?: boolean } = {},
): Promise<{ token: string; session: Session }> {
  const { secret, hash } = newSecret();
  const mfaPending = options.mfaPending ?? false;
  const session = em.create(Session, {
    tokenHash: hash,
    user,
    mfaPending,
    expiresAt: new Date(Date.now() + (mfaPending ? PENDING_SESSION_MINUTES * 60_000 : hours * 3_600_000)),
    ip: client.ip?.slice(0, 64) ?? null,
    userAgent: client.userAgent?.slice(0, 255) ?? null,
  });
  em.persist(session);
  return { token: secret, session };
}

/** Dates come back as Date (PostgreSQL), epoch milliseconds or ISO text (SQLite). */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}

/** PostgreSQL returns text[] as an array; SQLite stores MikroORM's ArrayType as comma-separated text. */
function toRoles(value: unknown): Role[] {
  if (Array.isArray(value)) return value as Role[];
  return typeof value === 'string' && value ? (value.split(',') as Role[]) : [];
}

/**
 * The session lookup, one statement on every request; `?` is the token's hash. It brings the
 * supplier of a supplier user too (prefixed `sp_`), which most pages show.
 */
export const SESSION_LOOKUP_SQL = `select s.id as session_id, s.expires_at, s.revoked_at, s.mfa_pending, u.id as user_id, u.kind, u.roles, u.supplier_id,
            u.email, u.display_name, u.locale, u.removed_at,
            ${Object.entries(SUPPLIER_COLUMNS).map(([field, column]) => `sp.${column} as "sp_${field}"`).join(', ')}
       from session s join user_account u on u.id = s.user_id left join supplier sp on sp.id = u.supplier_id
      where s.token_hash = ?`;

/**
 * The viewer behind a session cookie, in one SQL statement (it runs on every request). Expired,
 * revoked and removed users' sessions answer null, and so do half-authenticated ones (second factor
 * due): for everything but the MFA mutations, which read them with `pendingSession`.
 */
export async function viewerFromSessionToken(em: EntityManager, token: string, now = new Date()): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(SESSION_LOOKUP_SQL, [hashSecret(token)]);
  return viewerFromSessionRow(rows[0], now);
}

/** The viewer a looked-up session row stands for, or null when it no longer opens the app (pure). */
export function viewerFromSessionRow(row: Record<string, unknown> | undefined, now: Date): Viewer | null {
  if (!row || row.revoked_at != null || row.removed_at != null) return null;
  if (row.mfa_pending === true || Number(row.mfa_pending) === 1) return null;
  const expiresAt = toDate(row.expires_at);
  if (!expiresAt || expiresAt <= now) return null;
  return {
    sessionId: String(row.session_id),
    userId: String(row.user_id),
    kind: row.kind === 'AGENT' ? 'AGENT' : 'SUPPLIER',
    roles: toRoles(row.roles),
    supplierId: row.supplier_id == null ? null : String(row.supplier_id),
    email: String(row.email),
    displayName: String(row.display_name),
    locale: row.locale === 'en' ? 'en' : 'fr',
    supplier: row.supplier_id == null || row.sp_id == null ? null : supplierFieldsFrom(row, 'sp_'),
  };
}

export async function revokeSessionByToken(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(Session, { tokenHash: hashSecret(token), revokedAt: null }, { revokedAt: new Date() });
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}

export async function revokeAllSessions(em: EntityManager, userId: string): Promise<number> {
  return em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

export function viewerOf(user: User, sessionId: string): Viewer {
  return {
    sessionId,
    userId: user.id,
    kind: user.kind,
    roles: [...user.roles],
    supplierId: user.supplier?.id ?? null,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
  };
}
