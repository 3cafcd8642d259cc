import type { EntityManager } from '@mikro-orm/core';
import { badInput, DomainError } from '../../shared/errors.js';
import { AGENT_ROLES, Role } from '../../shared/roles.js';
import type { Supplier } from '../supplier/supplier.entity.js';
import { hashPassword } from './password.js';
import { checkEmail } from './email.rule.js';
import { User, UserKind } from './user.entity.js';

async function assertEmailFree(em: EntityManager, email: string) {
  if (await em.count(User, { email }, { filters: { tenant: false } })) {
    throw new DomainError('CONFLICT', `L'adresse ${email} a déjà un compte sur la plateforme.`);
  }
}

const nameFromEmail = (email: string) => email.split('@')[0]!.replace(/[._-]+/g, ' ');

export async function createAgent(
  em: EntityManager,
  input: { email: string; password: string; roles: Role[]; displayName?: string; direction?: string | null },
): Promise<User> {
  const email = checkEmail(input.email);
  if (input.roles.length === 0 || input.roles.some((r) => !AGENT_ROLES.includes(r))) {
    throw badInput(`Rôles d'agent attendus parmi : ${AGENT_ROLES.join(', ')}`, { field: 'roles' });
  }
  await assertEmailFree(em, email);
  const user = em.create(User, {
    email,
    displayName: input.displayName?.trim() || nameFromEmail(email),
    kind: UserKind.AGENT,
    roles: [...new Set(input.roles)],
    direction: input.direction ?? null,
    passwordHash: await hashPassword(input.password),
  });
  await em.persistAndFlush(user);
  return user;
}

/** A supplier user; without a password they are invited (they choose one through a link). */
export async function createSupplierUser(
  em: EntityManager,
  input: { supplier: Supplier; email: string; password: string | null; owner: boolean; displayName?: string; invitedBy?: User | null },
): Promise<User> {
  const email = checkEmail(input.email);
  await assertEmailFree(em, email);
  const user = em.create(User, {
    email,
    displayName: input.displayName?.trim() || nameFromEmail(email),
    kind: UserKind.SUPPLIER,
    roles: [input.owner ? Role.SUPPLIER_OWNER : Role.SUPPLIER_MEMBER],
    supplier: input.supplier,
    passwordHash: input.password === null ? null : await hashPassword(input.password),
    invitedBy: input.invitedBy ?? null,
  });
  await em.persistAndFlush(user);
  return user;
}
