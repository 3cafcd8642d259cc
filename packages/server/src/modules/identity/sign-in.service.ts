import type { EntityManager } from '@mikro-orm/core';
import { DomainError } from '../../shared/errors.js';
import type { Viewer } from '../../shared/viewer.js';
import { normalizeEmail } from './email.rule.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { current, hit, reset, SIGN_IN_LIMITS } from './rate-limit.js';
import { type ClientInfo, openSession, revokeSessionByToken, viewerOf } from './session.service.js';
import { requiresSecondFactor, SecondFactorStep } from './mfa.rule.js';
import { hashSecret } from './tokens.js';
import { User } from './user.entity.js';

/** One message for an unknown account and a wrong password: the answer reveals nothing. */
export const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const TOO_MANY = 'Trop de tentatives de connexion. Réessayez dans quelques minutes.';

export interface SignInResult {
  token: string;
  viewer: Viewer;
  /** Set when the session is only half-authenticated: the second factor (or its enrolment) is due. */
  secondFactor?: SecondFactorStep | null;
}

export async function signIn(
  em: EntityManager,
  input: { email: string; password: string; previousToken: string | null },
  client: ClientInfo,
  sessionHours: number,
  mfaRequired = false,
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const addressBucket = `sign-in:address:${client.ip ?? 'unknown'}`;
  const accountBucket = `sign-in:account:${hashSecret(email)}`;
  if ((await hit(em, addressBucket, SIGN_IN_LIMITS.perAddressAttempts)) > SIGN_IN_LIMITS.perAddressAttempts.max) {
    throw new DomainError('RATE_LIMITED', TOO_MANY);
  }
  if ((await current(em, accountBucket, SIGN_IN_LIMITS.perAccountFailures)) >= SIGN_IN_LIMITS.perAccountFailures.max) {
    throw new DomainError('RATE_LIMITED', TOO_MANY);
  }

  // Sign-in has no viewer yet: it reads across suppliers, explicitly.
  const user = await em.findOne(
    User,
    { email, removedAt: null },
    { filters: { tenant: false }, populate: ['passwordHash', 'supplier'] },
  );
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
  if (!user || !ok) {
    await hit(em, accountBucket, SIGN_IN_LIMITS.perAccountFailures);
    throw new DomainError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  await reset(em, accountBucket);
  return startSession(em, user, input.previousToken, client, sessionHours, mfaRequired);
}

/**
 * A new session for a user whose identity was just proven; the previous one (if any) is revoked.
 * With `mfaRequired` (a local password was the proof), agents of the strongest roles get a
 * half-authenticated session until they give their second factor (or enrol).
 */
export async function startSession(
  em: EntityManager,
  user: User,
  previousToken: string | null,
  client: ClientInfo,
  sessionHours: number,
  mfaRequired = false,
): Promise<SignInResult> {
  if (previousToken) await revokeSessionByToken(em, previousToken);
  const secondFactor = mfaRequired && requiresSecondFactor(user.kind, user.roles)
    ? (user.totpEnabledAt ? SecondFactorStep.VERIFY : SecondFactorStep.ENROL)
    : null;
  const { token, session } = await openSession(em, user, client, sessionHours, { mfaPending: secondFactor !== null });
  if (!secondFactor) user.lastSignInAt = new Date();
  await em.flush();
  return { token, viewer: viewerOf(user, session.id), secondFactor };
}
