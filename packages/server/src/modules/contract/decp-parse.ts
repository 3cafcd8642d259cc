/**
 * DECP files to contract records (pure: no ORM, no clock). Accepts the shapes real files have
 * (SPEC §5b): `marches` as an array or as an object holding `marche[]`; holders, considerations and
 * modifications nested (`titulaires[].titulaire`, `considerationsSociales.considerationSociale`,
 * `modifications[].modification`) or flat; format 1.5's `denominationSociale` and `modifications[]`
 * (applied in the order of `dateNotificationModification`: the latest gives the current amount,
 * duration and holders); dates with an offset. Every record is either a contract, rejected whole
 * (with its id, or its position when it has none, and the reason), or skipped (concessions).
 */
import { addMonths, type LocalDate } from '../../shared/calendar.js';
import { canonicalJson } from '../audit/audit-chain.js';
import { normalizeIdentifier } from '../supplier/siret.js';
import type { ClauseFlag } from './contract.entity.js';
import {
  amountCents, clauseFlag, decpDate, folded, type HolderRef, holderKey, holderRef, isObject, listOf, months, RecordRejected, reject, storableJson, text,
} from './decp-fields.js';

export interface ContractRecord {
  /** 1-based position in the file. */
  position: number;
  buyerId: string;
  buyerName: string | null;
  reference: string;
  title: string;
  nature: string | null;
  procedure: string | null;
  cpvCode: string | null;
  notifiedOn: LocalDate | null;
  /** Current duration (after modifications). */
  durationMonths: number | null;
  /** = notification date. */
  startOn: LocalDate | null;
  /** = start + duration in months; null when either is unknown. */
  endOn: LocalDate | null;
  /** Current amount excl. tax (after modifications), integer cents. */
  amountCents: number | null;
  /** The amount notified, before any modification. */
  initialAmountCents: number | null;
  /** Notification date of the latest modification applied. */
  modifiedOn: LocalDate | null;
  isWorks: boolean;
  socialClause: ClauseFlag;
  environmentalClause: ClauseFlag;
  /** Current holders (after modifications), each once. */
  holders: HolderRef[];
  /** Subcontracting acts and their modifications, as given (neither validated nor turned into suppliers). */
  subcontracting: Record<string, unknown> | null;
}

export type ParsedItem =
  | { kind: 'contract'; record: ContractRecord }
  | { kind: 'rejected'; record: string; reason: string }
  | { kind: 'skipped'; record: string; reason: string };

export interface ParsedFile {
  items: ParsedItem[];
  /** Set when the file is not a DECP file at all. */
  problem: string | null;
}

export const REFERENCE_MAX = 60;
export const BUYER_ID_MAX = 20;

/** Where a record stands in the file when it has no id: `#3` is the third. */
export const positionLabel = (position: number) => `#${position}`;

export function parseDecp(json: unknown): ParsedFile {
  const root = Array.isArray(json) ? json : isObject(json) ? json.marches : undefined;
  if (root === undefined) return { items: [], problem: 'aucune liste « marches » dans le fichier : est-ce un fichier DECP ?' };
  const contracts = listOf(root, 'marche');
  // Format 2.x files put concessions beside the contracts; they are not contracts of ours.
  const concessions = isObject(root) ? listOf(root['contrat-concession'] ?? root.contratConcession, 'contrat-concession') : [];
  const items = contracts.map((raw, i) => parseRecord(raw, i + 1));
  const offset = contracts.length;
  for (let i = 0; i < concessions.length; i++) {
    const id = isObject(concessions[i]) ? text((concessions[i] as Record<string, unknown>).id) : null;
    items.push({ kind: 'skipped', record: id ?? positionLabel(offset + i + 1), reason: 'contrat de concession' });
  }
  return { items, problem: null };
}

function parseRecord(raw: unknown, position: number): ParsedItem {
  const id = isObject(raw) ? text(raw.id) : null;
  const label = id ?? positionLabel(position);
  try {
    if (!isObject(raw)) return reject('enregistrement illisible (un objet est attendu)');
    const type = text(raw._type);
    if ((type && folded(type).startsWith('contrat de concession')) || ('autoriteConcedante' in raw && !('acheteur' in raw))) {
      return { kind: 'skipped', record: label, reason: 'contrat de concession' };
    }
    return { kind: 'contract', record: contractRecord(raw, position) };
  } catch (error) {
    if (error instanceof RecordRejected) return { kind: 'rejected', record: label, reason: error.message };
    throw error;
  }
}

interface Modification {
  on: LocalDate | null;
  position: number;
  amountCents: number | null;
  durationMonths: number | null;
  holders: HolderRef[];
}

function contractRecord(raw: Record<string, unknown>, position: number): ContractRecord {
  const reference = text(raw.id) ?? reject('identifiant du marché (id) manquant');
  if (reference.length > REFERENCE_MAX) reject(`identifiant du marché trop long (${REFERENCE_MAX} caractères au plus)`);
  const buyer = isObject(raw.acheteur) ? raw.acheteur : {};
  const buyerId = normalizeIdentifier(text(buyer.id) ?? reject("identifiant de l'acheteur (acheteur.id) manquant"));
  if (buyerId.length > BUYER_ID_MAX) reject(`identifiant de l'acheteur trop long (${BUYER_ID_MAX} caractères au plus)`);
  const title = text(raw.objet, 1000) ?? reject('objet du marché manquant');

  const notifiedOn = decpDate(raw.dateNotification, 'date de notification');
  const initialAmountCents = amountCents(raw.montant);
  let amount = initialAmountCents;
  let durationMonths = months(raw.dureeMois);
  let holders = holdersOf(raw.titulaires);
  let modifiedOn: LocalDate | null = null;
  for (const m of modificationsOf(raw.modifications)) {
    if (m.amountCents !== null) amount = m.amountCents;
    if (m.durationMonths !== null) durationMonths = m.durationMonths;
    if (m.holders.length) holders = m.holders;
    if (m.on && (!modifiedOn || m.on > modifiedOn)) modifiedOn = m.on;
  }

  const cpvCode = text(raw.codeCPV, 20);
  const ccag = text(raw.ccag);
  return {
    position,
    buyerId,
    buyerName: text(buyer.nom, 255),
    reference,
    title,
    nature: text(raw.nature, 120),
    procedure: text(raw.procedure, 120),
    cpvCode,
    notifiedOn,
    durationMonths,
    startOn: notifiedOn,
    endOn: notifiedOn && durationMonths !== null ? addMonths(notifiedOn, durationMonths) : null,
    amountCents: amount,
    initialAmountCents,
    modifiedOn,
    // Works (CPV division 45, or the works CCAG) have circuits of their own that invoices mention.
    isWorks: !!cpvCode?.startsWith('45') || (!!ccag && folded(ccag) === 'travaux'),
    socialClause: clauseFlag(listOf(raw.considerationsSociales, 'considerationSociale'), 'social'),
    environmentalClause: clauseFlag(listOf(raw.considerationsEnvironnementales, 'considerationEnvironnementale'), 'environmental'),
    holders,
    subcontracting: subcontractingOf(raw),
  };
}

/** Each holder once (files repeat them), every identifier checked. */
function holdersOf(value: unknown): HolderRef[] {
  const seen = new Map<string, HolderRef>();
  for (const raw of listOf(value, 'titulaire')) {
    const h = holderRef(raw);
    const known = seen.get(holderKey(h));
    if (!known || (!known.name && h.name)) seen.set(holderKey(h), h);
  }
  return [...seen.values()];
}

/** In the order they were notified (undated ones first, in file order). */
function modificationsOf(value: unknown): Modification[] {
  const list = listOf(value, 'modification').map((raw, i): Modification => {
    if (!isObject(raw)) return reject(`modification n° ${i + 1} illisible`);
    return {
      on: decpDate(raw.dateNotificationModification ?? raw.datePublicationDonneesModification, `date de la modification n° ${i + 1}`),
      position: i,
      amountCents: amountCents(raw.montant, `montant de la modification n° ${i + 1}`),
      durationMonths: months(raw.dureeMois),
      holders: holdersOf(raw.titulaires),
    };
  });
  return list.sort((a, b) => (a.on ?? '').localeCompare(b.on ?? '') || a.position - b.position);
}

function subcontractingOf(raw: Record<string, unknown>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const key of ['actesSousTraitance', 'modificationsActesSousTraitance']) {
    const value = raw[key];
    if (Array.isArray(value) ? value.length : isObject(value) && Object.keys(value).length) out[key] = storableJson(value, key);
  }
  return Object.keys(out).length ? out : null;
}

/** Two subcontracting values are the same when their canonical JSON is (PostgreSQL's jsonb reorders keys). */
export const sameJson = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
