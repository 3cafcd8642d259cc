import { normalizeHeader } from '../invoice/invoice-row.js';
import { checkEmail } from '../identity/email.rule.js';
import { DomainError } from '../../shared/errors.js';
import { normalizeIdentifier } from '../supplier/siret.js';
import { parseSizeCategory, type SizeCategory } from '../supplier/size-category.js';
import { type NewSupplier, newSupplierData } from '../supplier/supplier.service.js';

/**
 * One line of the finance system's supplier file (SPEC §5d), checked by the supplier module's own
 * rules (`newSupplierData`: SIRET Luhn, department, derived region; `checkEmail`; `parseSizeCategory`).
 * Pure: no ORM, no clock. Returns the supplier's stored values or a French reason.
 */
export { normalizeHeader };

export const REQUIRED_COLUMNS = ['identifiant', 'raison_sociale'] as const;
export const KNOWN_COLUMNS = [
  'identifiant', 'type_identifiant', 'raison_sociale', 'adresse', 'code_postal', 'ville', 'departement', 'categorie', 'annee_categorie', 'email_contact',
] as const;

export const missingColumns = (headers: readonly string[]) => REQUIRED_COLUMNS.filter((c) => !headers.includes(c));

export type SupplierData = ReturnType<typeof newSupplierData>;
export type IdentifierKind = 'SIRET' | 'TVA' | 'HORS_UE';

export interface SupplierRow {
  line: number;
  kind: IdentifierKind;
  /** The key the import is idempotent on: `SIRET:…`, `TVA:…`, or `HORS_UE:<legal name>` (no identifier stored outside the EU). */
  key: string;
  data: SupplierData;
}

export type RowResult = { ok: true; row: SupplierRow } | { ok: false; line: number; reason: string };

/** `TVA`, `tva intracommunautaire`, `hors-UE`, `HORS_UE`, `SIRET`… (blank: SIRET). */
export function parseIdentifierKind(raw: string): IdentifierKind | null {
  const v = normalizeHeader(raw).replace(/_/g, '');
  if (v === '' || v === 'siret') return 'SIRET';
  if (v === 'tva' || v === 'vat' || v.startsWith('tvaintra') || v === 'numerotva') return 'TVA';
  if (v === 'horsue' || v === 'none' || v === 'etranger') return 'HORS_UE';
  return null;
}

/** Intra-EU VAT number: a country prefix (EL for Greece) and 8 to 12 letters or digits; spaces and dots removed. */
export function checkVatNumber(raw: string): { valid: true; vatNumber: string } | { valid: false; reason: string } {
  const vatNumber = normalizeIdentifier(raw).toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z+*]{8,12}$/.test(vatNumber)) return { valid: false, reason: `numéro de TVA intracommunautaire « ${raw} » invalide (ex. : DE123456789)` };
  return { valid: true, vatNumber };
}

/** `45000 Orléans` in the postal-code column is split; otherwise the `ville` column gives the city. */
function postalCodeAndCity(code: string, city: string): { postalCode: string | null; city: string | null } {
  const m = /^(\d{5})\s+(.+)$/.exec(code);
  if (m) return { postalCode: m[1]!, city: city || m[2]!.trim() };
  return { postalCode: code || null, city: city || null };
}

export function parseSupplierRow(line: number, values: Record<string, string>): RowResult {
  const v = (name: string) => (values[name] ?? '').trim();
  const reject = (reason: string): RowResult => ({ ok: false, line, reason });
  const kind = parseIdentifierKind(v('type_identifiant'));
  if (!kind) return reject(`type d'identifiant inconnu « ${v('type_identifiant')} » (SIRET, TVA ou HORS_UE attendu)`);
  const identifier = v('identifiant');
  const legalName = v('raison_sociale');
  if (!legalName) return reject('raison sociale manquante');
  if (legalName.length > 255) return reject('raison sociale trop longue (255 caractères au plus)');

  const input: NewSupplier = { legalName };
  if (kind === 'SIRET') {
    if (!identifier) return reject('identifiant (SIRET) manquant');
    input.siret = identifier;
  } else if (kind === 'TVA') {
    if (!identifier) return reject('identifiant (numéro de TVA) manquant');
    const vat = checkVatNumber(identifier);
    if (!vat.valid) return reject(vat.reason);
    input.vatNumber = vat.vatNumber;
  }

  const { postalCode, city } = postalCodeAndCity(v('code_postal'), v('ville'));
  if (postalCode && kind === 'SIRET' && !/^\d{5}$/.test(postalCode)) return reject(`code postal « ${postalCode} » invalide (5 chiffres attendus)`);
  if (postalCode && postalCode.length > 10) return reject(`code postal « ${postalCode} » trop long`);
  if (city && city.length > 120) return reject('ville trop longue (120 caractères au plus)');
  const address = v('adresse');
  if (address.length > 255) return reject('adresse trop longue (255 caractères au plus)');
  input.addressLine = address || null;
  input.postalCode = postalCode;
  input.city = city;
  // Outside France the postal code says nothing about a département.
  input.department = v('departement') || null;

  let sizeCategory: SizeCategory | null = null;
  if (v('categorie')) {
    sizeCategory = parseSizeCategory(v('categorie'));
    if (!sizeCategory) return reject(`catégorie d'entreprise inconnue « ${v('categorie')} » (TPE, PME, ETI ou GE attendu)`);
  }
  let sizeYear: number | null = null;
  if (v('annee_categorie')) {
    sizeYear = Number(v('annee_categorie'));
    if (!/^\d{4}$/.test(v('annee_categorie')) || sizeYear < 1900 || sizeYear > 2100) return reject(`année de catégorie « ${v('annee_categorie')} » invalide (ex. : 2024)`);
    if (!sizeCategory) return reject('année de catégorie sans catégorie');
  } else if (sizeCategory) {
    return reject(`année de la catégorie ${v('categorie')} manquante (annee_categorie)`);
  }
  input.sizeCategory = sizeCategory;
  input.sizeYear = sizeYear;

  let contactEmail: string | null = null;
  if (v('email_contact')) {
    try {
      contactEmail = checkEmail(v('email_contact'));
    } catch {
      return reject(`adresse e-mail de contact invalide « ${v('email_contact')} »`);
    }
  }
  input.contactEmail = contactEmail;

  let data: SupplierData;
  try {
    data = newSupplierData(input);
    if (kind !== 'SIRET' && !v('departement')) data = { ...data, department: null, isRegional: false };
  } catch (error) {
    if (error instanceof DomainError) return reject(lowerFirst(error.message.replace(/\.$/, '')));
    throw error;
  }
  const key = kind === 'SIRET' ? `SIRET:${data.siret}` : kind === 'TVA' ? `TVA:${data.vatNumber}` : `HORS_UE:${data.legalName}`;
  return { ok: true, row: { line, kind, key, data } };
}

const lowerFirst = (s: string) => (/^[A-Z][a-zé]/.test(s) && !s.startsWith('SIRET') ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The stored properties an import line sets; a blank optional cell keeps what is known. */
export const UPDATABLE = ['legalName', 'addressLine', 'postalCode', 'city', 'department', 'isRegional', 'sizeCategory', 'sizeYear', 'contactEmail'] as const;

/** What a line would change on a known supplier (its identifier never changes). */
export function changesFor(current: Record<(typeof UPDATABLE)[number], unknown>, data: SupplierData): Partial<SupplierData> {
  const out: Partial<SupplierData> = {};
  for (const k of UPDATABLE) {
    const next = data[k];
    if (next === null || next === undefined) continue;
    if (k === 'isRegional' && data.department === null) continue;
    if ((current[k] ?? null) !== next) (out as Record<string, unknown>)[k] = next;
  }
  return out;
}
