import type { Role } from '../../gql/graphql';

/** Limits the server applies too (ApiTokenInput): 1–100 characters, 1–365 days, 90 by default. */
export const MAX_NAME = 100;
export const MAX_DAYS = 365;
export const DEFAULT_DAYS = 90;
export const PAGE_SIZE = 20;

const AGENT_ROLES: readonly Role[] = ['BUYER', 'FINANCE', 'ETHICS_OFFICER', 'SURVEY_MANAGER', 'ADMIN', 'AUDITOR', 'MEDIATOR'];

/** The roles a token may carry: the agent's own, in a fixed order. */
export const grantableRoles = (viewerRoles: readonly Role[]): Role[] => AGENT_ROLES.filter((r) => viewerRoles.includes(r));

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Revoked wins over expired: it is what the agent did. */
export function tokenStatus(token: { revokedAt: string | null; expiresAt: string }, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

export interface TokenForm {
  name: string;
  roles: Role[];
  days: string;
}

export type TokenProblem = 'nameMissing' | 'nameTooLong' | 'rolesMissing' | 'daysInvalid';

/** What the form would send, or the problem of each field. */
export function checkTokenForm(form: TokenForm, grantable: readonly Role[]): { input: { name: string; roles: Role[]; days: number } } | { problems: Partial<Record<'name' | 'roles' | 'days', TokenProblem>> } {
  const problems: Partial<Record<'name' | 'roles' | 'days', TokenProblem>> = {};
  const name = form.name.trim();
  if (!name) problems.name = 'nameMissing';
  else if (name.length > MAX_NAME) problems.name = 'nameTooLong';
  const roles = grantable.filter((r) => form.roles.includes(r));
  if (!roles.length) problems.roles = 'rolesMissing';
  const days = /^\s*\d+\s*$/.test(form.days) ? Number(form.days) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems.days = 'daysInvalid';
  return Object.keys(problems).length ? { problems } : { input: { name, roles, days } };
}

/** A shell-quoted argument ('…'), a quote inside closed and reopened. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** How a script calls the API with the token: POST /graphql, the secret as a Bearer token. */
export function curlExample(origin: string, secret: string): string {
  return [
    'curl',
    `  -H ${quote(`Authorization: Bearer ${secret}`)}`,
    `  -H ${quote('content-type: application/json')}`,
    `  -d ${quote('{"query":"{ viewer { email } }"}')}`,
    `  ${quote(`${origin}/graphql`)}`,
  ].join(' \\\n');
}
