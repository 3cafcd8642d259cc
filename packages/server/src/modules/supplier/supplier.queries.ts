import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Supplier } from './supplier.entity.js';

/** What the API shows of a supplier, read by SQL under the entity's property names (for `toSupplierNode`). */
export type SupplierFields = Pick<
  Supplier,
  'id' | 'identifierType' | 'siret' | 'siren' | 'vatNumber' | 'legalName' | 'addressLine' | 'postalCode' | 'city' | 'department' | 'isRegional' | 'sizeCategory' | 'sizeYear' | 'nafCode' | 'contactEmail'
>;

/** Each field's column. */
export const SUPPLIER_COLUMNS = {
  id: 'id', identifierType: 'identifier_type', siret: 'siret', siren: 'siren', vatNumber: 'vat_number', legalName: 'legal_name', addressLine: 'address_line',
  postalCode: 'postal_code', city: 'city', department: 'department', isRegional: 'is_regional', sizeCategory: 'size_category', sizeYear: 'size_year',
  nafCode: 'naf_code', contactEmail: 'contact_email',
} as const;

/**
 * The signed-in user's own supplier, when the session lookup did not bring it: one plain statement, no entity hydrated
 * (the ORM's find cost about a millisecond of CPU here). The id comes from the session, so it is the
 * viewer's own; the tenant filter is not needed.
 */
export async function ownSupplier(em: EntityManager, supplierId: string): Promise<SupplierFields | null> {
  const row = (await (em as SqlEntityManager).getKnex()('supplier').first(SUPPLIER_COLUMNS).where('id', supplierId)) as Record<string, unknown> | undefined;
  return row ? supplierFieldsFrom(row) : null;
}

/** The fields from a row holding them under `prefix + field name` (booleans and integers as each dialect returns them). */
export function supplierFieldsFrom(row: Record<string, unknown>, prefix = ''): SupplierFields {
  const fields = Object.fromEntries(Object.keys(SUPPLIER_COLUMNS).map((k) => [k, row[prefix + k] ?? null])) as Record<string, unknown>;
  return { ...fields, isRegional: Boolean(fields.isRegional), sizeYear: fields.sizeYear == null ? null : Number(fields.sizeYear) } as SupplierFields;
}
