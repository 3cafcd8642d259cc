import { addDays, daysBetween, type LocalDate } from '../../shared/calendar.js';
import { centsToDecimal } from '../../shared/money.js';
import { REGION_DEPARTMENTS } from '../supplier/department.js';
import { SizeCategory } from '../supplier/size-category.js';
import { withLuhnCheckDigit } from '../supplier/siret.js';
import { integersWithMean, type Random, seededRandom } from './random.js';

/**
 * The demo dataset, designed once (issue 3): raw suppliers and invoice lines from which the
 * seed's published figures come out when computed the way the report computes them (SPEC §4):
 * - 2021's active suppliers with a known size: 76 % TPE/PME (285 of 375), 78.6 % of those regional
 *   (224 of 285), 250 regional suppliers active (224 TPE/PME + 26 others);
 * - average observed payment delay 29.6 days in 2018 and 18.8 days in 2021, with a trend between;
 * the survey's 80 % satisfied in 2021 arrives with the survey module.
 * Everything is generated from a fixed seed; invoices go through the real import.
 */
export const DEMO_FIGURES = {
  year: 2021,
  activeWithKnownSize: 375,
  smallMedium: 285,
  regionalSmallMedium: 224,
  regionalOthers: 26,
  unknownSizeActive: 6,
  averageDelay: { 2018: 29.6, 2019: 26.1, 2020: 22.4, 2021: 18.8, 2022: 18.2, 2023: 17.5, 2024: 16.9, 2025: 16.4, 2026: 16.0 } as Record<number, number>,
  paidInvoices: { 2018: 400, 2019: 300, 2020: 300, 2021: 500, 2022: 300, 2023: 300, 2024: 300, 2025: 300, 2026: 250 } as Record<number, number>,
} as const;

export interface DemoSupplierPlan {
  siret: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  department: string;
  sizeCategory: SizeCategory | null;
  sizeYear: number | null;
  nafCode: string;
  contactEmail: string;
  activeIn2021: boolean;
}

export interface NamedSupplier {
  siret: string;
  department: string;
  sizeCategory: SizeCategory;
}

const TRADES = [
  ['Menuiserie', '16.23Z'], ['Imprimerie', '18.12Z'], ['Transports', '49.41A'], ['Électricité', '43.21A'], ['Plomberie', '43.22A'],
  ['Paysages', '81.30Z'], ['Nettoyage', '81.21Z'], ['Informatique', '62.02A'], ['Restauration', '56.29A'], ['Bureautique', '46.66Z'],
  ['Maçonnerie', '43.99C'], ['Conseil', '70.22Z'], ['Formation', '85.59A'], ['Signalétique', '73.11Z'], ['Mobilier', '31.01Z'],
] as const;
type Place = readonly [department: string, postalCode: string, city: string, adjective: string];
const REGIONAL_PLACES: readonly Place[] = [
  ['18', '18000', 'Bourges', 'du Berry'], ['28', '28000', 'Chartres', 'Beauceronne'], ['36', '36000', 'Châteauroux', "de l'Indre"],
  ['37', '37000', 'Tours', 'de Touraine'], ['41', '41000', 'Blois', 'Solognote'], ['45', '45000', 'Orléans', 'Ligérienne'],
];
const OTHER_PLACES: readonly Place[] = [
  ['75', '75011', 'Paris', 'Parisienne'], ['92', '92100', 'Boulogne-Billancourt', 'des Hauts-de-Seine'], ['69', '69003', 'Lyon', 'Lyonnaise'],
  ['33', '33000', 'Bordeaux', "d'Aquitaine"], ['44', '44000', 'Nantes', 'de l\u2019Estuaire'], ['86', '86000', 'Poitiers', 'du Poitou'],
  ['72', '72000', 'Le Mans', 'Sarthoise'], ['89', '89000', 'Auxerre', "de l'Yonne"], ['58', '58000', 'Nevers', 'Nivernaise'], ['2A', '20000', 'Ajaccio', 'Corse'],
] as const;
const FORMS = ['SARL', 'SAS', 'EURL', 'SA', 'SCOP'] as const;
const SUSPENSION_REASONS = ['Bon de livraison manquant', "Numéro d'engagement absent", 'RIB non conforme', 'Attestation de service fait manquante'];
const REJECTION_REASONS = ['Facture en double', 'Montant erroné', 'SIRET du destinataire erroné'];

/** A valid SIRET per generated supplier: a Luhn-valid SIREN, establishment 0001, its check digit. */
function siretFor(n: number): string {
  return withLuhnCheckDigit(`${withLuhnCheckDigit(String(41_000_000 + n * 37))}0001`);
}

/** The groups of suppliers that make 2021's supplier mix, named suppliers counted first. */
export function planSuppliers(named: readonly NamedSupplier[], random: Random = seededRandom(2021)): DemoSupplierPlan[] {
  const regional = (d: string) => REGION_DEPARTMENTS.includes(d);
  const sme = (s: SizeCategory | null) => s === SizeCategory.MICRO || s === SizeCategory.SMALL_MEDIUM;
  const groups = [
    { count: DEMO_FIGURES.regionalSmallMedium, regional: true, sizes: [SizeCategory.MICRO, SizeCategory.SMALL_MEDIUM], active: true },
    { count: DEMO_FIGURES.smallMedium - DEMO_FIGURES.regionalSmallMedium, regional: false, sizes: [SizeCategory.MICRO, SizeCategory.SMALL_MEDIUM], active: true },
    { count: DEMO_FIGURES.regionalOthers, regional: true, sizes: [SizeCategory.INTERMEDIATE, SizeCategory.LARGE], active: true },
    { count: DEMO_FIGURES.activeWithKnownSize - DEMO_FIGURES.smallMedium - DEMO_FIGURES.regionalOthers, regional: false, sizes: [SizeCategory.INTERMEDIATE, SizeCategory.LARGE], active: true },
    { count: DEMO_FIGURES.unknownSizeActive, regional: false, sizes: [null], active: true },
    { count: 40, regional: true, sizes: [SizeCategory.MICRO, SizeCategory.SMALL_MEDIUM, SizeCategory.LARGE], active: false },
  ];
  const out: DemoSupplierPlan[] = [];
  let n = 0;
  for (const g of groups) {
    // Named suppliers take their place in their group.
    const taken = named.filter((s) => regional(s.department) === g.regional && g.active && g.sizes.some((size) => size !== null && sme(size) === sme(s.sizeCategory)));
    for (let i = taken.length; i < g.count; i++) {
      n++;
      const [trade, naf] = random.pick(TRADES);
      const [department, postalCode, city, adjective] = random.pick(g.regional ? REGIONAL_PLACES : OTHER_PLACES);
      const size = random.pick(g.sizes);
      const legalName = `${trade} ${adjective} ${n} ${random.pick(FORMS)}`;
      const slug = legalName.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      out.push({
        siret: siretFor(n),
        legalName,
        addressLine: `${random.int(1, 120)} rue ${random.pick(['de la République', 'Nationale', 'du Commerce', 'des Artisans', 'de la Gare'])}`,
        postalCode,
        city,
        department,
        sizeCategory: size,
        sizeYear: size ? 2020 : null,
        nafCode: naf,
        contactEmail: `contact@${slug}.example`,
        activeIn2021: g.active,
      });
    }
  }
  return out;
}

const frAmount = (cents: number) => centsToDecimal(cents).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
const frDate = (d: LocalDate) => d.split('-').reverse().join('/');

interface PlannedInvoice {
  siret: string;
  number: string;
  receivedOn: LocalDate;
  delay: number;
  suspendedDays: number;
  amountCents: number;
}

function linesOf(p: PlannedInvoice, random: Random, today: LocalDate): string[] {
  const issued = addDays(p.receivedOn, p.delay + p.suspendedDays);
  const invoiceDate = addDays(p.receivedOn, -random.int(0, 3));
  const ht = Math.round(p.amountCents / 1.2);
  const useColumn = random.chance(0.3);
  const line = (status: string, on: LocalDate, reason = '') =>
    `${p.siret};${p.number};${frDate(invoiceDate)};${useColumn ? frDate(p.receivedOn) : ''};${frAmount(ht)};${frAmount(p.amountCents)};${status};${frDate(on)};${reason};`;
  const out = [useColumn ? line('déposée', invoiceDate) : line('mise à disposition', p.receivedOn)];
  let cursor = p.receivedOn;
  if (p.suspendedDays > 0) {
    const at = addDays(p.receivedOn, random.int(1, Math.max(1, Math.min(10, p.delay - 1))));
    out.push(line('suspendue', at, random.pick(SUSPENSION_REASONS)), line('complétée', addDays(at, p.suspendedDays)));
    cursor = addDays(at, p.suspendedDays);
  }
  if (daysBetween(cursor, issued) > 3 && random.chance(0.6)) out.push(line('service fait', addDays(cursor, 1)));
  if (daysBetween(cursor, issued) > 2) out.push(line('mandatée', addDays(issued, -1)));
  out.push(line('mise en paiement', issued));
  const paid = addDays(issued, random.int(1, 4));
  if (paid <= today && random.chance(0.7)) out.push(line('payée', paid));
  return out;
}

/** Explicit invoices of the named suppliers (the SPEC's worked examples among them), with their paid year's delays. */
function namedInvoices(named: readonly NamedSupplier[], today: LocalDate): { lines: string[]; delays: Record<number, number[]> } {
  const [mb, tl, inat] = named;
  const lines: string[] = [];
  const delays: Record<number, number[]> = {};
  const L = (s: NamedSupplier, n: string, date: LocalDate, ht: string, ttc: string, status: string, on: LocalDate, reason = '') =>
    lines.push(`${s.siret};${n};${frDate(date)};;${ht};${ttc};${status};${frDate(on)};${reason};`);
  if (mb) {
    L(mb, 'MB-2025-014', '2025-02-28', '10 000,00', '12 000,00', 'mise à disposition', '2025-03-03');
    L(mb, 'MB-2025-014', '2025-02-28', '10 000,00', '12 000,00', 'mise en paiement', '2025-04-22');
    L(mb, 'MB-2025-014', '2025-02-28', '10 000,00', '12 000,00', 'payée', '2025-04-25');
    L(mb, 'MB-2025-021', '2025-03-01', '2 450,00', '2 940,00', 'mise à disposition', '2025-03-03');
    L(mb, 'MB-2025-021', '2025-03-01', '2 450,00', '2 940,00', 'suspendue', '2025-03-10', 'Bon de livraison manquant');
    L(mb, 'MB-2025-021', '2025-03-01', '2 450,00', '2 940,00', 'complétée', '2025-03-20');
    L(mb, 'MB-2025-021', '2025-03-01', '2 450,00', '2 940,00', 'mise en paiement', '2025-04-10');
    L(mb, 'MB-2025-030', '2025-06-01', '780,00', '936,00', 'mise à disposition', '2025-06-02');
    L(mb, 'MB-2025-030', '2025-06-01', '780,00', '936,00', 'rejetée', '2025-06-05', 'Facture en double');
    delays[2025] = [50, 28];
    L(mb, 'MB-2026-041', addDays(today, -54), '3 200,00', '3 840,00', 'mise à disposition', addDays(today, -52));
    L(mb, 'MB-2026-041', addDays(today, -54), '3 200,00', '3 840,00', 'service fait', addDays(today, -40));
    L(mb, 'MB-2026-047', addDays(today, -12), '1 150,00', '1 380,00', 'mise à disposition', addDays(today, -10));
    L(mb, 'MB-2026-049', addDays(today, -22), '640,00', '768,00', 'mise à disposition', addDays(today, -20));
    L(mb, 'MB-2026-049', addDays(today, -22), '640,00', '768,00', 'suspendue', addDays(today, -12), "Attestation d'assurance manquante");
  }
  if (tl) {
    L(tl, 'TL-2026-112', addDays(today, -47), '18 500,00', '22 200,00', 'mise à disposition', addDays(today, -45));
    L(tl, 'TL-2026-112', addDays(today, -47), '18 500,00', '22 200,00', 'mandatée', addDays(today, -20));
  }
  if (inat) {
    L(inat, 'IN-2026-7781', addDays(today, -30), '96 000,00', '115 200,00', 'mise à disposition', addDays(today, -28));
  }
  return { lines, delays };
}

/** Every invoice line of the demo, in an order the import accepts (each invoice's lines by date). */
export function planInvoiceLines(suppliers: readonly DemoSupplierPlan[], named: readonly NamedSupplier[], today: LocalDate, random: Random = seededRandom(2018)): string[] {
  const explicit = namedInvoices(named, today);
  const all = [...named.map((s) => ({ siret: s.siret, activeIn2021: true })), ...suppliers];
  const active2021 = all.filter((s) => s.activeIn2021);
  const lines = [...explicit.lines];
  let seq = 0;
  for (const [yearText, count] of Object.entries(DEMO_FIGURES.paidInvoices)) {
    const year = Number(yearText);
    const last = year === Number(today.slice(0, 4)) ? addDays(today, -5) : `${year}-12-31`;
    if (last < `${year}-01-01`) continue;
    const known = explicit.delays[year] ?? [];
    const n = count - known.length;
    const target = DEMO_FIGURES.averageDelay[year]! * count - known.reduce((s, d) => s + d, 0);
    const delays = integersWithMean(random, n, target / n, year <= 2019 ? 14 : 9, 4);
    for (let i = 0; i < n; i++) {
      // 2021: every active supplier is paid at least once that year (that is what makes it active).
      const s = year === 2021 && i < active2021.length ? active2021[i]! : random.pick(year === 2021 ? active2021 : all);
      const span = daysBetween(`${year}-01-01`, last);
      const issued = addDays(`${year}-01-01`, random.int(0, span));
      const suspendedDays = random.chance(0.06) ? random.int(5, 20) : 0;
      const amountCents = Math.round(15_000 * Math.exp(random.next() * Math.log(1000)));
      seq++;
      lines.push(
        ...linesOf(
          { siret: s.siret, number: `F${year}-${String(seq).padStart(5, '0')}`, receivedOn: addDays(issued, -(delays[i]! + suspendedDays)), delay: delays[i]!, suspendedDays, amountCents },
          random,
          today,
        ),
      );
    }
  }
  // Open invoices of this year: received lately, some past their deadline, some rejected.
  for (let i = 0; i < 60; i++) {
    const s = random.pick(all);
    const received = addDays(today, -random.int(3, 95));
    const number = `F${today.slice(0, 4)}-O${String(i).padStart(3, '0')}`;
    const amount = frAmount(Math.round(20_000 * Math.exp(random.next() * Math.log(300))));
    const row = (status: string, on: LocalDate, reason = '') => `${s.siret};${number};${frDate(addDays(received, -1))};;${amount};${amount};${status};${frDate(on)};${reason};`;
    lines.push(row('mise à disposition', received));
    if (random.chance(0.08)) lines.push(row('rejetée', addDays(received, 2), random.pick(REJECTION_REASONS)));
    else if (random.chance(0.3)) lines.push(row('service fait', addDays(received, 2)));
  }
  return lines;
}
