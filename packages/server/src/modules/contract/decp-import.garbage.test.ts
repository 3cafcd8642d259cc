import type { SqlEntityManager } from '@mikro-orm/knex';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { uniqueSiret } from '../../test/factories.js';
import { anyJson, badDate, badSiret, deepJson, garbageText, longText, printableText } from '../../test/garbage.js';
import { importContracts } from './contract-import.js';

/**
 * Issue 8, garbage input: DECP files mixing real and generated good records with certainly bad
 * ones. Every good record is created once, every bad one is reported with its id (or `#position`)
 * and leaves nothing behind (no contract, no supplier for its holders), and no file makes the import throw.
 */
const ACCEPTANCE = new URL('../../../../../../shared/acceptance/decp/', import.meta.url);
const samples = readdirSync(ACCEPTANCE).map((name) => readFileSync(new URL(name, ACCEPTANCE)));
const sampleRecords = samples.flatMap((bytes) => {
  const json = JSON.parse(bytes.toString('utf8')) as { marches: unknown };
  return (Array.isArray(json.marches) ? json.marches : (json.marches as { marche: unknown[] }).marche) as Record<string, unknown>[];
});

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).chain((d) => {
  const iso = d.toISOString().slice(0, 10);
  return fc.constantFrom(iso, `${iso}+02:00`, `${iso}Z`, `${iso}T10:00:00+02:00`, ` ${iso} `);
});
const holder = fc.constantFrom('flat', 'nested', 'v15').map((shape) => {
  const h = shape === 'v15' ? { typeIdentifiant: 'SIRET', id: uniqueSiret(), denominationSociale: 'Titulaire' } : { typeIdentifiant: 'SIRET', id: uniqueSiret() };
  return shape === 'nested' ? { titulaire: h } : h;
});
/** A record any DECP reader must take, with free text and amounts of every kind. */
const validRecord = fc.record(
  {
    acheteur: fc.record({ id: fc.constantFrom('23450002300028', '234 500 023 00028', '13001845000028'), nom: fc.oneof(printableText(300), fc.constant('Nom\u0000avec NUL')) }),
    objet: printableText(1200).map((s) => `Objet ${s}`),
    nature: printableText(150),
    procedure: garbageText(150),
    codeCPV: fc.constantFrom('45000000', '79800000-2', '', 'x'.repeat(30)),
    dateNotification: fc.option(day),
    dureeMois: fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }).map(String)),
    montant: fc.oneof(fc.double({ min: 0, max: 1e13, noNaN: true }), fc.constantFrom('4,35', '0.125', '1 234,5', '1.5e3', 0)),
    titulaires: fc.array(holder, { maxLength: 3 }),
    considerationsSociales: fc.constantFrom(['Clause sociale'], { considerationSociale: ['Pas de considération sociale'] }, []),
    actesSousTraitance: fc.oneof(fc.constant([]), fc.array(anyJson, { maxLength: 3 }), fc.dictionary(garbageText(10), fc.oneof(anyJson, garbageText(20)), { maxKeys: 3 })),
  },
  { requiredKeys: ['acheteur', 'objet'] },
);

const sub = (value: unknown) => ({ actesSousTraitance: value });
/** One change that certainly makes a record bad; `noId` when the record loses its id. */
type Corruption = { set: Record<string, unknown>; noId?: boolean };
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, '', '   ', {}, [], true).map((id) => ({ set: { id }, noId: true })),
  fc.integer({ min: 61, max: 3000 }).map((n) => ({ set: { id: 'I'.repeat(n) } })),
  fc.constantFrom<unknown>(undefined, null, 'x', [], {}, { id: '' }, { id: null }, { id: '1'.repeat(21) }).map((acheteur) => ({ set: { acheteur } })),
  fc.constantFrom<unknown>(undefined, null, '', ' \t ', {}, [], true).map((objet) => ({ set: { objet } })),
  fc.oneof(badDate, fc.constantFrom<unknown>(20240101, {}, [], true)).map((dateNotification) => ({ set: { dateNotification } })),
  fc.constantFrom<unknown>(-1, 1201, 1.5, '12a', '-3', {}, [], true, 'NaN').map((dureeMois) => ({ set: { dureeMois } })),
  fc.constantFrom<unknown>(-0.01, '-5', 'abc', {}, [], true, 1e300, '9'.repeat(30), '1e999', '1,2,3').map((montant) => ({ set: { montant } })),
  badSiret.map((id) => ({ set: { titulaires: [{ typeIdentifiant: 'SIRET', id }] } })),
  fc.constantFrom<unknown>([null], [{}], [{ typeIdentifiant: 'SIRET' }], ['x'], [{ typeIdentifiant: 'TAHITI', id: 'A12345' }], [{ typeIdentifiant: '??', id: '1' }], [{ typeIdentifiant: 'TVA', id: 'F' }]).map((titulaires) => ({
    set: { titulaires },
  })),
  fc.constantFrom<unknown>([null], ['x'], [{ dateNotificationModification: '2024-02-30' }], [{ montant: -1 }], [{ dureeMois: 'abc' }]).map((modifications) => ({ set: { modifications } })),
  fc.integer({ min: 2, max: 3000 }).map((depth) => ({ set: { titulaires: JSON.parse(deepJson(depth, 'titulaire')) as unknown } })),
  fc.integer({ min: 2, max: 3000 }).map((depth) => ({ set: { montant: JSON.parse(deepJson(depth, null)) as unknown } })),
  longText.map((id) => ({ set: { id } })),
);

describe('DECP import: garbage input (issue 8)', () => {
  let db: TestDatabase;
  let runs = 0;
  const knex = () => (db.orm.em as SqlEntityManager).getKnex();
  const run = (content: Buffer | string, dryRun = false) => importContracts(db.orm.em, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), { dryRun, fileName: 'garbage.json', actor: 'test', chunkSize: 4 });
  const count = async (table: string) => Number(((await knex()(table).count('* as n')) as { n: unknown }[])[0]!.n);
  const referencesLike = async (prefix: string) => ((await knex()('contract').select('reference').where('reference', 'like', `${prefix}-%`)) as { reference: string }[]).map((r) => r.reference).sort();
  const suppliersWith = async (sirets: string[]) => (sirets.length ? Number(((await knex()('supplier').whereIn('siret', sirets).count('* as n')) as { n: unknown }[])[0]!.n) : 0);

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('imports every good record once, reports every bad one by id or position, and stores nothing of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ record: validRecord, bad: fc.option(corruption, { freq: 3 }), nested: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('array', 'object', 'marche'),
        fc.boolean(),
        async (entries, rootShape, bom) => {
          const prefix = `D${++runs}x${Math.random().toString(36).slice(2, 7)}`;
          const good: string[] = [];
          const bad: string[] = [];
          const goodSirets = new Set<string>();
          const badSirets: string[] = [];
          const marches = entries.map((e, i) => {
            const base: Record<string, unknown> = { ...(sampleRecords[i % sampleRecords.length] ?? {}), ...e.record, id: `${prefix}-${i}` };
            const record = e.bad ? { ...base, ...e.bad.set } : base;
            const sirets = JSON.stringify(e.record.titulaires ?? []).match(/\d{14}/g) ?? [];
            if (e.bad) {
              bad.push(e.bad.noId ? `#${i + 1}` : String(record.id).trim());
              badSirets.push(...sirets.filter((s) => !goodSirets.has(s)));
            } else {
              good.push(`${prefix}-${i}`);
              for (const s of sirets) goodSirets.add(s);
            }
            return record;
          });
          const root = rootShape === 'array' ? marches : rootShape === 'object' ? { marches } : { marches: { marche: marches } };
          const text = (bom ? '\ufeff' : '') + JSON.stringify(root);

          const suppliersBefore = await count('supplier');
          const dry = await run(text, true);
          expect(await referencesLike(prefix)).toEqual([]);
          expect(await count('supplier')).toBe(suppliersBefore);
          const report = await run(text);
          expect(report).toEqual(dry);
          expect(report).toMatchObject({ created: good.length, updated: 0, unchanged: 0, skipped: 0 });
          expect(report.rejected.map((r) => r.record)).toEqual(bad);
          for (const r of report.rejected) expect(r.reason.trim()).not.toBe('');
          expect(await referencesLike(prefix)).toEqual(good.sort());
          expect(await suppliersWith([...goodSirets])).toBe(goodSirets.size);
          expect(await suppliersWith(badSirets.filter((s) => !goodSirets.has(s)))).toBe(0);

          const again = await run(text);
          expect(again).toMatchObject({ created: 0, updated: 0, unchanged: good.length, rejected: report.rejected, suppliersCreated: 0 });
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('never throws on any file, and every record it reports is named with a reason', async () => {
    const sample = fc.constantFrom(...samples.map((b) => b.toString('utf8')));
    const chaos = fc.oneof(
      anyJson.map((v) => JSON.stringify(v)),
      anyJson.map((v) => JSON.stringify({ marches: v })),
      fc.array(anyJson, { maxLength: 5 }).map((v) => JSON.stringify({ marches: { marche: v } })),
      fc.array(fc.dictionary(fc.constantFrom('id', 'acheteur', 'objet', 'montant', 'titulaires', 'modifications', 'dureeMois', 'dateNotification', '_type', 'autoriteConcedante'), anyJson), { maxLength: 5 }).map((marches) =>
        JSON.stringify({ marches }),
      ),
      fc.tuple(sample, fc.nat(), fc.nat(2000)).map(([s, from, n]) => s.slice(0, from % s.length) + s.slice((from % s.length) + n)),
      fc.tuple(sample, fc.nat(), garbageText(5)).map(([s, at, g]) => s.slice(0, at % s.length) + g + s.slice(at % s.length)),
      fc.tuple(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom(null, 'marches', 'marche', 'titulaire', 'a')).map(([depth, key]) => deepJson(depth, key)),
      fc.integer({ min: 1, max: 20_000 }).map((depth) => `{"marches":[{"id":"deep","acheteur":{"id":"1"},"objet":"o","actesSousTraitance":${deepJson(depth, null)}}]}`),
      garbageText(200),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.constantFrom('', '\ufeff', 'null', '[]', '{}', '{"marches":null}', '{"marches":[null,1,"x",[]]}', '{"marches":{"marche":null}}', '[[[]]]', '"marches"', '1e999'),
    );
    await fc.assert(
      fc.asyncProperty(chaos, fc.boolean(), async (text, dryRun) => {
        await knex()('contract').where('reference', 'deep').delete();
        const before = await count('contract');
        const report = await run(text, dryRun);
        for (const r of report.rejected) {
          expect(typeof r.record === 'string' && r.record.trim() !== '').toBe(true);
          expect(typeof r.reason === 'string' && r.reason.trim() !== '').toBe(true);
        }
        expect(await count('contract')).toBe(before + (dryRun ? 0 : report.created));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
