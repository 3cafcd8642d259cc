/**
 * The invoice lifecycle French suppliers know from the State's invoicing portal (Chorus Pro), with
 * the portal's codes kept beside ours (SPEC §3). Pure: labels, ranks, parsing of the import's words.
 */
export enum InvoiceStatus {
  SUBMITTED = 'SUBMITTED',
  RECEIVED = 'RECEIVED',
  TO_REROUTE = 'TO_REROUTE',
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  SERVICE_DONE = 'SERVICE_DONE',
  MANDATED = 'MANDATED',
  PAYMENT_ISSUED = 'PAYMENT_ISSUED',
  PAID = 'PAID',
}

export const STATUS_INFO: Record<InvoiceStatus, { portalCode: string | null; label: string; rank: number }> = {
  SUBMITTED: { portalCode: 'DEPOSEE', label: 'déposée', rank: 0 },
  RECEIVED: { portalCode: 'MISE_A_DISPOSITION', label: 'mise à disposition', rank: 1 },
  TO_REROUTE: { portalCode: 'A_RECYCLER', label: 'à recycler', rank: 2 },
  SUSPENDED: { portalCode: 'SUSPENDUE', label: 'suspendue', rank: 3 },
  COMPLETED: { portalCode: 'COMPLETEE', label: 'complétée', rank: 4 },
  REJECTED: { portalCode: 'REJETEE', label: 'rejetée', rank: 5 },
  SERVICE_DONE: { portalCode: 'SERVICE_FAIT', label: 'service fait', rank: 6 },
  MANDATED: { portalCode: 'MANDATEE', label: 'mandatée', rank: 7 },
  PAYMENT_ISSUED: { portalCode: 'MISE_EN_PAIEMENT', label: 'mise en paiement', rank: 8 },
  PAID: { portalCode: null, label: 'payée', rank: 9 },
};

/** Statuses after which nothing may follow (but PAID after PAYMENT_ISSUED). */
export const FINAL_STATUSES: readonly InvoiceStatus[] = [InvoiceStatus.PAYMENT_ISSUED, InvoiceStatus.PAID, InvoiceStatus.REJECTED];
/** A reason is mandatory for these (SPEC §3). */
export const REASON_REQUIRED: readonly InvoiceStatus[] = [InvoiceStatus.SUSPENDED, InvoiceStatus.REJECTED];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toUpperCase()
    .replace(/[\s'’-]+/g, '_');

const WORDS = new Map<string, InvoiceStatus>();
for (const status of Object.values(InvoiceStatus)) {
  const info = STATUS_INFO[status];
  WORDS.set(fold(status), status);
  WORDS.set(fold(info.label), status);
  if (info.portalCode) WORDS.set(fold(info.portalCode), status);
}
WORDS.set(fold('encaissée'), InvoiceStatus.PAID);
WORDS.set(fold('payée / encaissée'), InvoiceStatus.PAID);

/** Our code names, the portal's codes, or the French labels, in any case, with or without accents. */
export function parseStatus(raw: string): InvoiceStatus | null {
  return WORDS.get(fold(raw)) ?? null;
}

export const statusRank = (s: InvoiceStatus) => STATUS_INFO[s].rank;

/** Events by date, then by lifecycle rank on the same day (SPEC §3). */
export function orderEvents<T extends { status: InvoiceStatus; on: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : statusRank(a.status) - statusRank(b.status)));
}

/** Nothing follows REJECTED or PAID, and only PAID follows PAYMENT_ISSUED (in date-then-lifecycle order). */
export function transitionProblem(events: readonly { status: InvoiceStatus; on: string }[]): string | null {
  let final: InvoiceStatus | null = null;
  for (const e of orderEvents(events)) {
    if (final === InvoiceStatus.REJECTED) return 'la facture est rejetée : aucun statut ne peut suivre';
    if (final === InvoiceStatus.PAID) return `statut « ${STATUS_INFO[e.status].label} » après le paiement`;
    if (final === InvoiceStatus.PAYMENT_ISSUED && e.status !== InvoiceStatus.PAID && e.status !== InvoiceStatus.PAYMENT_ISSUED) {
      return `statut « ${STATUS_INFO[e.status].label} » après la mise en paiement`;
    }
    if (e.status === InvoiceStatus.REJECTED || e.status === InvoiceStatus.PAID || e.status === InvoiceStatus.PAYMENT_ISSUED) final = e.status;
  }
  return null;
}

