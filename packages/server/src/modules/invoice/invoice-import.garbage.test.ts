import type { SqlEntityManager } from '@mikro-orm/knex';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, uniqueSiret } from '../../test/factories.js';
import { badAmount, badDate, badSiret, garbageText, lineEnding, longText, printableText, quoteField } from '../../test/garbage.js';
import type { Supplier } from '../supplier/supplier.entity.js';
import { importInvoices, type ImportReport } from './invoice-import.js';
import { parseStatus } from './invoice-status.js';

/**
 * Issue 8, garbage input: files mixing good lines with generated bad ones. Every good line becomes
 * exactly one invoice, every bad one is reported once with its physical line, nothing of a bad one
 * reaches the database, and no garbage makes the import throw.
 */
const COLUMNS = ['siret', 'numero_facture', 'date_emission', 'date_reception', 'montant_ht', 'montant_ttc', 'statut', 'date_statut', 'motif', 'reference_marche', 'interets_payes', 'date_paiement_interets'] as const;
type Fields = Record<(typeof COLUMNS)[number], string>;
const TODAY = '2025-12-31';
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** A day written the ways finance exports write it. */
const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2025-12-01T00:00:00Z'), noInvalidDate: true }).chain((d) => {
  const [y, m, dd] = d.toISOString().slice(0, 10).split('-') as [string, string, string];
  return fc.constantFrom(`${y}-${m}-${dd}`, `${dd}/${m}/${y}`, `${Number(dd)}/${Number(m)}/${y}`, `${dd}.${m}.${y}`, `${y}-${m}-${dd}T10:00:00`);
});
/** Cents written in euros, French or plain, with any thousands separator. */
const euros = (cents: bigint) =>
  fc.constantFrom(' ', '\u00a0', '\u202f', '').chain((sep) =>
    fc.constantFrom(',', '.').map((dec) => `${String(cents / 100n).replace(/\B(?=(\d{3})+$)/g, sep)}${dec}${String(cents % 100n).padStart(2, '0')}`),
  );
const statusWord = fc.constantFrom('déposée', 'Déposée', 'DEPOSEE', 'SUBMITTED', 'Mise à disposition', 'MISE_A_DISPOSITION', 'service fait', 'mandatée', 'payée', 'Mise en paiement');

const validRow = (siret: string): fc.Arbitrary<Omit<Fields, 'numero_facture'> & { noise: string }> =>
  fc
    .record({
      date: day,
      received: fc.boolean(),
      ht: fc.bigInt({ min: 0n, max: 10n ** 11n }),
      vat: fc.bigInt({ min: 0n, max: 10n ** 10n }),
      statut: statusWord,
      motif: fc.oneof(fc.constant(''), printableText(200)),
      reference_marche: fc.oneof(fc.constant(''), printableText(60)),
      noise: fc.oneof(fc.constant(''), printableText(20)),
      spaced: fc.boolean(),
    })
    .chain((r) =>
      fc.tuple(euros(r.ht), euros(r.ht + r.vat)).map(([ht, ttc]) => ({
        siret: r.spaced ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret,
        date_emission: r.date,
        date_reception: r.received ? r.date : '',
        montant_ht: ht,
        montant_ttc: ttc,
        statut: r.statut,
        date_statut: r.date,
        motif: r.motif,
        reference_marche: r.reference_marche,
        interets_payes: '',
        date_paiement_interets: '',
        noise: r.noise,
      })),
    );

/** One change that makes a good line certainly bad (a field of garbage, or a missing part). */
type Corruption = { fields?: Partial<Fields>; truncate?: number };
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  badSiret.map((siret) => ({ fields: { siret } })),
  fc.constant(0).map(() => ({ fields: { siret: uniqueSiret() } })),
  fc.constantFrom('', ' ', '\t', '\u00a0', '\u202f', '\ufeff', '\u3000').map((n) => ({ fields: { numero_facture: n } })),
  fc.integer({ min: 61, max: 5000 }).map((n) => ({ fields: { numero_facture: 'N'.repeat(n) } })),
  badDate.map((date_emission) => ({ fields: { date_emission } })),
  badDate.map((date_reception) => ({ fields: { date_reception } })),
  fc.constant({ fields: { date_emission: '10/05/2024', date_reception: '09/05/2024', date_statut: '10/05/2024' } }),
  badAmount.map((montant_ht) => ({ fields: { montant_ht } })),
  badAmount.map((montant_ttc) => ({ fields: { montant_ttc } })),
  fc.constant({ fields: { montant_ht: '100,00', montant_ttc: '99,99' } }),
  garbageText(30).filter((s) => parseStatus(s.trim()) === null).map((statut) => ({ fields: { statut } })),
  badDate.map((date_statut) => ({ fields: { date_statut } })),
  fc.constantFrom('2026-01-01', '01/01/2026', '9999-12-31').map((date_statut) => ({ fields: { date_statut } })),
  fc.constant({ fields: { date_emission: '10/05/2024', statut: 'payée', date_statut: '09/05/2024' } }),
  fc.constantFrom('rejetée', 'Suspendue', 'REJECTED').map((statut) => ({ fields: { statut, motif: '' } })),
  fc.integer({ min: 1, max: 7 }).map((truncate) => ({ truncate })),
  fc.constant({ fields: { interets_payes: '12,00', date_paiement_interets: '' } }),
  badAmount.map((interets_payes) => ({ fields: { interets_payes, date_paiement_interets: '01/06/2025' } })),
  fc.constantFrom('numero_facture', 'motif', 'reference_marche', 'statut').map((k) => ({ fields: { [k]: `A\u0000B` } })),
  longText.map((motif) => ({ fields: { motif } })),
  fc.integer({ min: 61, max: 3000 }).map((n) => ({ fields: { reference_marche: 'M'.repeat(n) } })),
);

const entry = (siret: string) =>
  fc.record({
    row: validRow(siret),
    bad: fc.option(corruption, { freq: 3 }),
    eol: lineEnding,
    quoteAll: fc.boolean(),
    blankBefore: fc.constantFrom('', '', '', ';;;', '  '),
    extra: fc.constantFrom('', '', ';en trop'),
  });

describe('invoice import: garbage input (issue 8)', () => {
  let db: TestDatabase;
  let supplier: Supplier;
  let runs = 0;

  beforeAll(async () => {
    db = await openTestDatabase();
    supplier = await buildSupplier(db.orm.em);
  });
  afterAll(() => db.close());

  const knex = () => (db.orm.em as SqlEntityManager).getKnex();
  const run = (text: string, over: { dryRun?: boolean; chunkSize?: number; fileName: string }) =>
    importInvoices(db.orm.em, Readable.from([Buffer.from(text, 'utf8')]), { dryRun: false, actor: 'test', today: TODAY, notify: false, ...over });
  const numbersLike = async (prefix: string) =>
    ((await knex()('invoice').select('number').where('number', 'like', `${prefix}-%`)) as { number: string }[]).map((r) => r.number).sort();
  const invoiceCount = async () => Number(((await knex()('invoice').count('* as n')) as { n: unknown }[])[0]!.n);
  const lastBatch = async (fileName: string) =>
    (await knex()('import_batch').where('file_name', fileName).orderBy('finished_at', 'desc').first()) as Record<string, unknown> | undefined;
  const total = (r: ImportReport) => r.created + r.updated + r.unchanged + r.rejected.length;

  it('keeps every good line, reports every bad one at its line, and stores nothing of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry(supplier.siret!), { minLength: 1, maxLength: 25 }),
        fc.record({ delimiter: fc.constantFrom(';', ','), bom: fc.boolean(), eol: lineEnding, chunkSize: fc.integer({ min: 1, max: 8 }) }),
        async (entries, file) => {
          const prefix = `G${++runs}x${Math.random().toString(36).slice(2, 8)}`;
          const fileName = `${prefix}.csv`;
          let text = (file.bom ? '\ufeff' : '') + COLUMNS.join(file.delimiter) + file.eol;
          const good: string[] = [];
          const badLines: number[] = [];
          entries.forEach((e, i) => {
            if (e.blankBefore) text += e.blankBefore.replaceAll(';', file.delimiter) + e.eol;
            const fields: Fields = { ...e.row, numero_facture: `${prefix}-${i}-${e.row.noise}`.slice(0, 60), ...e.bad?.fields };
            const cells = COLUMNS.map((c) => fields[c]).slice(0, e.bad?.truncate ?? COLUMNS.length);
            const line = 1 + (text.match(/\n/g)?.length ?? 0);
            text += cells.map((v) => (e.quoteAll || /["\r\n,;]/.test(v) ? quoteField(v) : v)).join(file.delimiter) + e.extra.replace(';', file.delimiter) + e.eol;
            if (e.bad) badLines.push(line);
            else good.push(utf8(fields.numero_facture).trim());
          });

          const dry = await run(text, { dryRun: true, chunkSize: file.chunkSize, fileName });
          expect(await numbersLike(prefix)).toEqual([]);
          const report = await run(text, { chunkSize: file.chunkSize, fileName });
          expect(report).toEqual(dry);
          expect(report).toMatchObject({ created: good.length, updated: 0, unchanged: 0 });
          expect(report.rejected.map((r) => r.line)).toEqual(badLines);
          for (const r of report.rejected) expect(r.reason.trim()).not.toBe('');
          expect(await numbersLike(prefix)).toEqual([...good].sort());
          expect(await lastBatch(fileName)).toMatchObject({ rows: entries.length, created: good.length, rejected: badLines.length });

          const again = await run(text, { chunkSize: file.chunkSize, fileName });
          expect(again).toMatchObject({ created: 0, updated: 0, unchanged: good.length, rejected: report.rejected });
          expect(await numbersLike(prefix)).toEqual([...good].sort());
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('never throws on arbitrary text or bytes, and accounts for every row', async () => {
    const chaosLine = fc.oneof(
      garbageText(120),
      fc.array(fc.oneof(garbageText(20), badDate, badAmount, badSiret, longText), { maxLength: 14 }).map((cells) => cells.join(';')),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    const header = fc.oneof(fc.constant(COLUMNS.join(';')), fc.constant(`\ufeff\ufeff${COLUMNS.join(',')}`), fc.constant(`${COLUMNS.join(';')};siret`), garbageText(80));
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.tuple(chaosLine, fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 30 }), fc.boolean(), async (head, lines, latin1) => {
        const fileName = `chaos-${++runs}.csv`;
        const text = `${head}\n${lines.map(([l, eol]) => l + eol).join('')}`;
        const before = await invoiceCount();
        const report = await importInvoices(db.orm.em, Readable.from([latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8')]), {
          dryRun: false, actor: 'test', today: TODAY, notify: false, fileName, chunkSize: 3,
        });
        const physical = 1 + (text.match(/\n/g)?.length ?? 0) + 1;
        for (const r of report.rejected) {
          expect(Number.isInteger(r.line) && r.line >= 1 && r.line <= physical).toBe(true);
          expect(typeof r.reason === 'string' && r.reason.trim() !== '').toBe(true);
        }
        expect(report.created).toBe(0);
        expect(await invoiceCount()).toBe(before);
        const batch = await lastBatch(fileName);
        if (batch) expect(Number(batch.rows)).toBe(total(report));
        else expect(report.rejected).toEqual([{ line: 1, reason: expect.stringMatching(/^colonnes manquantes|^guillemet ouvert jamais refermé/) }]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
