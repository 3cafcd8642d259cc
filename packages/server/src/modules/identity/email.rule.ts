import { badInput } from '../../shared/errors.js';

/**
 * E-mail addresses as the platform keeps them (pure: no ORM), shared by sign-in, accounts,
 * access requests and supplier imports.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The normalised address, or a BAD_USER_INPUT on the `email` field. */
export function checkEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (email.length > 254 || !EMAIL.test(email)) throw badInput(`Adresse e-mail invalide : ${raw}`, { field: 'email' });
  return email;
}
