import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { internalScope } from '../../shared/tenant.js';
import { OutboxMessage } from '../notification/outbox-message.entity.js';
import type { Supplier } from '../supplier/supplier.entity.js';
import { EventFlag, InvoiceEvent } from './invoice-event.entity.js';
import { importInvoices, type ImportOptions } from './invoice-import.js';
import { Invoice } from './invoice.entity.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const HEADER = 'siret;numero_facture;date_emission;date_reception;montant_ht;montant_ttc;statut;date_statut;motif;reference_marche';

describe('invoice import (SPEC §5)', () => {
  let db: TestDatabase;
  let a: Supplier;
  let b: Supplier;
  const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({ dryRun: false, fileName: 'test.csv', actor: 'test', today: '2025-12-31', ...over });
  const run = (text: string, over: Partial<ImportOptions> = {}) => importInvoices(db.orm.em, Readable.from([Buffer.from(text, 'utf8')]), options(over));
  const invoice = (supplier: Supplier, number: string) =>
    internalScope(db.orm.em.fork()).findOneOrFail(Invoice, { supplier, number }, { populate: ['events'] });

  beforeAll(async () => {
    db = await openTestDatabase();
    a = await buildSupplier(db.orm.em, { legalName: 'Alpha' });
    b = await buildSupplier(db.orm.em, { legalName: 'Beta' });
    await buildSupplierUser(db.orm.em, a, { owner: true, email: 'owner@alpha.example' });
  });
  afterAll(() => db.close());

  const file1 = () =>
    '\ufeff' +
    [
      HEADER,
      `${a.siret};F-001;03/03/2025;;10${NBSP}000,00;12${NBSP}000,00;Mise à disposition;03/03/2025;;`,
      `${a.siret};F-001;03/03/2025;;10${NBSP}000,00;12${NBSP}000,00;MISE_EN_PAIEMENT;2025-04-22;;`,
      `${a.siret};F-002;2025-03-01;;1${NNBSP}000;1${NNBSP}200,5;suspendue;10/03/2025;Bon de livraison manquant;`,
      `${b.siret!.slice(0, 9)} ${b.siret!.slice(9)};B-1;01/02/2025;02/02/2025;100;120;MISE_A_DISPOSITION;02/02/2025;;`,
      `${a.siret};F-003;01/03/2025;;100;120;rejetee;05/03/2025;;`,
      `12345678901234;X-1;01/03/2025;;100;120;déposée;01/03/2025;;`,
      `${a.siret!.slice(0, 13)}${(Number(a.siret![13]) + 1) % 10};X-2;01/03/2025;;100;120;déposée;01/03/2025;;`,
      `${a.siret};X-3;31/02/2025;;100;120;déposée;01/03/2025;;`,
      `${a.siret};X-4;01/03/2025;;-100;120;déposée;01/03/2025;;`,
      `${a.siret};X-5;01/03/2025;;100;90;déposée;01/03/2025;;`,
      `${a.siret};X-6;01/03/2025;;100;120;envolée;01/03/2025;;`,
      `${a.siret};X-7;01/03/2025;;100,123;120;déposée;01/03/2025;;`,
      '',
      `${a.siret};F-001;03/03/2025;;10${NBSP}000,00;12${NBSP}000,00;payée;2025-05-02;;`,
    ].join('\r\n') +
    '\r\n';

  it('dry run reports without writing', async () => {
    const report = await run(file1(), { dryRun: true });
    expect(report.created).toBe(3);
    expect(report.rejected.length).toBeGreaterThan(5);
    expect(await internalScope(db.orm.em.fork()).count(Invoice, {})).toBe(0);
  });

  it('imports the good lines of a French file and reports every bad one with its physical line', async () => {
    const report = await run(file1());
    expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([
      { line: 6, reason: 'motif obligatoire pour le statut « rejetée »' },
      { line: 7, reason: expect.stringMatching(/Luhn/) },
      { line: 8, reason: expect.stringMatching(/Luhn/) },
      { line: 9, reason: expect.stringMatching(/date d'émission invalide/) },
      { line: 10, reason: 'montant négatif' },
      { line: 11, reason: 'montant TTC inférieur au montant HT' },
      { line: 12, reason: expect.stringMatching(/statut inconnu/) },
      { line: 13, reason: expect.stringMatching(/montant HT invalide/) },
    ]);

    const f1 = await invoice(a, 'F-001');
    expect(f1).toMatchObject({ amountInclTaxCents: 1_200_000, status: 'PAID', receivedOn: '2025-03-03', deadline: '2025-04-02', paymentIssuedOn: '2025-04-22', daysLate: 20, lateInterestCents: 7332, recoveryIndemnityCents: 4000 });
    expect(f1.events).toHaveLength(3);
    const f2 = await invoice(a, 'F-002');
    expect(f2).toMatchObject({ amountInclTaxCents: 120_050, status: 'SUSPENDED', deadline: null });
    expect((await invoice(b, 'B-1')).declaredReceivedOn).toBe('2025-02-02');
  });

  it('e-mails the supplier once about a suspension, with its reason', async () => {
    const mails = await db.orm.em.fork().find(OutboxMessage, { recipient: 'owner@alpha.example' });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/F-002 suspendue le 10\/03\/2025/);
    expect(mails[0]!.text).toContain('Bon de livraison manquant');
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await internalScope(db.orm.em.fork()).count(InvoiceEvent, {});
    const report = await run(file1());
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await internalScope(db.orm.em.fork()).count(InvoiceEvent, {})).toBe(before);
    expect(await db.orm.em.fork().count(OutboxMessage, { recipient: 'owner@alpha.example' })).toBe(1);
  });

  it('a later file moves invoices forward, and refuses what goes back or changes amounts', async () => {
    const report = await run(
      [
        'numero_facture,siret,date_emission,montant_ht,montant_ttc,statut,date_statut,motif',
        `F-002,${a.siret},01/03/2025,"1 000,00","1 200,50",complétée,20/03/2025,`,
        `F-002,${a.siret},01/03/2025,"1 000,00","1 200,50",Suspendue,25/03/2025,Deuxième demande`,
        `F-001,${a.siret},03/03/2025,"10 000,00","12 000,00",mandatée,2025-06-01,`,
        `F-001,${a.siret},03/03/2025,"10 000,00","12 000,01",payée,2025-05-02,`,
        `F-004,${a.siret},01/03/2025,100,120,REJETEE,05/03/2025,Doublon`,
        `F-004,${a.siret},01/03/2025,100,120,déposée,06/03/2025,`,
      ].join('\n'),
    );
    expect(report).toMatchObject({ created: 1, updated: 1 });
    expect(report.rejected).toEqual([
      { line: 4, reason: 'statut « mandatée » après le paiement' },
      { line: 5, reason: expect.stringMatching(/montants différents/) },
      { line: 7, reason: 'la facture est rejetée : aucun statut ne peut suivre' },
    ]);
    const f2 = await invoice(a, 'F-002');
    expect(f2).toMatchObject({ status: 'SUSPENDED', deadline: '2025-04-19' });
    const second = f2.events.getItems().find((e) => e.on === '2025-03-25')!;
    expect(second.flag).toBe(EventFlag.NOT_A_LEGAL_INTERRUPTION);
  });

  it('refuses a file without the required columns', async () => {
    const report = await run('siret;numero\n1;2\n');
    expect(report.rejected).toEqual([{ line: 1, reason: expect.stringMatching(/^colonnes manquantes : numero_facture, date_emission/) }]);
  });

  it('keeps whole chunks when it stops midway, and re-running the file completes it', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 25; i++) lines.push(`${b.siret};C-${i};01/06/2025;;100;120;déposée;01/06/2025;;`);
    let chunks = 0;
    await expect(
      run(lines.join('\n'), {
        chunkSize: 10,
        afterChunk: () => {
          if (++chunks === 2) throw new Error('crash');
        },
      }),
    ).rejects.toThrow('crash');
    expect(await internalScope(db.orm.em.fork()).count(Invoice, { number: { $like: 'C-%' } })).toBe(20);
    const report = await run(lines.join('\n'), { chunkSize: 10 });
    expect(report).toMatchObject({ created: 5, unchanged: 20, rejected: [] });
  });
});
