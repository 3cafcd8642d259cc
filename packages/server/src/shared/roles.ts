import { registerEnumType } from 'type-graphql';

/** SPEC §2. Supplier users hold exactly one of the first two; agents hold one or several of the others. */
export enum Role {
  SUPPLIER_OWNER = 'SUPPLIER_OWNER',
  SUPPLIER_MEMBER = 'SUPPLIER_MEMBER',
  BUYER = 'BUYER',
  FINANCE = 'FINANCE',
  ETHICS_OFFICER = 'ETHICS_OFFICER',
  SURVEY_MANAGER = 'SURVEY_MANAGER',
  ADMIN = 'ADMIN',
  AUDITOR = 'AUDITOR',
  MEDIATOR = 'MEDIATOR',
}

export const SUPPLIER_ROLES: readonly Role[] = [Role.SUPPLIER_OWNER, Role.SUPPLIER_MEMBER];
export const AGENT_ROLES: readonly Role[] = Object.values(Role).filter((r) => !SUPPLIER_ROLES.includes(r));
/** Every agent role: internal reads open to any agent (the directory of suppliers, for instance). */
export const ANY_AGENT = AGENT_ROLES;

export function parseAgentRoles(text: string): Role[] | null {
  const roles = text
    .split(',')
    .map((r) => r.trim().toUpperCase())
    .filter(Boolean);
  if (roles.length === 0 || roles.some((r) => !AGENT_ROLES.includes(r as Role))) return null;
  return [...new Set(roles)] as Role[];
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do (SPEC §2). Supplier users hold one supplier role; agents one or more agent roles.',
  valuesConfig: {
    SUPPLIER_OWNER: { description: "Manages the supplier's account: invites and removes its users." },
    SUPPLIER_MEMBER: { description: "An employee of a supplier: sees only that supplier's records." },
    BUYER: { description: 'Procurement agent: suppliers, contracts, consultations, meetings.' },
    FINANCE: { description: 'Accounts payable: invoices and payment events.' },
    ETHICS_OFFICER: { description: 'The ethics referent (déontologue): declarations, charter, thresholds.' },
    SURVEY_MANAGER: { description: 'The survey team: campaigns and aggregated results.' },
    ADMIN: { description: 'Platform administrator: agents, roles, reference data.' },
    AUDITOR: { description: 'Internal audit: reads everything, changes nothing.' },
    MEDIATOR: { description: "The Region's mediator for suppliers (RFAR label): answers and settles suppliers' disputes." },
  },
});
