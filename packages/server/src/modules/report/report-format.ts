import { centsToDecimal } from '../../shared/money.js';
import { type CsvCell, decimalComma, frenchCsv } from '../../shared/csv-write.js';
import type { Count, SpaserReport } from './report.service.js';

const KIND_FR: Record<string, string> = {
  GIFT: 'cadeaux',
  INVITATION: 'invitations',
  CONFLICT_OF_INTEREST: "conflits d'intérêts",
  ANTI_COMPETITIVE_PRACTICE: 'signalements de pratiques anticoncurrentielles',
};
const FLAG_FR: Record<string, string> = {
  OVER_YEARLY_CAP: 'au-delà du plafond annuel',
  DURING_QUIET_PERIOD: "pendant une consultation en cours",
  PRIORITY_REVIEW: 'examen prioritaire (conflit avec un agent de la consultation)',
};

const SUBJECT_FR: Record<string, string> = { INVOICE: 'factures', CONTRACT: 'marchés', DECLARATION: 'déclarations' };

const money = (cents: number | null) => (cents === null ? null : centsToDecimal(cents));
const byKey = <K extends string>(counts: Count<K>[]) => Object.fromEntries(counts.map((c) => [c.key, c.count])) as Record<K, number>;

/** The report as the CLI and the JSON download give it (SPEC §7): shares 0–1, money as decimal strings in euros. */
export function reportJson(r: SpaserReport) {
  const { lateInterestOwedCents, indemnitiesOwedCents, lateInterestPaidCents, ...payments } = r.payments;
  return {
    year: r.year,
    suppliers: r.suppliers,
    payments: { ...payments, lateInterestOwed: money(lateInterestOwedCents), indemnitiesOwed: money(indemnitiesOwedCents), lateInterestPaid: money(lateInterestPaidCents) },
    survey: r.survey,
    declarations: { total: r.declarations.total, flagged: r.declarations.flagged, byKind: byKey(r.declarations.byKind), byStatus: byKey(r.declarations.byStatus), byFlag: byKey(r.declarations.byFlag) },
    contracts: r.contracts,
    mediation: { ...r.mediation, bySubject: byKey(r.mediation.bySubject), byStatus: byKey(r.mediation.byStatus) },
  };
}

/** One line per indicator, in French, for a spreadsheet: section; indicator; value; unit. */
export function reportCsv(r: SpaserReport): string {
  const pct = (v: number | null): CsvCell => (v === null ? null : Math.round(v * 1000) / 10);
  const eur = (cents: number | null): CsvCell => (cents === null ? null : decimalComma(centsToDecimal(cents)));
  const { suppliers: s, payments: p, survey: q, declarations: d, contracts: c } = r;
  const rows: CsvCell[][] = [
    ['Section', 'Indicateur', `Valeur ${r.year}`, 'Unité'],
    ['Fournisseurs', 'Fournisseurs actifs', s.total, 'nombre'],
    ['Fournisseurs', 'Part de TPE/PME (taille connue)', pct(s.smallMediumShare), '%'],
    ['Fournisseurs', 'Part régionale des TPE/PME', pct(s.regionalShareOfSmallMedium), '%'],
    ['Fournisseurs', 'Fournisseurs régionaux actifs', s.regionalActive, 'nombre'],
    ['Fournisseurs', 'Taille inconnue', s.unknownSize, 'nombre'],
    ['Paiements', 'Factures payées', p.invoicesPaid, 'nombre'],
    ['Paiements', 'Délai moyen de paiement', p.averageDelayDays, 'jours'],
    ['Paiements', 'Délai médian de paiement', p.medianDelayDays, 'jours'],
    ['Paiements', 'Part des factures payées en retard', pct(p.lateShare), '%'],
    ['Paiements', 'Intérêts moratoires dus', eur(p.lateInterestOwedCents), 'euros'],
    ['Paiements', 'Indemnités forfaitaires dues', eur(p.indemnitiesOwedCents), 'euros'],
    ['Paiements', 'Intérêts moratoires versés', eur(p.lateInterestPaidCents), 'euros'],
    ['Enquête', 'Campagne', q.campaignTitle, ''],
    ['Enquête', 'Réponses', q.responses, 'nombre'],
    ['Enquête', 'Taux de satisfaction', pct(q.satisfactionRate), '%'],
    ['Enquête', 'NPS', q.nps, 'points'],
    ['Enquête', 'Taux de réponse', pct(q.responseRate), '%'],
    ['Déontologie', 'Déclarations', d.total, 'nombre'],
    ['Déontologie', 'Déclarations signalées', d.flagged, 'nombre'],
    ...d.byKind.map((k) => ['Déontologie', `Déclarations : ${KIND_FR[k.key]}`, k.count, 'nombre']),
    ...d.byFlag.map((k) => ['Déontologie', `Déclarations signalées ${FLAG_FR[k.key]}`, k.count, 'nombre']),
    ['Marchés', 'Marchés en cours', c.total, 'nombre'],
    ['Marchés', 'Part avec clause sociale', pct(c.socialShare), '%'],
    ['Marchés', 'Part avec critère environnemental', pct(c.environmentalShare), '%'],
    ['Marchés', 'Part avec transport bas carbone', pct(c.lowCarbonShare), '%'],
    ['Médiation', 'Demandes de médiation ouvertes', r.mediation.opened, 'nombre'],
    ...r.mediation.bySubject.map((k) => ['Médiation', `Demandes portant sur des ${SUBJECT_FR[k.key]}`, k.count, 'nombre']),
    ['Médiation', 'Résolues avec accord', r.mediation.resolved, 'nombre'],
    ['Médiation', 'Closes sans accord', r.mediation.closedWithoutAgreement, 'nombre'],
    ['Médiation', 'Retirées par le fournisseur', r.mediation.withdrawn, 'nombre'],
    ['Médiation', 'En cours', r.mediation.stillOpen, 'nombre'],
    ['Médiation', 'Délai médian de clôture', r.mediation.medianDaysToClose, 'jours'],
  ];
  return frenchCsv(rows);
}
