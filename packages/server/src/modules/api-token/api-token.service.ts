import type { EntityManager } from '@mikro-orm/core';
import { badInput, DomainError, notFound, assertId } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import type { Role } from '../../shared/roles.js';
import type { Viewer } from '../../shared/viewer.js';
import { audit } from '../audit/audit.service.js';
import { hashSecret, newSecret } from '../identity/tokens.js';
import { User } from '../identity/user.entity.js';
import { DEFAULT_TOKEN_DAYS, effectiveRoles, looksLikeToken, requestedRoles, TOKEN_MARK, tokenDaysProblem } from './api-token-rules.js';
import { ApiToken } from './api-token.entity.js';

/** Creates a token for the signed-in agent (never from another token): the secret is returned once. */
export async function createApiToken(
  em: EntityManager, viewer: Viewer, input: { name: string; roles?: Role[] | null; days?: number | null },
): Promise<{ secret: string; token: ApiToken }> {
  if (viewer.sessionId.startsWith('api-token:')) throw new DomainError('FORBIDDEN', 'Un jeton ne peut pas créer de jeton : connectez-vous.');
  const name = input.name.trim();
  if (!name || name.length > 100) throw badInput('Donnez au jeton un nom de 1 à 100 caractères.', { field: 'name' });
  const days = input.days ?? DEFAULT_TOKEN_DAYS;
  const daysProblem = tokenDaysProblem(days);
  if (daysProblem) throw badInput(daysProblem, { field: 'days' });
  const asked = requestedRoles(input.roles, viewer.roles);
  if ('problem' in asked) throw new DomainError('FORBIDDEN', asked.problem);
  const full = `${TOKEN_MARK}${newSecret().secret}`;
  return em.transactional(async (tx) => {
    const token = tx.create(ApiToken, {
      user: tx.getReference(User, viewer.userId), name, tokenHash: hashSecret(full), prefix: full.slice(0, 12), roles: asked.roles,
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    await tx.persistAndFlush(token);
    await audit(tx, { actor: viewer.userId, action: 'api-token.create', entityType: 'api_token', entityId: token.id, after: { name, roles: asked.roles, expiresAt: token.expiresAt.toISOString() } });
    return { secret: full, token };
  });
}

/** The agent's own tokens, newest first (revoked and expired ones included, marked). */
export async function listApiTokens(em: EntityManager, viewer: Viewer, first?: number | null, after?: string | null) {
  const size = pageSize(first);
  const where = { user: viewer.userId };
  const total = await em.count(ApiToken, where);
  const keyset = after ? (([ts, id]) => ({ $or: [{ createdAt: { $lt: new Date(ts as number) } }, { createdAt: new Date(ts as number), id: { $lt: id as string } }] }))(decodeCursor(after, ['time', 'id'])) : {};
  const rows = await em.find(ApiToken, { $and: [where, keyset] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(rows, size, total, (t) => [t.createdAt.getTime(), t.id]);
}

export async function revokeApiToken(em: EntityManager, viewer: Viewer, id: string): Promise<ApiToken> {
  return em.transactional(async (tx) => {
    const token = await tx.findOne(ApiToken, { id: assertId(id, 'Jeton'), user: viewer.userId });
    if (!token) throw notFound('Jeton');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await tx.flush();
      await audit(tx, { actor: viewer.userId, action: 'api-token.revoke', entityType: 'api_token', entityId: token.id, before: { revokedAt: null }, after: { revokedAt: token.revokedAt.toISOString() } });
    }
    return token;
  });
}

/**
 * The viewer behind `Authorization: Bearer <token>`: an agent, with the token's roles that the agent
 * still holds. Unknown, revoked, expired tokens and removed agents answer null. One statement, plus a
 * `last used` stamp at most once a minute.
 */
export async function viewerFromApiToken(em: EntityManager, bearer: string, now = new Date()): Promise<Viewer | null> {
  if (!looksLikeToken(bearer)) return null;
  const token = await em.findOne(ApiToken, { tokenHash: hashSecret(bearer) }, { populate: ['user'], filters: false });
  if (!token || token.revokedAt || token.expiresAt <= now) return null;
  const user = token.user as User;
  if (user.removedAt || user.kind !== 'AGENT') return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return {
    sessionId: `api-token:${token.id}`,
    userId: user.id,
    kind: 'AGENT',
    roles: effectiveRoles(token.roles, user.roles),
    supplierId: null,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
  };
}
