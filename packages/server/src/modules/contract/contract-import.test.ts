import type { SqlEntityManager } from '@mikro-orm/knex';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, uniqueSiret } from '../../test/factories.js';
import { verifyAudit } from '../audit/audit.service.js';
import { IdentifierType, Supplier } from '../supplier/supplier.entity.js';
import { type ContractImportOptions, importContracts } from './contract-import.js';
import { Contract } from './contract.entity.js';

const REGION = '23450002300028';
const SAMPLES = ['decp-flat-2024-02-29.json', 'decp-v1.5-001b_duplicate_supplier.json', 'decp-v1.5-002_modification_montant.json', 'decp-v1.5-005_marche_meme_siret_acheteur_titulaire.json'];
const sampleBytes = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));

const record = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  acheteur: { id: REGION, nom: 'Région Centre-Val de Loire' },
  objet: `Marché ${id}`,
  nature: 'Marché',
  procedure: 'Procédure adaptée',
  codeCPV: '79800000',
  dateNotification: '2024-03-15',
  dureeMois: 24,
  montant: 12345.675,
  titulaires: [{ typeIdentifiant: 'SIRET', id: '38012986600014' }],
  considerationsSociales: ['Clause sociale'],
  considerationsEnvironnementales: ['Pas de considération environnementale'],
  ...over,
});
const file = (...marches: unknown[]) => Buffer.from(JSON.stringify({ marches }));

describe('DECP import', () => {
  let db: TestDatabase;
  let run: (content: Buffer, options?: Partial<ContractImportOptions>) => ReturnType<typeof importContracts>;
  const em = () => internalScope(db.orm.em.fork());
  const knex = () => (db.orm.em as SqlEntityManager).getKnex();
  const auditCount = async () => Number(((await knex()('audit_event').where('action', 'contract.import').count('* as n')) as { n: number | string }[])[0]!.n);
  const contract = (reference: string) => em().findOneOrFail(Contract, { reference }, { populate: ['holders'] });

  beforeAll(async () => {
    db = await openTestDatabase();
    run = (content, options = {}) => importContracts(db.orm.em.fork(), content, { dryRun: false, fileName: 'test.json', actor: 'test', ...options });
    await buildSupplier(db.orm.em, { siret: '38012986600014', legalName: 'Menuiserie Berrichonne SARL', postalCode: '18000' });
  });
  afterAll(() => db.close());

  it('imports every acceptance sample; a second run changes nothing', async () => {
    const first = [];
    for (const name of ['decp-flat-2024-02-29.json', 'decp-v1.5-001b_duplicate_supplier.json', 'decp-v1.5-002_modification_montant.json']) first.push(await run(sampleBytes(name), { fileName: name }));
    expect(first.map((r) => [r.created, r.updated, r.unchanged, r.rejected])).toEqual([
      [1, 0, 0, []],
      [1, 0, 0, []],
      [1, 0, 0, []],
    ]);
    const again = await run(sampleBytes('decp-v1.5-002_modification_montant.json'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejected: [], suppliersCreated: 0 });

    const flat = await contract('2024_D2F_2023S12323_33 962_01');
    expect(flat).toMatchObject({ buyerId: '13001845000028', startOn: '2024-01-02', endOn: '2025-04-02', amountCents: 95254375, socialClause: 'UNKNOWN', source: 'decp:decp-flat-2024-02-29.json' });
    expect((await contract('2018MAPA20180501')).amountCents).toBe(10_000_000);

    // 005 has the key of 001b (same buyer, same id) and another holder, the buyer itself: an update.
    const same = await run(sampleBytes('decp-v1.5-005_marche_meme_siret_acheteur_titulaire.json'));
    expect(same).toMatchObject({ created: 0, updated: 1, unchanged: 0, rejected: [], suppliersCreated: 1 });
    expect((await contract('2018MAPA20180500')).holders.getItems().map((s) => s.siret)).toEqual(['20001318300021']);
    for (const name of SAMPLES) expect(await run(sampleBytes(name))).toMatchObject({ rejected: [] });
  });

  it('counts created, updated and unchanged by contract, idempotently, chunk after chunk', async () => {
    // Subcontracting acts are stored as given (PostgreSQL's jsonb reorders keys: still unchanged the second time).
    const acts = { actesSousTraitance: [{ acteSousTraitance: { montant: 5000, id: 1, sousTraitant: { typeIdentifiant: 'SIRET', id: '12345678900011' } } }] };
    const content = file(record('IDEM-1'), record('IDEM-2'), record('IDEM-3'), record('IDEM-4'), record('IDEM-5', acts));
    expect(await run(content, { chunkSize: 2 })).toMatchObject({ created: 5, updated: 0, unchanged: 0, rejected: [] });
    expect(await run(content, { chunkSize: 2 })).toMatchObject({ created: 0, updated: 0, unchanged: 5, rejected: [] });
    const c = await contract('IDEM-1');
    expect(c).toMatchObject({
      buyerName: 'Région Centre-Val de Loire', procedure: 'Procédure adaptée', cpvCode: '79800000', notifiedOn: '2024-03-15', startOn: '2024-03-15',
      endOn: '2026-03-15', durationMonths: 24, amountCents: 1234568, initialAmountCents: 1234568, socialClause: 'YES', environmentalClause: 'NO',
      lowCarbonTransport: 'UNKNOWN', paymentDelayDays: 30, isWorks: false,
    });
    expect((await contract('IDEM-5')).subcontracting).toEqual(acts);
    // A record twice in one file is one contract: created once, then brought up to date.
    expect(await run(file(record('TWICE'), record('TWICE', { montant: 10 })))).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect((await contract('TWICE')).amountCents).toBe(1000);
  });

  it('a modification updates the amount, the duration and the end', async () => {
    await run(file(record('MODIF-1', { montant: 80000, dureeMois: 12 })));
    const modified = record('MODIF-1', { montant: 80000, dureeMois: 12, modifications: [{ montant: 100000.5, dureeMois: 18, dateNotificationModification: '2024-09-01+02:00' }] });
    expect(await run(file(modified))).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await contract('MODIF-1')).toMatchObject({ amountCents: 10_000_050, initialAmountCents: 8_000_000, durationMonths: 18, endOn: '2025-09-15', modifiedOn: '2024-09-01' });
    expect(await run(file(modified))).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('rejects a record with an invalid holder SIRET whole, with its id; the others import', async () => {
    const report = await run(
      file(
        record('OK-1'),
        record('BAD-LUHN', { titulaires: [{ typeIdentifiant: 'SIRET', id: '38012986600014' }, { typeIdentifiant: 'SIRET', id: '38012986600015' }] }),
        record('BAD-LENGTH', { titulaires: [{ typeIdentifiant: 'SIRET', id: '380129866' }] }),
        record('OK-2'),
      ),
    );
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([
      { record: 'BAD-LUHN', reason: 'titulaire : SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide' },
      { record: 'BAD-LENGTH', reason: 'titulaire : SIRET « 380129866 » : 14 chiffres attendus, 9 reçus' },
    ]);
    expect(await em().count(Contract, { reference: { $in: ['BAD-LUHN', 'BAD-LENGTH'] } })).toBe(0);
  });

  it('matches holders by SIRET, VAT number or (outside the EU) name, and creates the others as suppliers to complete', async () => {
    const known = await buildSupplier(db.orm.em, { legalName: 'Déjà Connue SAS' });
    const newSiret = uniqueSiret();
    const holders = [
      { typeIdentifiant: 'SIRET', id: known.siret },
      { typeIdentifiant: 'SIRET', id: newSiret },
      { typeIdentifiant: 'TVA', id: 'DE 811 907 980', denominationSociale: 'Bayerische Werke GmbH' },
      { typeIdentifiant: 'HORS-UE', id: 'CHE-105.805.080', denominationSociale: 'Helvetia Consulting AG' },
    ];
    const first = await run(file(record('HOLD-1', { titulaires: holders })));
    expect(first).toMatchObject({ created: 1, suppliersCreated: 3 });
    const c = await contract('HOLD-1');
    expect(c.holders.getItems().map((s) => s.id)).toContain(known.id);
    const created = await em().findOneOrFail(Supplier, { siret: newSiret });
    expect(created).toMatchObject({ legalName: `Titulaire SIRET ${newSiret} (à compléter)`, siren: newSiret.slice(0, 9), department: null, isRegional: false, sizeCategory: null });
    expect(await em().findOneOrFail(Supplier, { vatNumber: 'DE811907980' })).toMatchObject({ identifierType: IdentifierType.VAT, legalName: 'Bayerische Werke GmbH' });
    expect(await em().findOneOrFail(Supplier, { legalName: 'Helvetia Consulting AG' })).toMatchObject({ identifierType: IdentifierType.NONE, siret: null, vatNumber: null });
    // Another contract of the same holders: all matched, nothing created.
    expect(await run(file(record('HOLD-2', { titulaires: holders })))).toMatchObject({ created: 1, suppliersCreated: 0 });
    expect(await run(file(record('HOLD-1', { titulaires: holders })))).toMatchObject({ unchanged: 1, suppliersCreated: 0 });
  });

  it('a dry run reports the same and writes nothing, not even new suppliers or an audit event', async () => {
    const before = { contracts: await em().count(Contract, {}), suppliers: await em().count(Supplier, {}), audits: await auditCount() };
    const content = file(record('DRY-1', { titulaires: [{ id: uniqueSiret() }] }), record('DRY-2'), record('OK-1', { montant: 1 }), record('DRY-BAD', { dateNotification: '2024-02-30' }));
    const report = await run(content, { dryRun: true, chunkSize: 1 });
    expect(report).toMatchObject({ created: 2, updated: 1, unchanged: 0, suppliersCreated: 1, rejected: [{ record: 'DRY-BAD', reason: 'date de notification invalide : « 2024-02-30 »' }] });
    expect({ contracts: await em().count(Contract, {}), suppliers: await em().count(Supplier, {}), audits: await auditCount() }).toEqual(before);
    expect((await contract('OK-1')).amountCents).toBe(1234568);
  });

  it("keeps only the Region's buyers when told to, counting the others as skipped", async () => {
    const report = await run(file(record('MINE-1'), record('THEIRS-1', { acheteur: { id: '21450234500017' } })), { buyerIds: [REGION] });
    expect(report).toMatchObject({ created: 1, skipped: 1, rejected: [] });
    expect(await em().count(Contract, { reference: 'THEIRS-1' })).toBe(0);
    expect(loadConfig({ DECP_BUYER_IDS: ' 234 500 023 00028, 21450234500017 ,' }).decpBuyerIds).toEqual([REGION, '21450234500017']);
    expect(loadConfig({}).decpBuyerIds).toEqual([]);
  });

  it('reports a file that is not JSON, or not DECP, without writing', async () => {
    expect(await run(Buffer.from('{"marches": [oops'))).toMatchObject({ created: 0, rejected: [{ record: 'fichier', reason: expect.stringMatching(/^le fichier n'est pas un JSON valide/) }] });
    expect((await run(Buffer.from('{"factures": []}'))).rejected).toEqual([{ record: 'fichier', reason: 'aucune liste « marches » dans le fichier : est-ce un fichier DECP ?' }]);
  });

  it('writes one audit event per import (file digest and counts, not the records), and the chain holds', async () => {
    const before = await auditCount();
    await run(file(record('AUDIT-1'), record('AUDIT-2')), { fileName: 'decp-audit.json' });
    expect(await auditCount()).toBe(before + 1);
    const [event] = (await knex()('audit_event').where('action', 'contract.import').orderBy('seq', 'desc').limit(1)) as { after: string; actor: string }[];
    expect(JSON.parse(event!.after)).toMatchObject({ file: 'decp-audit.json', records: 2, created: 2, rejected: 0, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await verifyAudit(knex())).valid).toBe(true);
  });
});
