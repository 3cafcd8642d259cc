import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { newSupplierData } from '../supplier/supplier.service.js';
import { IdentifierType, Supplier } from '../supplier/supplier.entity.js';
import { type HolderRef, holderKey } from './decp-fields.js';

/**
 * Contract holders to suppliers: matched by SIRET, VAT number, or (outside the EU, where we keep no
 * identifier) by legal name; the others become new suppliers "to complete" — named after the file
 * (`denominationSociale`) or, when it gives no name (format 2.x), after their identifier, with no
 * address, department or size until someone completes them.
 */
export const placeholderName = (h: HolderRef) =>
  h.kind === 'SIRET' ? `Titulaire SIRET ${h.siret} (à compléter)` : h.kind === 'VAT' ? `Titulaire TVA ${h.vatNumber} (à compléter)` : `Titulaire hors UE ${h.foreignId} (à compléter)`;

const nameOf = (h: HolderRef) => h.name ?? placeholderName(h);

export class HolderDirectory {
  /** Holder key → supplier id, across chunks. */
  private readonly known = new Map<string, string>();
  created = 0;

  /** Finds the suppliers of these holders not seen yet, in one query. */
  async load(em: EntityManager, holders: readonly HolderRef[]): Promise<void> {
    const wanted = holders.filter((h) => !this.known.has(holderKey(h)));
    if (!wanted.length) return;
    const or: FilterQuery<Supplier>[] = [];
    const sirets = [...new Set(wanted.flatMap((h) => (h.kind === 'SIRET' ? [h.siret] : [])))];
    const vats = [...new Set(wanted.flatMap((h) => (h.kind === 'VAT' ? [h.vatNumber] : [])))];
    const names = [...new Set(wanted.flatMap((h) => (h.kind === 'NONE' ? [nameOf(h)] : [])))];
    if (sirets.length) or.push({ siret: { $in: sirets } });
    if (vats.length) or.push({ vatNumber: { $in: vats } });
    if (names.length) or.push({ identifierType: IdentifierType.NONE, legalName: { $in: names } });
    const found = await em.find(Supplier, { $or: or }, { fields: ['id', 'siret', 'vatNumber', 'legalName', 'identifierType'] });
    for (const s of found) {
      if (s.siret) this.known.set(`SIRET:${s.siret}`, s.id);
      if (s.vatNumber) this.known.set(`VAT:${s.vatNumber}`, s.id);
    }
    for (const h of wanted) {
      if (h.kind !== 'NONE') continue;
      const match = found.find((s) => s.identifierType === IdentifierType.NONE && s.legalName === nameOf(h));
      if (match) this.known.set(holderKey(h), match.id);
    }
  }

  /** The holder's supplier (a reference), created in `em`'s unit of work when unknown. */
  supplierFor(em: EntityManager, h: HolderRef): Supplier {
    const id = this.known.get(holderKey(h));
    if (id) return em.getReference(Supplier, id);
    const supplier = em.create(
      Supplier,
      newSupplierData({ legalName: nameOf(h), siret: h.kind === 'SIRET' ? h.siret : null, vatNumber: h.kind === 'VAT' ? h.vatNumber : null }),
    );
    this.known.set(holderKey(h), supplier.id);
    this.created++;
    return supplier;
  }
}
