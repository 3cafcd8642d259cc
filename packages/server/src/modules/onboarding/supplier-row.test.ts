import { describe, expect, it } from 'vitest';
import { checkAccessRequest, checkRefusalReason } from './access-rules.js';
import { changesFor, checkVatNumber, missingColumns, parseIdentifierKind, parseSupplierRow } from './supplier-row.js';

const base = { identifiant: '73282932000017', type_identifiant: '', raison_sociale: 'Boulangerie du Berry', code_postal: '18000', departement: '', categorie: '', annee_categorie: '', email_contact: '' };
const row = (over: Record<string, string>) => parseSupplierRow(7, { ...base, ...over });
const reason = (over: Record<string, string>) => {
  const r = row(over);
  return r.ok ? null : r.reason;
};

describe('supplier file line (SPEC §5d)', () => {
  it.each([
    ['', 'SIRET'], ['SIRET', 'SIRET'], ['siret', 'SIRET'], ['TVA', 'TVA'], ['tva intracommunautaire', 'TVA'], ['HORS_UE', 'HORS_UE'], ['hors-UE', 'HORS_UE'], ['Hors UE', 'HORS_UE'], ['DUNS', null],
  ])('identifier type %j → %s', (raw, kind) => expect(parseIdentifierKind(raw)).toBe(kind));

  it('a SIRET written with spaces is accepted, its SIREN derived, the département taken from the postal code', () => {
    const r = row({ identifiant: '732 829 320 00017' });
    expect(r.ok && r.row).toMatchObject({ line: 7, kind: 'SIRET', key: 'SIRET:73282932000017', data: { siret: '73282932000017', siren: '732829320', department: '18', isRegional: true } });
  });

  it.each([
    [{ identifiant: '73282932000018' }, 'SIRET « 73282932000018 » : clé de contrôle (Luhn) invalide'],
    [{ identifiant: '7328293200001' }, 'SIRET « 7328293200001 » : 14 chiffres attendus, 13 reçus'],
    [{ identifiant: '' }, 'identifiant (SIRET) manquant'],
    [{ raison_sociale: '  ' }, 'raison sociale manquante'],
    [{ categorie: 'moyenne' , annee_categorie: '2024' }, "catégorie d'entreprise inconnue « moyenne » (TPE, PME, ETI ou GE attendu)"],
    [{ categorie: 'PME' }, 'année de la catégorie PME manquante (annee_categorie)'],
    [{ categorie: 'PME', annee_categorie: '24' }, 'année de catégorie « 24 » invalide (ex. : 2024)'],
    [{ annee_categorie: '2024' }, 'année de catégorie sans catégorie'],
    [{ email_contact: 'contact@' }, 'adresse e-mail de contact invalide « contact@ »'],
    [{ departement: '99' }, 'département inconnu : 99'],
    [{ departement: '20' }, 'département inconnu : 20'],
    [{ code_postal: '4500' }, 'code postal « 4500 » invalide (5 chiffres attendus)'],
    [{ type_identifiant: 'DUNS' }, "type d'identifiant inconnu « DUNS » (SIRET, TVA ou HORS_UE attendu)"],
    [{ type_identifiant: 'TVA', identifiant: 'DE12' }, 'numéro de TVA intracommunautaire « DE12 » invalide (ex. : DE123456789)'],
  ])('rejects %j: %s', (over, why) => expect(reason(over)).toBe(why));

  it.each([
    [{ departement: '2A', code_postal: '20000' }, '2A', false],
    [{ departement: '2b', code_postal: '20200' }, '2B', false],
    [{ departement: '971', code_postal: '97122' }, '971', false],
    [{ departement: '5', code_postal: '05000' }, '05', false],
    [{ departement: '', code_postal: '37000' }, '37', true],
  ])('département %j → %s (regional %s)', (over, department, regional) => {
    const r = row(over);
    expect(r.ok && [r.row.data.department, r.row.data.isRegional]).toEqual([department, regional]);
  });

  it('categories: TPE, PME, ETI, GE and the code names, with their year', () => {
    for (const [raw, code] of [['TPE', 'MICRO'], ['pme', 'SMALL_MEDIUM'], ['ETI', 'INTERMEDIATE'], ['GE', 'LARGE'], ['SMALL_MEDIUM', 'SMALL_MEDIUM']]) {
      const r = row({ categorie: raw!, annee_categorie: '2024' });
      expect(r.ok && [r.row.data.sizeCategory, r.row.data.sizeYear]).toEqual([code, 2024]);
    }
  });

  it('a VAT number is normalised; outside the EU the key is the legal name, and a foreign postal code gives no département', () => {
    const vat = row({ type_identifiant: 'TVA', identifiant: 'de 123.456.789', code_postal: '10115' });
    expect(vat.ok && vat.row).toMatchObject({ kind: 'TVA', key: 'TVA:DE123456789', data: { vatNumber: 'DE123456789', identifierType: 'VAT', siret: null, department: null } });
    const foreign = row({ type_identifiant: 'HORS_UE', identifiant: '', raison_sociale: 'Swiss Precision AG', code_postal: '8001' });
    expect(foreign.ok && foreign.row).toMatchObject({ kind: 'HORS_UE', key: 'HORS_UE:Swiss Precision AG', data: { identifierType: 'NONE', department: null, postalCode: '8001' } });
    expect(checkVatNumber('FR 40 303 265 045')).toEqual({ valid: true, vatNumber: 'FR40303265045' });
  });

  it('a postal code with the city in the same cell is split; the e-mail is lower-cased', () => {
    const r = row({ code_postal: '45000 Orléans', email_contact: ' Contact@Exemple.FR ' });
    expect(r.ok && r.row.data).toMatchObject({ postalCode: '45000', city: 'Orléans', department: '45', contactEmail: 'contact@exemple.fr' });
  });

  it('missing columns: the identifier and the legal name are required, the others optional', () => {
    expect(missingColumns(['identifiant', 'raison_sociale'])).toEqual([]);
    expect(missingColumns(['raison_sociale', 'email_contact'])).toEqual(['identifiant']);
  });

  it('changes: a blank cell keeps what is known; equal values change nothing', () => {
    const current = { legalName: 'A', addressLine: 'x', postalCode: '18000', city: 'Bourges', department: '18', isRegional: true, sizeCategory: 'MICRO', sizeYear: 2023, contactEmail: 'a@b.fr' };
    const r = row({ raison_sociale: 'A', categorie: 'PME', annee_categorie: '2024' });
    expect(r.ok && changesFor(current, r.row.data)).toEqual({ sizeCategory: 'SMALL_MEDIUM', sizeYear: 2024 });
    const same = row({ raison_sociale: 'A' });
    expect(same.ok && changesFor(current, same.row.data)).toEqual({});
  });
});

describe('access request rules', () => {
  const ok = { name: ' Jeanne Martin ', email: 'Jeanne@Exemple.fr', siret: '732 829 320 00017', roleInCompany: 'Gérante', message: '  ' };
  it('normalises a valid request', () => {
    expect(checkAccessRequest(ok)).toEqual({ requesterName: 'Jeanne Martin', email: 'jeanne@exemple.fr', siret: '73282932000017', roleInCompany: 'Gérante', message: null });
  });
  it.each([
    ['name', { name: '' }],
    ['email', { email: 'nope' }],
    ['siret', { siret: '73282932000018' }],
    ['roleInCompany', { roleInCompany: ' ' }],
    ['message', { message: 'x'.repeat(2001) }],
  ])('rejects an invalid %s', (field, over) => {
    expect(() => checkAccessRequest({ ...ok, ...over })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
  });
  it('a refusal needs a reason', () => {
    expect(() => checkRefusalReason('  ')).toThrow(/motif/);
    expect(checkRefusalReason(' Pas de lien avec la société ')).toBe('Pas de lien avec la société');
  });
});
