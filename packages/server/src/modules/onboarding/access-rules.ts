import { badInput } from '../../shared/errors.js';
import { checkEmail } from '../identity/email.rule.js';
import type { Limit } from '../identity/rate-limit.js';
import { checkSiret } from '../supplier/siret.js';

/** Pure rules of the public access request: what a valid request is, and how often one may be sent. */
export const ACCESS_REQUEST_LIMITS = {
  /** Per client address: a person asks once or twice, not in bulk. */
  perAddress: { max: 5, windowMs: 60 * 60_000 },
  /** Per e-mail address, whatever the client address. */
  perEmail: { max: 3, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, Limit>;

export interface AccessRequestInput {
  name: string;
  email: string;
  siret: string;
  roleInCompany: string;
  message?: string | null;
}

export const MAX_MESSAGE = 2000;

/** Throws BAD_USER_INPUT (French, with the field) or returns the values to store. */
export function checkAccessRequest(input: AccessRequestInput) {
  const requesterName = input.name.trim();
  if (!requesterName) throw badInput('Indiquez votre nom.', { field: 'name' });
  if (requesterName.length > 120) throw badInput('Nom trop long (120 caractères au plus).', { field: 'name' });
  const email = checkEmail(input.email);
  const siret = checkSiret(input.siret);
  if (!siret.valid) throw badInput(`${siret.reason}.`, { field: 'siret' });
  const roleInCompany = input.roleInCompany.trim();
  if (!roleInCompany) throw badInput("Indiquez votre fonction dans l'entreprise.", { field: 'roleInCompany' });
  if (roleInCompany.length > 120) throw badInput('Fonction trop longue (120 caractères au plus).', { field: 'roleInCompany' });
  const message = input.message?.trim() || null;
  if (message && message.length > MAX_MESSAGE) throw badInput(`Message trop long (${MAX_MESSAGE} caractères au plus).`, { field: 'message' });
  return { requesterName, email, siret: siret.siret, roleInCompany, message };
}

export function checkRefusalReason(raw: string): string {
  const reason = raw.trim();
  if (!reason) throw badInput('Indiquez le motif du refus : il est envoyé au demandeur.', { field: 'reason' });
  if (reason.length > MAX_MESSAGE) throw badInput(`Motif trop long (${MAX_MESSAGE} caractères au plus).`, { field: 'reason' });
  return reason;
}
