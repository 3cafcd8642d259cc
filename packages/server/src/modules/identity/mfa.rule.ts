import { Secret, TOTP } from 'otpauth';
import { Role } from '../../shared/roles.js';

/**
 * Second factor (TOTP, RFC 6238): pure rules, no ORM and no clock (callers pass the time).
 * Agents holding one of these roles must give a code after a local password.
 */
/** What a half-authenticated session still has to do. */
export enum SecondFactorStep {
  /** Give a code from the authenticator app (or a recovery code). */
  VERIFY = 'VERIFY',
  /** Not enrolled yet: set up the authenticator app first. */
  ENROL = 'ENROL',
}

export const MFA_ROLES: readonly Role[] = [Role.ADMIN, Role.FINANCE, Role.ETHICS_OFFICER, Role.AUDITOR];

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes from one period before or after are accepted too (clock drift, typing time). */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
export const ISSUER = 'SPASER Région Centre-Val de Loire';

export function requiresSecondFactor(kind: string, roles: readonly Role[]): boolean {
  return kind === 'AGENT' && roles.some((r) => MFA_ROLES.includes(r));
}

export function totpFor(secretBase32: string, label = 'agent'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** Spaces are ignored; only six digits can match. */
export function normalizeTotp(code: string): string | null {
  const digits = code.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Whether `code` is the TOTP of `secret` at `timestampMs`, give or take TOTP_WINDOW periods. */
export function totpMatches(secretBase32: string, code: string, timestampMs: number): boolean {
  const digits = normalizeTotp(code);
  if (!digits) return false;
  return totpFor(secretBase32).validate({ token: digits, timestamp: timestampMs, window: TOTP_WINDOW }) !== null;
}

export function totpAt(secretBase32: string, timestampMs: number): string {
  return totpFor(secretBase32).generate({ timestamp: timestampMs });
}

/** Recovery codes: 10 letters/digits without look-alikes, shown as xxxxx-xxxxx. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function formatRecoveryCode(randomBytes: Uint8Array): string {
  const chars = [...randomBytes.slice(0, 10)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Case, spaces and dashes ignored; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(code: string): string | null {
  const compact = code.toLowerCase().replace(/[\s-]/g, '');
  return compact.length === 10 && [...compact].every((c) => ALPHABET.includes(c)) ? compact : null;
}

export interface StoredRecoveryCode {
  codeHash: string;
  usedAt: Date | null;
}

/** The unused code whose hash matches, or null (a used code never works again). */
export function findUsableRecoveryCode<T extends StoredRecoveryCode>(codes: readonly T[], codeHash: string): T | null {
  return codes.find((c) => c.codeHash === codeHash && c.usedAt === null) ?? null;
}
