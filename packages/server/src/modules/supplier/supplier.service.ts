import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Role } from '../../shared/roles.js';
import { containsIgnoringCase } from '../../shared/search.js';
import { assertId, badInput, DomainError, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import { User } from '../identity/user.entity.js';
import { departmentFromPostalCode, isRegionalDepartment, isValidDepartment, normalizeDepartment } from './department.js';
import type { SizeCategory } from './size-category.js';
import { checkSiret } from './siret.js';
import { IdentifierType, Supplier } from './supplier.entity.js';
import type { SupplierFilter } from './supplier.types.js';

export interface NewSupplier {
  siret?: string | null;
  vatNumber?: string | null;
  legalName: string;
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
  department?: string | null;
  sizeCategory?: SizeCategory | null;
  sizeYear?: number | null;
  nafCode?: string | null;
  contactEmail?: string | null;
}

/**
 * A new supplier's stored values, checked (pure: throws BAD_USER_INPUT with a French message):
 * the SIRET's Luhn key, the SIREN derived, the department given or taken from the postal code
 * (unknown → null), `isRegional` derived. With neither SIRET nor VAT number: no identifier (outside the EU).
 */
export function newSupplierData(input: NewSupplier) {
  const legalName = input.legalName.trim();
  if (!legalName) throw badInput('La raison sociale est obligatoire.', { field: 'name' });
  let siret: string | null = null;
  let siren: string | null = null;
  let identifierType = IdentifierType.NONE;
  if (input.siret) {
    const check = checkSiret(input.siret);
    if (!check.valid) throw badInput(check.reason, { field: 'siret' });
    ({ siret, siren } = check);
    identifierType = IdentifierType.SIRET;
  } else if (input.vatNumber) {
    identifierType = IdentifierType.VAT;
  }
  const department = input.department
    ? normalizeDepartment(input.department)
    : input.postalCode
      ? departmentFromPostalCode(input.postalCode)
      : null;
  if (department && !isValidDepartment(department)) throw badInput(`Département inconnu : ${input.department}`, { field: 'department' });
  return {
    identifierType,
    siret,
    siren,
    vatNumber: input.vatNumber ?? null,
    legalName,
    addressLine: input.addressLine ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
    department,
    isRegional: isRegionalDepartment(department),
    sizeCategory: input.sizeCategory ?? null,
    sizeYear: input.sizeYear ?? null,
    nafCode: input.nafCode ?? null,
    contactEmail: input.contactEmail?.trim().toLowerCase() ?? null,
  };
}

/** Validates and stores a new supplier (CLI, demo data, later the supplier file import). */
export async function createSupplier(em: EntityManager, input: NewSupplier): Promise<Supplier> {
  const data = newSupplierData(input);
  if (data.siret && (await em.count(Supplier, { siret: data.siret }, { filters: { tenant: false } }))) {
    throw new DomainError('CONFLICT', `Un fournisseur porte déjà le SIRET ${data.siret}.`);
  }
  const supplier = em.create(Supplier, data);
  await em.persistAndFlush(supplier);
  return supplier;
}

/** Through the tenant filter: another supplier's id is simply not found. */
export async function getSupplier(em: EntityManager, id: string): Promise<Supplier> {
  const supplier = await em.findOne(Supplier, { id: assertId(id, 'Fournisseur') });
  if (!supplier) throw notFound('Fournisseur');
  return supplier;
}

export async function supplierBySiret(em: EntityManager, raw: string): Promise<Supplier> {
  const check = checkSiret(raw);
  if (!check.valid) throw badInput(check.reason, { field: 'siret' });
  const supplier = await em.findOne(Supplier, { siret: check.siret });
  if (!supplier) throw notFound(`Fournisseur de SIRET ${check.siret}`);
  return supplier;
}

/** The current users (removed ones excluded) of each supplier, in one query: owners first, then by name. */
export async function usersOfSuppliers(em: EntityManager, supplierIds: readonly string[]): Promise<User[][]> {
  const users = await em.find(
    User,
    { supplier: { $in: [...supplierIds] }, removedAt: null },
    { populate: ['passwordHash'], orderBy: { displayName: 'asc', id: 'asc' } },
  );
  const isOwner = (u: User) => Number(u.roles.includes(Role.SUPPLIER_OWNER));
  users.sort((a, b) => isOwner(b) - isOwner(a));
  return supplierIds.map((id) => users.filter((u) => u.supplier?.id === id));
}

/** The supplier directory for agents, by legal name, with keyset pagination. */
export async function listSuppliers(em: EntityManager, filter: SupplierFilter | undefined, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const where: FilterQuery<Supplier> = {};
  const and: FilterQuery<Supplier>[] = [];
  if (filter?.search) {
    const term = filter.search.trim();
    const digits = term.replace(/\s/g, '');
    and.push(/^\d+$/.test(digits) ? { siret: { $like: `${digits}%` } } : { legalName: containsIgnoringCase(em, term) });
  }
  if (filter?.isRegional != null) and.push({ isRegional: filter.isRegional });
  if (filter?.sizeCategory) and.push({ sizeCategory: filter.sizeCategory });
  const total = await em.count(Supplier, and.length ? { $and: and } : where);
  if (after) {
    const [name, id] = decodeCursor(after, ['string', 'id']) as [string, string];
    and.push({ $or: [{ legalName: { $gt: name } }, { legalName: name, id: { $gt: id } }] });
  }
  const rows = await em.find(Supplier, and.length ? { $and: and } : where, { orderBy: { legalName: 'asc', id: 'asc' }, limit: size + 1 });
  return toConnection(rows, size, total, (s) => [s.legalName, s.id]);
}
