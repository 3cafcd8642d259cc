import type { EntityManager } from '@mikro-orm/core';
import { User } from '../modules/identity/user.entity.js';
import { createAgent, createSupplierUser } from '../modules/identity/user.service.js';
import { withLuhnCheckDigit } from '../modules/supplier/siret.js';
import { type NewSupplier, createSupplier } from '../modules/supplier/supplier.service.js';
import type { Supplier } from '../modules/supplier/supplier.entity.js';
import { Role } from '../shared/roles.js';
import { internalScope } from '../shared/tenant.js';

export const PASSWORD = 'Correct-Horse-42';
let sequence = 0;
const next = () => ++sequence;

/** A valid, unique SIRET: a Luhn-valid SIREN, establishment 0001, then the check digit. */
export function uniqueSiret(): string {
  const base = String(10_000_000 + ((next() * 7919 + Math.floor(Math.random() * 1e6)) % 89_999_999));
  return withLuhnCheckDigit(`${withLuhnCheckDigit(base)}0001`);
}

export async function buildSupplier(em: EntityManager, overrides: Partial<NewSupplier> = {}): Promise<Supplier> {
  const n = next();
  return createSupplier(internalScope(em.fork()), {
    siret: uniqueSiret(),
    legalName: `Fournisseur ${n}`,
    postalCode: '45000',
    city: 'Orléans',
    contactEmail: `contact${n}@fournisseur.example`,
    ...overrides,
  });
}

export async function buildSupplierUser(
  em: EntityManager,
  supplier: Supplier,
  options: { owner?: boolean; password?: string | null; email?: string } = {},
): Promise<User> {
  const n = next();
  const fork = internalScope(em.fork());
  return createSupplierUser(fork, {
    supplier: fork.getReference(supplier.constructor as typeof Supplier, supplier.id),
    email: options.email ?? `user${n}-${Date.now()}@fournisseur.example`,
    password: options.password === undefined ? PASSWORD : options.password,
    owner: options.owner ?? false,
    displayName: `Utilisateur ${n}`,
  });
}

export async function buildAgent(em: EntityManager, roles: Role[] = [Role.BUYER], email?: string): Promise<User> {
  const n = next();
  return createAgent(internalScope(em.fork()), { email: email ?? `agent${n}-${Date.now()}@region.example`, password: PASSWORD, roles });
}

/** Two suppliers with an owner and a member each: the setting of every isolation test. */
export async function buildTwoTenants(em: EntityManager) {
  const a = await buildSupplier(em, { legalName: 'Alpha Bois' });
  const b = await buildSupplier(em, { legalName: 'Beta Transports', postalCode: '75001', city: 'Paris' });
  return {
    a,
    b,
    aOwner: await buildSupplierUser(em, a, { owner: true }),
    aMember: await buildSupplierUser(em, a),
    bOwner: await buildSupplierUser(em, b, { owner: true }),
    bMember: await buildSupplierUser(em, b),
  };
}

export { User };
