/**
 * DECP field rules (pure): how one value of the national open data of public procurement becomes
 * ours — dates, durations, amounts, clause indicators, holder identifiers. A value that cannot be
 * read rejects its whole record: `RecordRejected` carries the French reason shown to the user.
 */
import { isLocalDate, type LocalDate } from '../../shared/calendar.js';
import { roundedEuroCents } from '../../shared/money.js';
import { checkSiret, normalizeIdentifier } from '../supplier/siret.js';
import { ClauseFlag } from './contract.entity.js';

export class RecordRejected extends Error {}

export const reject = (reason: string): never => {
  throw new RecordRejected(reason);
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The items of a DECP list, whatever its shape: `[a, b]`, `[{ key: a }, { key: b }]`, `{ key: [a, b] }`
 * or `{ key: a }` (files converted from the XML format wrap each item in its element's name).
 */
export function listOf(value: unknown, key: string, depth = 0): unknown[] {
  if (value === null || value === undefined) return [];
  // No real file wraps this deep: the value is left as it is (and rejected as unreadable), not recursed into.
  if (depth > MAX_JSON_DEPTH) return [value];
  if (Array.isArray(value)) return value.flatMap((v) => (isObject(v) && key in v ? listOf(v[key], key, depth + 1) : [v]));
  if (isObject(value) && key in value) return listOf(value[key], key, depth + 1);
  return [value];
}

/**
 * What a database can hold of a JSON string: no NUL (PostgreSQL refuses it) and no half of a
 * surrogate pair (stored as U+FFFD, so the next import would see a change that is not one).
 */
const storable = (s: string) => s.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A text value, trimmed; numbers are written as they are; anything else is absent. */
export function text(value: unknown, max?: number): string | null {
  const s = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (!s) return null;
  return storable(max ? s.slice(0, max) : s) || null;
}

/** Beyond this nesting a value kept as given (subcontracting acts) is garbage, not data. */
export const MAX_JSON_DEPTH = 32;

/** A JSON value kept as given, made storable (see `storable`); too deep a nesting rejects the record. */
export function storableJson(value: unknown, label: string, depth = 0): unknown {
  if (depth > MAX_JSON_DEPTH) return reject(`${label} : imbrication trop profonde (${MAX_JSON_DEPTH} niveaux au plus)`);
  if (typeof value === 'string') return storable(value);
  if (Array.isArray(value)) return value.map((v) => storableJson(v, label, depth + 1));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k), storableJson(v, label, depth + 1)]));
  return value;
}

/** `2019-04-25`, `2019-04-25+02:00`, `2019-04-25Z`, `2019-04-25T10:00:00+02:00` → `2019-04-25` (the day as written, offset ignored). */
export function decpDate(value: unknown, label: string): LocalDate | null {
  if (value === null || value === undefined || value === '') return null;
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim()) : null;
  if (!m || !isLocalDate(m[1]!)) return reject(`${label} invalide : « ${String(value)} »`);
  return m[1]!;
}

/** A whole number of months (a number or its text), 0 to 1 200. */
export function months(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 1200) return reject(`durée en mois invalide : « ${String(value)} »`);
  return n;
}

/** Euros (excl. tax) to integer cents, rounded to the nearest cent (4.35 → 435), never negative. */
export function amountCents(value: unknown, label = 'montant'): number | null {
  if (value === null || value === undefined || value === '') return null;
  const cents = typeof value === 'number' || typeof value === 'string' ? roundedEuroCents(value) : null;
  if (cents === null) return reject(`${label} invalide : « ${String(value)} »`);
  if (cents < 0n) return reject(`${label} négatif : ${String(value)}`);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return reject(`${label} hors limites : ${String(value)}`);
  return Number(cents);
}

/** Lower case, no accents, one space between words, straight apostrophes: how labels are compared. */
export const folded = (s: string) =>
  s.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

const SOCIAL = { yes: ['clause sociale', 'critere social', 'marche reserve'], no: ['pas de consideration sociale'] };
const ENVIRONMENTAL = { yes: ['clause environnementale', 'critere environnemental'], no: ['pas de consideration environnementale'] };

/** SPEC §5b: a listed clause or criterion → YES; only "Pas de considération …" → NO; nothing (format 1.5) → UNKNOWN. */
export function clauseFlag(values: readonly unknown[], kind: 'social' | 'environmental'): ClauseFlag {
  const labels = kind === 'social' ? SOCIAL : ENVIRONMENTAL;
  const given = values.filter((v): v is string => typeof v === 'string').map(folded);
  if (given.some((v) => labels.yes.includes(v))) return ClauseFlag.YES;
  if (given.some((v) => labels.no.includes(v))) return ClauseFlag.NO;
  return ClauseFlag.UNKNOWN;
}

/** A holder as we can store it: a French establishment (SIRET), an EU company (VAT number), or one from outside the EU. */
export type HolderRef =
  | { kind: 'SIRET'; siret: string; name: string | null }
  | { kind: 'VAT'; vatNumber: string; name: string | null }
  | { kind: 'NONE'; foreignId: string; name: string | null };

export const holderKey = (h: HolderRef) => (h.kind === 'SIRET' ? `SIRET:${h.siret}` : h.kind === 'VAT' ? `VAT:${h.vatNumber}` : `NONE:${h.foreignId}`);

const VAT = /^[A-Z]{2}[0-9A-Z+*]{2,13}$/;
/** Identifier types of the DECP schema that the supplier file cannot hold (no column for them yet). */
const UNSUPPORTED = ['TAHITI', 'RIDET', 'FRWF', 'IREP'];

/**
 * `{ typeIdentifiant, id, denominationSociale? }` → a holder, or the record is rejected: a SIRET must
 * have 14 digits and pass Luhn (the supplier module's rule, La Poste's exception included); a VAT
 * number (`TVA`, or `UE` in format 1.5) two letters and 2 to 13 characters; `HORS-UE` is kept as given.
 */
export function holderRef(raw: unknown): HolderRef {
  if (!isObject(raw)) return reject('titulaire illisible');
  const id = text(raw.id);
  const name = text(raw.denominationSociale, 255) ?? text(raw.nom, 255);
  if (!id) return reject(`titulaire sans identifiant${name ? ` (${name})` : ''}`);
  const declared = text(raw.typeIdentifiant)?.toUpperCase().replace(/[\s_]/g, '-') ?? null;
  const type = declared ?? (/^[A-Za-z]{2}/.test(id) ? 'TVA' : 'SIRET');
  if (type === 'SIRET') {
    const check = checkSiret(id);
    if (!check.valid) return reject(`titulaire : ${check.reason}`);
    return { kind: 'SIRET', siret: check.siret, name };
  }
  if (type === 'TVA' || type === 'UE') {
    const vatNumber = normalizeIdentifier(id).toUpperCase();
    if (!VAT.test(vatNumber)) return reject(`titulaire : numéro de TVA intracommunautaire « ${id} » invalide`);
    return { kind: 'VAT', vatNumber, name };
  }
  if (type === 'HORS-UE' || type === 'HORSUE') return { kind: 'NONE', foreignId: id.slice(0, 60), name };
  if (UNSUPPORTED.includes(type)) {
    return reject(`titulaire « ${id} » : identifiant ${type} non pris en charge (la fiche fournisseur connaît le SIRET, la TVA intracommunautaire et les entreprises hors UE)`);
  }
  return reject(`titulaire « ${id} » : type d'identifiant inconnu « ${declared} »`);
}
