import type { EntityManager } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../../shared/errors.js';
import { audit } from '../audit/audit.service.js';
import { decryptSecret, encryptSecret, hashRecoveryCode, mfaKeyBytes } from './mfa.crypto.js';
import {
  findUsableRecoveryCode,
  formatRecoveryCode,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotp,
  otpauthUri,
  RECOVERY_CODE_COUNT,
  SecondFactorStep,
  totpMatches,
} from './mfa.rule.js';
import { current, hit, type Limit, reset } from './rate-limit.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { Session } from './session.entity.js';
import { type ClientInfo, openSession, revokeSession, viewerOf } from './session.service.js';
import type { SignInResult } from './sign-in.service.js';
import { hashSecret } from './tokens.js';
import type { User } from './user.entity.js';

/** Code attempts per account: 5 wrong codes, then 15 minutes of waiting (the password alone is not enough to guess). */
export const MFA_LIMIT: Limit = { max: 5, windowMs: 15 * 60_000 };

const NO_PENDING = 'Aucune connexion en attente de second facteur : reconnectez-vous avec votre mot de passe.';
const WRONG_CODE = 'Code incorrect ou expiré.';
const TOO_MANY = 'Trop de codes incorrects. Réessayez dans quelques minutes.';
const NO_KEY = 'Le second facteur est indisponible : MFA_KEY manque dans la configuration du serveur.';

export interface MfaDeps {
  mfaKey: string | null;
  sessionHours: number;
  client: ClientInfo;
}

function keyOf(deps: MfaDeps): Buffer {
  if (!deps.mfaKey) throw new Error(NO_KEY);
  return mfaKeyBytes(deps.mfaKey);
}

/** The half-authenticated session behind a cookie (not expired, not revoked), with its user, or null. */
export async function pendingSession(em: EntityManager, token: string | null, now = new Date()): Promise<Session | null> {
  if (!token || token.length > 100) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: hashSecret(token), mfaPending: true, revokedAt: null, expiresAt: { $gt: now } },
    { populate: ['user', 'user.totpSecret', 'user.supplier'], filters: { tenant: false } },
  );
  if (!session || session.user.removedAt) return null;
  return session;
}

export const stepOf = (user: User): SecondFactorStep => (user.totpEnabledAt ? SecondFactorStep.VERIFY : SecondFactorStep.ENROL);

async function requirePending(em: EntityManager, token: string | null, step: SecondFactorStep): Promise<Session> {
  const session = await pendingSession(em, token);
  if (!session) throw new DomainError('UNAUTHENTICATED', NO_PENDING);
  if (stepOf(session.user) !== step) {
    throw new DomainError('CONFLICT', step === SecondFactorStep.ENROL ? 'Le second facteur est déjà configuré : saisissez un code.' : "Configurez d'abord votre application d'authentification.");
  }
  return session;
}

async function guard(em: EntityManager, user: User): Promise<string> {
  const bucket = `mfa:account:${user.id}`;
  if ((await current(em, bucket, MFA_LIMIT)) >= MFA_LIMIT.max) throw new DomainError('RATE_LIMITED', TOO_MANY);
  return bucket;
}

/** The pending session ends; a full one starts (new token: a half-authenticated cookie never becomes a full one). */
async function promote(em: EntityManager, session: Session, deps: MfaDeps): Promise<SignInResult> {
  await revokeSession(em, session.id);
  const user = session.user;
  const { token, session: full } = await openSession(em, user, deps.client, deps.sessionHours);
  user.lastSignInAt = new Date();
  await em.flush();
  return { token, viewer: viewerOf(user, full.id), secondFactor: null };
}

/** Enrolment, step 1: a new secret (replacing an unconfirmed one), shown once to the agent. */
export async function startTotpEnrolment(em: EntityManager, token: string | null, deps: MfaDeps): Promise<{ secret: string; uri: string }> {
  const session = await requirePending(em, token, SecondFactorStep.ENROL);
  const secret = newTotpSecret();
  session.user.totpSecret = encryptSecret(keyOf(deps), secret);
  await em.flush();
  return { secret, uri: otpauthUri(secret, session.user.email) };
}

/** Enrolment, step 2: the first code proves the app works; 10 recovery codes are made (shown once). */
export async function confirmTotpEnrolment(
  em: EntityManager,
  token: string | null,
  code: string,
  deps: MfaDeps,
  now = Date.now(),
): Promise<SignInResult & { recoveryCodes: string[] }> {
  const session = await requirePending(em, token, SecondFactorStep.ENROL);
  const user = session.user;
  if (!user.totpSecret) throw new DomainError('CONFLICT', "Commencez par afficher la clé de votre application d'authentification.");
  const bucket = await guard(em, user);
  const key = keyOf(deps);
  if (!totpMatches(decryptSecret(key, user.totpSecret), code, now)) {
    await hit(em, bucket, MFA_LIMIT);
    throw new DomainError('BAD_USER_INPUT', WRONG_CODE, { field: 'code' });
  }
  await reset(em, bucket);
  return em.transactional(async (tx) => {
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(randomBytes(10)));
    await tx.nativeDelete(RecoveryCode, { user: user.id });
    for (const c of recoveryCodes) tx.persist(tx.create(RecoveryCode, { user, codeHash: hashRecoveryCode(key, normalizeRecoveryCode(c)!) }));
    user.totpEnabledAt = new Date(now);
    await tx.flush();
    await audit(tx, { actor: user.id, action: 'mfa.enrolled', entityType: 'user_account', entityId: user.id, after: { recoveryCodes: RECOVERY_CODE_COUNT } });
    return { ...(await promote(tx, session, deps)), recoveryCodes };
  });
}

/** The second factor: a TOTP code (6 digits) or one unused recovery code. */
export async function verifySecondFactor(em: EntityManager, token: string | null, code: string, deps: MfaDeps, now = Date.now()): Promise<SignInResult & { recoveryCodesLeft: number | null }> {
  const session = await requirePending(em, token, SecondFactorStep.VERIFY);
  const user = session.user;
  const bucket = await guard(em, user);
  const key = keyOf(deps);
  const fail = async () => {
    await hit(em, bucket, MFA_LIMIT);
    return new DomainError('BAD_USER_INPUT', WRONG_CODE, { field: 'code' });
  };
  if (normalizeTotp(code)) {
    if (!user.totpSecret || !totpMatches(decryptSecret(key, user.totpSecret), code, now)) throw await fail();
    await reset(em, bucket);
    return { ...(await promote(em, session, deps)), recoveryCodesLeft: null };
  }
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) throw await fail();
  const codes = await em.find(RecoveryCode, { user: user.id }, { filters: { tenant: false } });
  const usable = findUsableRecoveryCode(codes, hashRecoveryCode(key, normalized));
  if (!usable) throw await fail();
  await reset(em, bucket);
  return em.transactional(async (tx) => {
    // Spent atomically: of two simultaneous uses, only one updates the row.
    const spent = await tx.nativeUpdate(RecoveryCode, { id: usable.id, usedAt: null }, { usedAt: new Date(now) });
    if (spent !== 1) throw new DomainError('BAD_USER_INPUT', WRONG_CODE, { field: 'code' });
    const left = codes.filter((c) => c.usedAt === null).length - 1;
    await audit(tx, { actor: user.id, action: 'mfa.recovery_code_used', entityType: 'user_account', entityId: user.id, after: { recoveryCodesLeft: left } });
    return { ...(await promote(tx, session, deps)), recoveryCodesLeft: left };
  });
}

/** For the demo and tests: an agent enrolled with a known secret (no recovery codes). */
export async function enrolWithSecret(em: EntityManager, user: User, secretBase32: string, mfaKey: string, now = new Date()): Promise<void> {
  user.totpSecret = encryptSecret(mfaKeyBytes(mfaKey), secretBase32);
  user.totpEnabledAt = now;
  await em.flush();
}
