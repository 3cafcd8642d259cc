import { AGENT_ROLES, type Role } from '../../shared/roles.js';

/** Tokens live 1 to 365 days (90 by default): a forgotten token dies on its own. */
export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;
/** The visible mark of our tokens: secret scanners and people recognise it. */
export const TOKEN_MARK = 'spaser_';

/** The roles a new token asks for: a subset of the agent's (all of them when none is named), or the problem. */
export function requestedRoles(asked: readonly Role[] | null | undefined, held: readonly Role[]): { roles: Role[] } | { problem: string } {
  const agentRoles = held.filter((r) => AGENT_ROLES.includes(r));
  if (!asked || asked.length === 0) return agentRoles.length ? { roles: [...agentRoles] } : { problem: "Vous n'avez aucun rôle d'agent à confier à un jeton." };
  const beyond = asked.filter((r) => !agentRoles.includes(r));
  if (beyond.length) return { problem: `Un jeton ne peut pas porter un rôle que vous n'avez pas : ${beyond.join(', ')}.` };
  return { roles: [...new Set(asked)] };
}

/** What a token may do when used: its roles that the agent still holds today. */
export const effectiveRoles = (tokenRoles: readonly Role[], heldNow: readonly Role[]): Role[] => tokenRoles.filter((r) => heldNow.includes(r));

export function tokenDaysProblem(days: number): string | null {
  return Number.isInteger(days) && days >= 1 && days <= MAX_TOKEN_DAYS ? null : `Durée de validité : de 1 à ${MAX_TOKEN_DAYS} jours.`;
}

/** A bearer value that could be one of ours (checked before any database lookup). */
export const looksLikeToken = (value: string) => value.startsWith(TOKEN_MARK) && value.length > TOKEN_MARK.length + 20 && value.length < 100;
