import { addDays, daysBetween, type LocalDate } from '../../shared/calendar.js';
import { centsToDecimal } from '../../shared/money.js';
import { type Random, seededRandom } from './random.js';

/**
 * The demo's contracts, as a DECP file (issue 6), imported through the real DECP import. Spread
 * over 2018 to today, held only by suppliers already active in 2021 (so that 2021's supplier mix is
 * untouched), with clause shares that look real: about 30 % social clauses, 60 % environmental ones,
 * some "no", and no considerations at all before 2020 in half the records (format 1.5: unknown).
 * Low-carbon transport is not in the open data: the buyers record it afterwards on a few contracts.
 */
export const DEMO_BUYER = { id: '23450002300028', nom: 'Région Centre-Val de Loire' };
export const MENUISERIE_BERRICHONNE = '38012986600014';

export interface DemoHolder {
  siret: string;
  nafCode: string;
}

/** What each trade is bought for: object, CPV code. */
const OBJECTS: Record<string, readonly (readonly [string, string])[]> = {
  '16.23Z': [['Remplacement des menuiseries extérieures du lycée', '45421000-4'], ['Fourniture et pose de mobilier bois pour les CFA', '39100000-3']],
  '18.12Z': [['Impression des supports de communication régionaux', '79810000-5'], ['Impression du magazine régional', '79820000-8']],
  '49.41A': [['Transport des équipements des lycées', '60100000-9'], ['Déménagement des services régionaux', '98392000-7']],
  '43.21A': [["Travaux d'électricité dans les lycées", '45310000-3'], ["Maintenance de l'éclairage des bâtiments régionaux", '50232000-0']],
  '43.22A': [['Travaux de plomberie et de chauffage', '45330000-9'], ['Maintenance des installations de chauffage', '50720000-8']],
  '81.30Z': [['Entretien des espaces verts des lycées', '77310000-6'], ['Aménagement paysager des abords du site', '45112710-5']],
  '81.21Z': [['Nettoyage des locaux administratifs', '90910000-9'], ['Nettoyage des vitres des bâtiments régionaux', '90911300-9']],
  '62.02A': [["Maintenance du système d'information des aides", '72267000-4'], ['Développement du portail des lycéens', '72212000-4']],
  '56.29A': [['Restauration des agents régionaux', '55520000-1'], ['Prestations de traiteur pour les événements régionaux', '55520000-1']],
  '46.66Z': [['Fourniture de matériel de bureau', '30192000-1'], ['Fourniture de consommables informatiques', '30125000-1']],
  '43.99C': [['Travaux de maçonnerie du lycée', '45262500-6'], ['Réfection des murs de clôture', '45262500-6']],
  '70.22Z': [['Accompagnement à la stratégie achats responsables', '79411000-8'], ["Assistance à maîtrise d'ouvrage", '71541000-2']],
  '85.59A': [['Formation des agents aux achats publics', '80511000-9'], ['Formations qualifiantes des demandeurs d’emploi', '80530000-8']],
  '73.11Z': [['Signalétique des lycées', '34928470-3'], ['Conception de la campagne de communication', '79341000-6']],
  '31.01Z': [['Fourniture de mobilier scolaire', '39160000-1'], ['Fourniture de mobilier de bureau', '39130000-2']],
  '49.41B': [['Transport scolaire des élèves', '60130000-8']],
};
const FALLBACK = [['Prestations de services', '79000000-4']] as const;
const PROCEDURES = ['Procédure adaptée', 'Procédure adaptée', 'Procédure adaptée', "Appel d'offres ouvert", "Appel d'offres ouvert", 'Marché négocié sans publicité ni mise en concurrence préalable'];
const SOCIAL_YES = ['Clause sociale', 'Critère social', 'Marché réservé', 'Clause sociale'];
const ENVIRONMENTAL_YES = ['Clause environnementale', 'Critère environnemental'];

/** Exactly `round(n × share)` trues, in a seeded order. */
function shuffledFlags(random: Random, n: number, share: number): boolean[] {
  const flags = Array.from({ length: n }, (_, i) => i < Math.round(n * share));
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [flags[i], flags[j]] = [flags[j]!, flags[i]!];
  }
  return flags;
}

const euros = (cents: number) => Number(centsToDecimal(cents));

export interface DemoContractsPlan {
  /** The DECP file's content. */
  decp: { marches: { marche: Record<string, unknown>[] } };
  /** References whose buyers recorded low-carbon transport (yes / no). */
  lowCarbon: { yes: string[]; no: string[] };
}

export function planDemoContracts(holders: readonly DemoHolder[], today: LocalDate, count = 180, random: Random = seededRandom(2024)): DemoContractsPlan {
  const firstDay = '2018-01-02';
  const lastDay = addDays(today, -20);
  const span = daysBetween(firstDay, lastDay);
  const social = shuffledFlags(random, count, 0.3);
  const environmental = shuffledFlags(random, count, 0.6);
  const others = holders.filter((h) => h.siret !== MENUISERIE_BERRICHONNE);
  const marche: Record<string, unknown>[] = [];
  const lowCarbon = { yes: [] as string[], no: [] as string[] };

  for (let i = 0; i < count; i++) {
    const notifiedOn = addDays(firstDay, Math.floor((span * i) / count) + random.int(0, Math.max(0, Math.floor(span / count) - 1)));
    const year = notifiedOn.slice(0, 4);
    // Two of them are Menuiserie Berrichonne's, the demo supplier.
    const holder = i === Math.floor(count * 0.7) || i === Math.floor(count * 0.9) ? holders.find((h) => h.siret === MENUISERIE_BERRICHONNE)! : random.pick(others);
    const coHolder = random.chance(0.1) ? random.pick(others) : null;
    const [object, cpv] = random.pick(OBJECTS[holder.nafCode] ?? FALLBACK);
    const reference = `${year}-CVL-${String(i + 1).padStart(4, '0')}`;
    const amountCents = Math.round(500_000 * Math.exp(random.next() * Math.log(400)));
    const oldFormat = year < '2020' && random.chance(0.5);
    const record: Record<string, unknown> = {
      id: reference,
      acheteur: DEMO_BUYER,
      nature: random.chance(0.2) ? 'Accord-cadre' : 'Marché',
      objet: `${object} (${year})`,
      codeCPV: cpv,
      procedure: random.pick(PROCEDURES),
      dureeMois: random.pick([12, 12, 24, 24, 36, 48]),
      dateNotification: notifiedOn,
      montant: euros(amountCents),
      titulaires: [holder, ...(coHolder && coHolder.siret !== holder.siret ? [coHolder] : [])].map((h) => ({ titulaire: { typeIdentifiant: 'SIRET', id: h.siret } })),
    };
    if (oldFormat) {
      // Format 1.5: no considerations (unknown), and sometimes a modification of the amount.
      record.modifications = random.chance(0.4)
        ? [{ objetModification: 'Avenant n° 1', dateNotificationModification: addDays(notifiedOn, random.int(60, 300)), montant: euros(Math.round(amountCents * 1.12)) }]
        : [];
    } else {
      record.considerationsSociales = { considerationSociale: [social[i] ? random.pick(SOCIAL_YES) : 'Pas de considération sociale'] };
      record.considerationsEnvironnementales = { considerationEnvironnementale: [environmental[i] ? random.pick(ENVIRONMENTAL_YES) : 'Pas de considération environnementale'] };
      record.modifications = [];
    }
    marche.push(record);
    // Buyers recorded the transport mode on some contracts since 2021.
    if (year >= '2021' && random.chance(0.35)) (random.chance(0.45) ? lowCarbon.yes : lowCarbon.no).push(reference);
  }
  return { decp: { marches: { marche } }, lowCarbon };
}
