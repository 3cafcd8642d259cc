import { createHmac, timingSafeEqual } from 'node:crypto';
import { AGENT_ROLES, type Role } from '../../shared/roles.js';

/**
 * Agent single sign-on (OpenID Connect): pure rules, no network and no clock (callers pass the time).
 */

/** OIDC_ROLE_MAP: `group=ROLE,group=ROLE` (a group may map to several roles, a role from several groups). */
export function parseRoleMap(text: string): Map<string, Role[]> {
  const map = new Map<string, Role[]>();
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const i = pair.lastIndexOf('=');
    const group = pair.slice(0, i).trim();
    const role = pair.slice(i + 1).trim().toUpperCase() as Role;
    if (i <= 0 || !group) throw new Error(`OIDC_ROLE_MAP: "${pair}" is not group=ROLE`);
    if (!AGENT_ROLES.includes(role)) throw new Error(`OIDC_ROLE_MAP: ${role} is not an agent role (${AGENT_ROLES.join(', ')})`);
    map.set(group, [...new Set([...(map.get(group) ?? []), role])]);
  }
  return map;
}

/** The roles claim may be an array of strings or one string (space- or comma-separated). */
export function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** The agent roles the provider's groups give, sorted; empty when none is mapped (sign-in refused). */
export function mapRoles(claim: unknown, roleMap: ReadonlyMap<string, readonly Role[]>): Role[] {
  const roles = new Set<Role>();
  for (const group of claimValues(claim)) for (const role of roleMap.get(group) ?? []) roles.add(role);
  return [...roles].sort();
}

/** What the sign-in flow keeps between /auth/oidc/start and the callback (in a signed, short-lived cookie). */
export interface OidcState {
  state: string;
  nonce: string;
  verifier: string;
  /** Epoch milliseconds after which the flow is refused. */
  expiresAt: number;
}

export const OIDC_FLOW_MINUTES = 10;

export function sealState(key: Buffer, value: OidcState): string {
  const body = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

/** The flow state, or null when the cookie is missing, forged or expired. */
export function openState(key: Buffer, sealed: string | undefined, now: number): OidcState | null {
  if (!sealed) return null;
  const [body, mac] = sealed.split('.');
  if (!body || !mac) return null;
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OidcState;
    if (typeof value.state !== 'string' || typeof value.nonce !== 'string' || typeof value.verifier !== 'string') return null;
    return value.expiresAt > now ? value : null;
  } catch {
    return null;
  }
}

/** Why a sign-in was refused: the sign-in page shows a French (or English) message for each. */
export type OidcRefusal = 'no-role' | 'supplier' | 'removed' | 'no-email' | 'failed';
