import { isLocalDate, type LocalDate } from '../../shared/calendar.js';
import { parseEuroAmount } from '../../shared/money.js';
import { checkSiret } from '../supplier/siret.js';
import { InvoiceStatus, parseStatus, REASON_REQUIRED, STATUS_INFO } from './invoice-status.js';

/**
 * One line of the finance export (SPEC §5), checked on its own (pure): the French spreadsheet
 * dialect's dates and amounts, the status words, the mandatory reasons. Whether it fits the
 * invoice's history is decided later, against the database.
 */
export const REQUIRED_COLUMNS = ['siret', 'numero_facture', 'date_emission', 'montant_ht', 'montant_ttc', 'statut', 'date_statut'] as const;
/** The header a finance export carries (any order is accepted). */
export const INVOICE_HEADER = 'siret;numero_facture;date_emission;date_reception;montant_ht;montant_ttc;statut;date_statut;motif;reference_marche';
export const OPTIONAL_COLUMNS = ['date_reception', 'motif', 'reference_marche', 'interets_payes', 'date_paiement_interets'] as const;

export interface InvoiceRow {
  line: number;
  siret: string;
  number: string;
  invoiceDate: LocalDate;
  declaredReceivedOn: LocalDate | null;
  amountExclTaxCents: bigint;
  amountInclTaxCents: bigint;
  status: InvoiceStatus;
  /** The portal's code when the file used it. */
  portalCode: string | null;
  statusOn: LocalDate;
  reason: string | null;
  contractReference: string | null;
  interestPaidCents: bigint | null;
  interestPaidOn: LocalDate | null;
}

export type RowResult = { ok: true; row: InvoiceRow } | { ok: false; line: number; reason: string };

/** Header names: trimmed, lower case, accents and spaces folded (« Numéro facture » → numero_facture). */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function missingColumns(headers: readonly string[]): string[] {
  return REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
}

/** dd/mm/yyyy (or d/m/yyyy, with / . or -) or ISO yyyy-mm-dd; null when it is no real date. */
export function parseFrenchDate(raw: string): LocalDate | null {
  const text = raw.trim();
  let iso: string | null = null;
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (fr) iso = `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) iso = text;
  else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) iso = text.slice(0, 10);
  return iso && isLocalDate(iso) ? iso : null;
}

/** Above this many cents an amount cannot be held exactly (nor is it any real invoice's). */
const MAX_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

export function parseInvoiceRow(line: number, record: Record<string, string | undefined>, today: LocalDate): RowResult {
  const fail = (reason: string): RowResult => ({ ok: false, line, reason });
  const get = (name: string) => (record[name] ?? '').trim();
  // PostgreSQL cannot store a NUL character: such a line is garbage, not text to keep.
  if (Object.values(record).some((v) => v?.includes('\u0000'))) return fail('caractère nul (U+0000) dans la ligne');

  const siret = checkSiret(get('siret'));
  if (!get('siret')) return fail('SIRET manquant');
  if (!siret.valid) return fail(siret.reason);

  const number = get('numero_facture');
  if (!number) return fail('numéro de facture manquant');
  if (number.length > 60) return fail('numéro de facture de plus de 60 caractères');

  const invoiceDate = parseFrenchDate(get('date_emission'));
  if (!invoiceDate) return fail(`date d'émission invalide : « ${get('date_emission')} » (attendu jj/mm/aaaa ou aaaa-mm-jj)`);

  let declaredReceivedOn: LocalDate | null = null;
  if (get('date_reception')) {
    declaredReceivedOn = parseFrenchDate(get('date_reception'));
    if (!declaredReceivedOn) return fail(`date de réception invalide : « ${get('date_reception')} »`);
    if (declaredReceivedOn < invoiceDate) return fail('date de réception antérieure à la date d’émission');
  }

  const excl = parseEuroAmount(get('montant_ht'));
  if (excl === null) return fail(`montant HT invalide : « ${get('montant_ht')} »`);
  const incl = parseEuroAmount(get('montant_ttc'));
  if (incl === null) return fail(`montant TTC invalide : « ${get('montant_ttc')} »`);
  if (excl < 0n || incl < 0n) return fail('montant négatif');
  if (incl > MAX_CENTS) return fail('montant hors limites');
  if (incl < excl) return fail('montant TTC inférieur au montant HT');

  const status = parseStatus(get('statut'));
  if (!status) return fail(`statut inconnu : « ${get('statut')} »`);
  const statusOn = parseFrenchDate(get('date_statut'));
  if (!statusOn) return fail(`date de statut invalide : « ${get('date_statut')} »`);
  if (statusOn > today) return fail(`date de statut dans le futur : ${statusOn}`);
  if (statusOn < invoiceDate && status !== InvoiceStatus.SUBMITTED) return fail('date de statut antérieure à la date d’émission');

  const reason = get('motif') || null;
  if (reason && reason.length > 1000) return fail('motif de plus de 1000 caractères');
  if (!reason && REASON_REQUIRED.includes(status)) return fail(`motif obligatoire pour le statut « ${STATUS_INFO[status].label} »`);

  let interestPaidCents: bigint | null = null;
  let interestPaidOn: LocalDate | null = null;
  if (get('interets_payes') || get('date_paiement_interets')) {
    interestPaidCents = parseEuroAmount(get('interets_payes'));
    if (interestPaidCents === null || interestPaidCents < 0n || interestPaidCents > MAX_CENTS) return fail(`intérêts payés invalides : « ${get('interets_payes')} »`);
    interestPaidOn = parseFrenchDate(get('date_paiement_interets'));
    if (!interestPaidOn) return fail('date de paiement des intérêts manquante ou invalide');
  }

  if (get('reference_marche').length > 60) return fail('référence du marché de plus de 60 caractères');

  const portal = get('statut').toUpperCase();
  return {
    ok: true,
    row: {
      line,
      siret: siret.siret,
      number,
      invoiceDate,
      declaredReceivedOn,
      amountExclTaxCents: excl,
      amountInclTaxCents: incl,
      status,
      portalCode: STATUS_INFO[status].portalCode === portal ? portal : null,
      statusOn,
      reason,
      contractReference: get('reference_marche') || null,
      interestPaidCents,
      interestPaidOn,
    },
  };
}
