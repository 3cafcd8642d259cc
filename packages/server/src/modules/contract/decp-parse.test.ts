import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/calendar.js';
import { roundedEuroCents } from '../../shared/money.js';
import { ClauseFlag } from './contract.entity.js';
import { amountCents, clauseFlag, decpDate, holderRef, listOf, RecordRejected } from './decp-fields.js';
import { type ContractRecord, type ParsedItem, parseDecp } from './decp-parse.js';

export const sample = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8')) as unknown;
const contracts = (items: ParsedItem[]) => items.flatMap((i) => (i.kind === 'contract' ? [i.record] : []));
const reason = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof RecordRejected) return error.message;
    throw error;
  }
  return null;
};

/** A minimal format 2.x record (flat), to vary one field at a time. */
const base = (over: Record<string, unknown> = {}) => ({
  id: '2025-001',
  acheteur: { id: '23450002300028' },
  objet: 'Entretien des espaces verts',
  dateNotification: '2025-01-31',
  dureeMois: 1,
  montant: 1000,
  titulaires: [{ typeIdentifiant: 'SIRET', id: '38012986600014' }],
  ...over,
});
const one = (over: Record<string, unknown> = {}): ParsedItem => parseDecp({ marches: [base(over)] }).items[0]!;
const record = (over: Record<string, unknown> = {}): ContractRecord => {
  const item = one(over);
  if (item.kind !== 'contract') throw new Error(`not a contract: ${JSON.stringify(item)}`);
  return item.record;
};

describe('DECP field rules', () => {
  it.each([
    [4.35, 435n],
    [952543.75, 95254375n],
    [80000, 8000000n],
    [0.125, 13n],
    [0.124, 12n],
    [1.005, 101n], // 1.005 is 1.00499999… in binary: the text says 1.005, which rounds up
    [1.5e3, 150000n],
    [1e-7, 0n],
    ['1234.565', 123457n],
    ['1 234,56', 123456n],
    ['12,3', 1230n],
    ['-4.35', -435n],
    ['abc', null],
    ['', null],
    [Number.NaN, null],
  ] as const)('euros %s → %s cents (rounded, never truncated)', (raw, cents) => {
    expect(roundedEuroCents(raw)).toBe(cents);
  });

  it.each([
    ['2019-04-25', '2019-04-25'],
    ['2019-04-25+02:00', '2019-04-25'],
    ['2019-04-25-05:00', '2019-04-25'],
    ['2019-04-25Z', '2019-04-25'],
    ['2019-04-25T23:30:00+02:00', '2019-04-25'],
    [null, null],
    ['', null],
  ])('date %s → %s', (raw, day) => {
    expect(decpDate(raw, 'date')).toBe(day);
  });

  it.each(['2019-02-30', '25/04/2019', '2019-4-25', 20190425])('date %s is refused', (raw) => {
    expect(reason(() => decpDate(raw, 'date de notification'))).toMatch(/^date de notification invalide/);
  });

  it.each([
    ['2024-01-02', 15, '2025-04-02'],
    ['2018-12-03', 39, '2022-03-03'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-12-15', 0, '2024-12-15'],
  ])('%s + %i months = %s', (start, n, end) => {
    expect(addMonths(start, n)).toBe(end);
  });

  it.each([
    [undefined, ClauseFlag.UNKNOWN, ClauseFlag.UNKNOWN],
    [[], ClauseFlag.UNKNOWN, ClauseFlag.UNKNOWN],
    [['Clause sociale'], ClauseFlag.YES, ClauseFlag.UNKNOWN],
    [['Critère social'], ClauseFlag.YES, ClauseFlag.UNKNOWN],
    [['Marché réservé'], ClauseFlag.YES, ClauseFlag.UNKNOWN],
    [['critere  SOCIAL'], ClauseFlag.YES, ClauseFlag.UNKNOWN],
    [['Pas de considération sociale'], ClauseFlag.NO, ClauseFlag.UNKNOWN],
    [['Pas de considération sociale', 'Clause sociale'], ClauseFlag.YES, ClauseFlag.UNKNOWN],
    [['Clause environnementale'], ClauseFlag.UNKNOWN, ClauseFlag.YES],
    [['Critère environnemental'], ClauseFlag.UNKNOWN, ClauseFlag.YES],
    [['Pas de considération environnementale'], ClauseFlag.UNKNOWN, ClauseFlag.NO],
    [['Autre chose'], ClauseFlag.UNKNOWN, ClauseFlag.UNKNOWN],
  ])('considerations %j → social %s, environmental %s', (values, social, environmental) => {
    const list = listOf(values, 'x');
    expect(clauseFlag(list, 'social')).toBe(social);
    expect(clauseFlag(list, 'environmental')).toBe(environmental);
  });

  it.each([
    [['a', 'b'], 'k', ['a', 'b']],
    [{ k: ['a', 'b'] }, 'k', ['a', 'b']],
    [{ k: 'a' }, 'k', ['a']],
    [[{ k: 'a' }, { k: 'b' }], 'k', ['a', 'b']],
    [[{ k: { id: 1 } }], 'k', [{ id: 1 }]],
    [null, 'k', []],
  ])('the list %j (item %s) has the items %j', (value, key, items) => {
    expect(listOf(value, key)).toEqual(items);
  });

  it.each([
    [{ typeIdentifiant: 'SIRET', id: '380 129 866 00014' }, { kind: 'SIRET', siret: '38012986600014', name: null }],
    [{ typeIdentifiant: 'SIRET', id: '38024392300089', denominationSociale: 'TECAN FRANCE SASU' }, { kind: 'SIRET', siret: '38024392300089', name: 'TECAN FRANCE SASU' }],
    [{ id: '38012986600014' }, { kind: 'SIRET', siret: '38012986600014', name: null }],
    [{ typeIdentifiant: 'TVA', id: 'DE 123456789' }, { kind: 'VAT', vatNumber: 'DE123456789', name: null }],
    [{ typeIdentifiant: 'UE', id: 'BE0123456789' }, { kind: 'VAT', vatNumber: 'BE0123456789', name: null }],
    [{ typeIdentifiant: 'HORS-UE', id: 'CH-123.456', denominationSociale: 'Helvetia AG' }, { kind: 'NONE', foreignId: 'CH-123.456', name: 'Helvetia AG' }],
    [{ typeIdentifiant: 'HORS_UE', id: 'US-9' }, { kind: 'NONE', foreignId: 'US-9', name: null }],
  ])('holder %j → %j', (raw, holder) => {
    expect(holderRef(raw)).toEqual(holder);
  });

  it.each([
    [{ typeIdentifiant: 'SIRET', id: '38012986600015' }, 'titulaire : SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide'],
    [{ typeIdentifiant: 'SIRET', id: '3801298660001' }, 'titulaire : SIRET « 3801298660001 » : 14 chiffres attendus, 13 reçus'],
    [{ typeIdentifiant: 'SIRET', id: '3801298660001A' }, 'titulaire : SIRET « 3801298660001A » : seuls des chiffres sont attendus'],
    [{ typeIdentifiant: 'SIRET' }, 'titulaire sans identifiant'],
    [{ typeIdentifiant: 'TVA', id: '12' }, 'titulaire : numéro de TVA intracommunautaire « 12 » invalide'],
    [{ typeIdentifiant: 'RIDET', id: '1234567' }, /identifiant RIDET non pris en charge/],
    [{ typeIdentifiant: 'DUNS', id: '1234567' }, "titulaire « 1234567 » : type d'identifiant inconnu « DUNS »"],
    ['38012986600014', 'titulaire illisible'],
  ])('holder %j is refused: %s', (raw, message) => {
    if (typeof message === 'string') expect(reason(() => holderRef(raw))).toBe(message);
    else expect(reason(() => holderRef(raw))).toMatch(message);
  });

  it.each([
    [-1, 'montant négatif : -1'],
    ['douze', 'montant invalide : « douze »'],
    [{ valeur: 1 }, 'montant invalide : « [object Object] »'],
  ])('amount %j is refused', (raw, message) => {
    expect(reason(() => amountCents(raw))).toBe(message);
  });
});

describe('DECP records', () => {
  it('reads a flat 2.x record: dates, duration, amount in cents, holders, clauses, the end date', () => {
    expect(
      record({
        dateNotification: '2024-01-02+01:00',
        dureeMois: 15,
        montant: 4.35,
        codeCPV: '45210000-2',
        considerationsSociales: ['Clause sociale'],
        considerationsEnvironnementales: ['Pas de considération environnementale'],
      }),
    ).toMatchObject({
      reference: '2025-001',
      buyerId: '23450002300028',
      notifiedOn: '2024-01-02',
      startOn: '2024-01-02',
      endOn: '2025-04-02',
      durationMonths: 15,
      amountCents: 435,
      initialAmountCents: 435,
      isWorks: true,
      socialClause: 'YES',
      environmentalClause: 'NO',
      holders: [{ kind: 'SIRET', siret: '38012986600014', name: null }],
      subcontracting: null,
    });
  });

  it('reads the nested 2.x shape: marches.marche[], titulaires[].titulaire, considerations wrapped, modifications[].modification', () => {
    const file = {
      marches: {
        marche: [
          {
            ...base(),
            titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: '38012986600014' } }, { titulaire: { typeIdentifiant: 'TVA', id: 'DE123456789' } }],
            considerationsSociales: { considerationSociale: ['Critère social', 'Clause sociale'] },
            considerationsEnvironnementales: { considerationEnvironnementale: 'Critère environnemental' },
            modifications: [{ modification: { id: 1, montant: 1500.5, dureeMois: 24, dateNotificationModification: '2025-06-01' } }],
            actesSousTraitance: [{ acteSousTraitance: { id: 1, sousTraitant: { id: '12345678900011', typeIdentifiant: 'SIRET' }, montant: 100 } }],
          },
        ],
        'contrat-concession': [{ id: 'CC-1', autoriteConcedante: { id: '23450002300028' } }],
      },
    };
    const { items, problem } = parseDecp(file);
    expect(problem).toBeNull();
    expect(items.map((i) => i.kind)).toEqual(['contract', 'skipped']);
    expect(items[1]).toEqual({ kind: 'skipped', record: 'CC-1', reason: 'contrat de concession' });
    expect(contracts(items)[0]).toMatchObject({
      holders: [{ kind: 'SIRET', siret: '38012986600014' }, { kind: 'VAT', vatNumber: 'DE123456789' }],
      socialClause: 'YES',
      environmentalClause: 'YES',
      amountCents: 150050,
      initialAmountCents: 100000,
      durationMonths: 24,
      endOn: '2027-01-31',
      modifiedOn: '2025-06-01',
      // Stored as given: the subcontractor is neither checked (its SIRET is not valid) nor a supplier.
      subcontracting: { actesSousTraitance: [{ acteSousTraitance: { id: 1, sousTraitant: { id: '12345678900011', typeIdentifiant: 'SIRET' }, montant: 100 } }] },
    });
  });

  it('applies format 1.5 modifications in notification order: the latest gives the amount, duration and holders', () => {
    const r = record({
      dureeMois: 12,
      montant: 100,
      modifications: [
        { dateNotificationModification: '2025-09-01', montant: 300, titulaires: [{ typeIdentifiant: 'SIRET', id: '52148372700017', denominationSociale: 'Transports Ligériens' }] },
        { dateNotificationModification: '2025-03-01', montant: 200, dureeMois: 18 },
      ],
    });
    expect(r).toMatchObject({ amountCents: 30000, initialAmountCents: 10000, durationMonths: 18, endOn: '2026-07-31', modifiedOn: '2025-09-01' });
    expect(r.holders).toEqual([{ kind: 'SIRET', siret: '52148372700017', name: 'Transports Ligériens' }]);
  });

  it.each([
    [{ id: undefined }, '#1', 'identifiant du marché (id) manquant'],
    [{ acheteur: {} }, '2025-001', "identifiant de l'acheteur (acheteur.id) manquant"],
    [{ objet: ' ' }, '2025-001', 'objet du marché manquant'],
    [{ dateNotification: '2025-02-30' }, '2025-001', 'date de notification invalide : « 2025-02-30 »'],
    [{ dureeMois: 1.5 }, '2025-001', 'durée en mois invalide : « 1.5 »'],
    [{ montant: -3 }, '2025-001', 'montant négatif : -3'],
    [{ id: 'X'.repeat(61) }, 'X'.repeat(61), 'identifiant du marché trop long (60 caractères au plus)'],
    [{ titulaires: [{ typeIdentifiant: 'SIRET', id: '38012986600014' }, { typeIdentifiant: 'SIRET', id: '12345678901234' }] }, '2025-001', /^titulaire : SIRET « 12345678901234 »/],
    [{ modifications: [{ dateNotificationModification: '2025-03-01', titulaires: [{ typeIdentifiant: 'SIRET', id: '1234' }] }] }, '2025-001', /^titulaire : SIRET « 1234 » : 14 chiffres/],
    [{ modifications: [{ dateNotificationModification: 'hier', montant: 5 }] }, '2025-001', 'date de la modification n° 1 invalide : « hier »'],
  ])('a record with %j is rejected whole, as %s: %s', (over, id, message) => {
    const item = one(over);
    expect(item.kind).toBe('rejected');
    if (item.kind !== 'rejected') return;
    expect(item.record).toBe(id);
    if (typeof message === 'string') expect(item.reason).toBe(message);
    else expect(item.reason).toMatch(message);
  });

  it('keeps going after a bad record, and names records without an id by their position', () => {
    const { items } = parseDecp({ marches: [base({ id: 'A' }), 'oops', base({ id: 'B', titulaires: [{ id: '1' }] }), base({ id: 'C' })] });
    expect(items.map((i) => [i.kind, i.record === undefined ? null : typeof i.record === 'string' ? i.record : i.record.reference])).toEqual([
      ['contract', 'A'],
      ['rejected', '#2'],
      ['rejected', 'B'],
      ['contract', 'C'],
    ]);
  });

  it('says when a file is not DECP at all, and skips concessions in flat files', () => {
    expect(parseDecp({ invoices: [] }).problem).toMatch(/aucune liste « marches »/);
    expect(parseDecp([base()]).items[0]!.kind).toBe('contract');
    expect(parseDecp({ marches: [{ ...base(), _type: 'Contrat de concession' }] }).items[0]).toMatchObject({ kind: 'skipped', reason: 'contrat de concession' });
  });
});

describe('the acceptance samples', () => {
  it('decp-flat-2024-02-29: a flat 2.x file with empty considerations (unknown) and a decimal amount', () => {
    const { items, problem } = parseDecp(sample('decp-flat-2024-02-29.json'));
    expect(problem).toBeNull();
    expect(contracts(items)).toEqual([
      expect.objectContaining({
        reference: '2024_D2F_2023S12323_33 962_01',
        buyerId: '13001845000028',
        nature: 'Marché de défense ou de sécurité',
        procedure: "Appel d'offres ouvert",
        cpvCode: '72210000',
        notifiedOn: '2024-01-02',
        startOn: '2024-01-02',
        endOn: '2025-04-02',
        durationMonths: 15,
        amountCents: 95254375,
        isWorks: false,
        socialClause: 'UNKNOWN',
        environmentalClause: 'UNKNOWN',
        holders: [{ kind: 'SIRET', siret: '44090956200041', name: null }],
        subcontracting: null,
      }),
    ]);
  });

  it('decp-v1.5-001b: the same holder twice is one holder; format 1.5 has no considerations (unknown)', () => {
    const [r] = contracts(parseDecp(sample('decp-v1.5-001b_duplicate_supplier.json')).items);
    expect(r).toMatchObject({
      reference: '2018MAPA20180500',
      buyerId: '20001318300021',
      buyerName: 'LASAT',
      notifiedOn: '2018-12-03',
      endOn: '2022-03-03',
      amountCents: 8000000,
      modifiedOn: null,
      socialClause: 'UNKNOWN',
      environmentalClause: 'UNKNOWN',
    });
    expect(r!.holders).toEqual([{ kind: 'SIRET', siret: '38024392300089', name: 'TECAN FRANCE SASU' }]);
  });

  it('decp-v1.5-002: the modification gives the current amount (80 000 € → 100 000 €)', () => {
    const [r] = contracts(parseDecp(sample('decp-v1.5-002_modification_montant.json')).items);
    expect(r).toMatchObject({ reference: '2018MAPA20180501', amountCents: 10_000_000, initialAmountCents: 8_000_000, durationMonths: 39, modifiedOn: '2019-05-19' });
  });

  it('decp-v1.5-005: a holder with the buyer’s own SIRET is a valid holder', () => {
    const [r] = contracts(parseDecp(sample('decp-v1.5-005_marche_meme_siret_acheteur_titulaire.json')).items);
    expect(r).toMatchObject({ buyerId: '20001318300021', holders: [{ kind: 'SIRET', siret: '20001318300021', name: 'TECAN FRANCE SASU' }] });
  });
});
