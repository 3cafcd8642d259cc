import type { EntityManager } from '@mikro-orm/core';
import { DomainError } from '../../shared/errors.js';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity.js';
import { hashPassword } from './password.js';
import { type ClientInfo } from './session.service.js';
import { type SignInResult, startSession } from './sign-in.service.js';
import { hashSecret, newSecret } from './tokens.js';
import type { User } from './user.entity.js';

/** An invitation link stays valid for 7 days; issuing a new one invalidates the earlier ones. */
export const INVITATION_DAYS = 7;

const invalidLink = () =>
  new DomainError('NOT_FOUND', "Ce lien d'invitation n'est plus valide. Demandez à votre administrateur de vous inviter à nouveau.");

export async function issueSetPasswordToken(em: EntityManager, user: User, now = new Date()): Promise<{ secret: string; expiresAt: Date; tokenId: string }> {
  await em.nativeUpdate(OneTimeToken, { user, purpose: TokenPurpose.SET_PASSWORD, usedAt: null }, { usedAt: now });
  const { secret, hash } = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const token = em.create(OneTimeToken, { tokenHash: hash, purpose: TokenPurpose.SET_PASSWORD, user, expiresAt });
  em.persist(token);
  return { secret, expiresAt, tokenId: token.id };
}

/** The token's owner, read across suppliers on purpose: the link itself is the credential. */
async function findValidToken(em: EntityManager, secret: string, now: Date): Promise<OneTimeToken> {
  if (!secret || secret.length > 100) throw invalidLink();
  const token = await em.findOne(
    OneTimeToken,
    { tokenHash: hashSecret(secret), purpose: TokenPurpose.SET_PASSWORD },
    { populate: ['user', 'user.supplier'], filters: { tenant: false } },
  );
  if (!token || token.usedAt || token.expiresAt <= now || token.user.removedAt) throw invalidLink();
  return token;
}

export async function describeInvitation(em: EntityManager, secret: string, now = new Date()) {
  const token = await findValidToken(em, secret, now);
  return {
    email: token.user.email,
    displayName: token.user.displayName,
    supplierName: token.user.supplier?.legalName ?? null,
    expiresAt: token.expiresAt,
  };
}

/** Sets the password, spends the link and signs the user in, in one transaction. */
export async function acceptInvitation(
  em: EntityManager,
  input: { secret: string; password: string; previousToken: string | null },
  client: ClientInfo,
  sessionHours: number,
  now = new Date(),
  mfaRequired = false,
): Promise<SignInResult> {
  return em.transactional(async (tx) => {
    const token = await findValidToken(tx, input.secret, now);
    token.user.passwordHash = await hashPassword(input.password);
    token.usedAt = now;
    return startSession(tx, token.user, input.previousToken, client, sessionHours, mfaRequired);
  });
}
