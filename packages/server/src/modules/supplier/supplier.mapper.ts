import type { User } from '../identity/user.entity.js';
import { Role } from '../../shared/roles.js';
import type { Supplier } from './supplier.entity.js';
import type { SupplierFields } from './supplier.queries.js';
import { type SupplierNode, type SupplierUserNode, SupplierUserStatus } from './supplier.types.js';

export function toSupplierNode(s: Supplier | SupplierFields): SupplierNode {
  return {
    id: s.id,
    identifierType: s.identifierType,
    siret: s.siret,
    siren: s.siren,
    vatNumber: s.vatNumber,
    legalName: s.legalName,
    address: { line: s.addressLine, postalCode: s.postalCode, city: s.city },
    department: s.department,
    isRegional: s.isRegional,
    sizeCategory: s.sizeCategory,
    sizeYear: s.sizeYear,
    nafCode: s.nafCode,
    contactEmail: s.contactEmail,
  };
}

/** `hasPassword` comes from the query (the hash itself never leaves the service). */
export function toSupplierUserNode(u: User, hasPassword: boolean): SupplierUserNode {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    isOwner: u.roles.includes(Role.SUPPLIER_OWNER),
    status: hasPassword ? SupplierUserStatus.ACTIVE : SupplierUserStatus.INVITED,
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
  };
}
