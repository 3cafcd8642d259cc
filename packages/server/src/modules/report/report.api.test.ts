import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier } from '../../test/factories.js';
import { importLines } from '../../test/invoices.js';

describe('SPASER report (API and downloads)', () => {
  let t: TestApp;
  let agent: string;
  let supplier: { siret: string | null; legalName: string };
  beforeAll(async () => {
    t = await startTestApp();
    const s = (supplier = await buildSupplier(t.db.orm.em, { postalCode: '41000' }));
    await importLines(t.db.orm.em, [
      `${s.siret};R-1;02/01/2024;02/01/2024;100;120;mise à disposition;02/01/2024;;`,
      `${s.siret};R-1;02/01/2024;02/01/2024;100;120;mise en paiement;12/03/2024;;`,
    ]);
    agent = await t.signIn((await buildAgent(t.db.orm.em, [Role.FINANCE])).email);
  });
  afterAll(() => t.stop());

  it('gives a year with money as Money and download links; a trend over several years', async () => {
    const res = await t.gql('{ spaserReport(year: 2024) { year suppliers { total regionalActive } payments { invoicesPaid averageDelayDays lateShare indemnitiesOwed { amount } } csvUrl } }', {}, { cookie: agent });
    expect(res.data!.spaserReport).toEqual({
      year: 2024, suppliers: { total: 1, regionalActive: 1 }, payments: { invoicesPaid: 1, averageDelayDays: 70, lateShare: 1, indemnitiesOwed: { amount: '40.00' } }, csvUrl: '/exports/report/2024.csv',
    });
    const trend = await t.gql('{ spaserReports(from: 2023, to: 2025) { year payments { invoicesPaid } } }', {}, { cookie: agent });
    expect(trend.data!.spaserReports.map((r: any) => [r.year, r.payments.invoicesPaid])).toEqual([[2023, 0], [2024, 1], [2025, 0]]);
    expect((await t.gql('{ spaserReports(from: 2000, to: 2020) { year } }', {}, { cookie: agent })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ spaserReport(year: 1900) { year } }', {}, { cookie: agent })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('downloads the CSV (French dialect) and the JSON (the CLI shape)', async () => {
    const csv = await fetch(`${t.url}/exports/report/2024.csv`, { headers: { cookie: agent } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('spaser-2024.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM spreadsheets need
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Paiements;Délai moyen de paiement;70;jours');
    expect(text).toContain('Paiements;Indemnités forfaitaires dues;40,00;euros');
    const json = await fetch(`${t.url}/exports/report/2024.json`, { headers: { cookie: agent } });
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(((await json.json()) as any).payments).toMatchObject({ invoicesPaid: 1, indemnitiesOwed: '40.00', averageDelayDays: 70 });
    expect((await fetch(`${t.url}/exports/report/2024.csv`)).status).toBe(401);
  });

  it('publishes the SPASER to anyone: charter, rules, yearly figures; cacheable; no supplier named', async () => {
    const officer = await t.signIn((await buildAgent(t.db.orm.em, [Role.ETHICS_OFFICER])).email);
    await t.gql('mutation { publishCharter(title: "Charte de déontologie", body: "# Loyauté") { version } }', {}, { cookie: officer });
    const res = await fetch(`${t.url}/public/spaser.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.charter).toMatchObject({ version: 1, title: 'Charte de déontologie', body: '# Loyauté' });
    expect(body.rules).toMatchObject({ giftCap: '73.00', legalPaymentDelayDays: 30 });
    expect(body.years.map((y: any) => y.year)).toEqual([2024]);
    expect(body.years[0].payments).toMatchObject({ invoicesPaid: 1, averageDelayDays: 70 });
    expect(text).not.toContain(supplier.siret!);
    expect(text).not.toContain(supplier.legalName);
    expect(text).not.toMatch(/@/);
    expect((await fetch(`${t.url}/public/spaser.json`, { method: 'POST' })).status).toBe(405);
  });
});
