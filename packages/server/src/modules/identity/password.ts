import { hash, type Options, verify } from '@node-rs/argon2';
import { badInput } from '../../shared/errors.js';

/** argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2ID = 2 as NonNullable<Options['algorithm']>; // Algorithm.Argon2id (a const enum)
export const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Length over composition (ANSSI, CNIL): at least 12 characters, not only one kind of character. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Le mot de passe doit compter au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  if (/^(.)\1*$/.test(password)) return 'Le mot de passe ne peut pas répéter un seul caractère.';
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem, { field: 'password' });
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when the account does not exist, so that an unknown e-mail costs the same time
 * as a wrong password and the answer reveals nothing.
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('not-a-real-password-0', ARGON2_OPTIONS);
  return dummyHash;
}
