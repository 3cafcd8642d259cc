import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './test/cli.js';
import { uniqueSiret } from './test/factories.js';
import { INVOICE_HEADER } from './modules/invoice/invoice-row.js';

// Each call starts a process (tsx, MikroORM): allow for a loaded machine.
describe('pnpm cli (SPEC §7)', { timeout: 90_000 }, () => {
  const { dir, cli, jsonOf } = cliHarness('cli');

  it('migrates, creates a supplier, its owner and an agent, printing one JSON object each', async () => {
    const migrated = await jsonOf('migrate');
    expect(migrated.code).toBe(0);
    expect(migrated.json.applied.length).toBeGreaterThan(0);
    expect((await jsonOf('migrate')).json).toEqual({ applied: [] });

    const siret = uniqueSiret();
    const supplier = await jsonOf('create-supplier', '--siret', siret, '--name', 'Paysages du Loiret', '--department', '45', '--size', 'SMALL_MEDIUM');
    expect(supplier).toMatchObject({ code: 0, json: { siret, siren: siret.slice(0, 9), department: '45', isRegional: true, size: 'SMALL_MEDIUM' } });

    const user = await jsonOf('create-supplier-user', '--siret', siret, '--email', 'Owner@Paysages.example', '--password', 'Paysages-2026!', '--owner');
    expect(user).toMatchObject({ code: 0, json: { email: 'owner@paysages.example', roles: ['SUPPLIER_OWNER'], supplierId: supplier.json.id } });

    const agent = await jsonOf('create-agent', '--email', 'dpo@region.example', '--password', 'Region-Agent-2026', '--roles', 'ADMIN,AUDITOR');
    expect(agent).toMatchObject({ code: 0, json: { email: 'dpo@region.example', roles: ['ADMIN', 'AUDITOR'] } });
  });

  it('exits 2 on a bad SIRET, unknown roles or options, and 1 when a check fails', async () => {
    const badSiret = await jsonOf('create-supplier', '--siret', '12345678901234', '--name', 'X');
    expect(badSiret.code).toBe(2);
    expect(badSiret.json.error).toMatch(/Luhn/);
    expect((await jsonOf('create-agent', '--email', 'a@b.example', '--password', 'Long-enough-1', '--roles', 'KING')).code).toBe(2);
    expect((await jsonOf('create-agent', '--email', 'a@b.example', '--roles', 'ADMIN', '--bogus', 'x')).code).toBe(2);
    expect((await jsonOf('no-such-command')).code).toBe(2);
    expect((await jsonOf('create-agent', '--email', 'dpo@region.example', '--password', 'Region-Agent-2026', '--roles', 'ADMIN')).code).toBe(1);
    expect((await jsonOf('create-supplier-user', '--siret', uniqueSiret(), '--email', 'x@y.example', '--password', 'Long-enough-1')).code).toBe(1);
  });

  it('imports invoices from a file: JSON report, exit 1 when lines were rejected, a dry run writes nothing', async () => {
    const siret = uniqueSiret();
    expect((await jsonOf('create-supplier', '--siret', siret, '--name', 'Imprimerie Test')).code).toBe(0);
    const file = join(dir, 'factures.csv');
    writeFileSync(file, `\ufeff${INVOICE_HEADER}\n${siret};F-1;01/03/2025;;100,00;120,00;mise à disposition;03/03/2025;;\n${siret};F-2;01/03/2025;;100,00;90,00;déposée;03/03/2025;;\n`);
    const dry = await jsonOf('import-invoices', file, '--dry-run');
    expect(dry).toEqual({ code: 1, json: { created: 1, updated: 0, unchanged: 0, rejected: [{ line: 3, reason: 'montant TTC inférieur au montant HT' }] } });
    const real = await jsonOf('import-invoices', file);
    expect(real.json.created).toBe(1);
    expect((await jsonOf('import-invoices', file)).json).toMatchObject({ created: 0, unchanged: 1 });
    writeFileSync(file, `${INVOICE_HEADER}\n${siret};F-1;01/03/2025;;100,00;120,00;mise en paiement;20/03/2025;;\n`);
    expect(await jsonOf('import-invoices', file)).toEqual({ code: 0, json: { created: 0, updated: 1, unchanged: 0, rejected: [] } });
    expect((await jsonOf('import-invoices', join(dir, 'missing.csv'))).code).toBe(2);
    expect((await jsonOf('jobs')).code).toBe(0);
    // The imports above are in the audit chain, one event each (never one per row).
    expect(await jsonOf('verify-audit')).toEqual({ code: 0, json: { events: 3, valid: true } });
  });

  it('prints the yearly report with the fixed fields (the invoice paid in 2025 above)', async () => {
    const { code, json } = await jsonOf('report', '--year', '2025');
    expect(code).toBe(0);
    expect(Object.keys(json).sort()).toEqual(['contracts', 'declarations', 'mediation', 'payments', 'suppliers', 'survey', 'year']);
    expect(json.year).toBe(2025);
    expect(json.suppliers).toMatchObject({ total: 1, regionalActive: expect.any(Number) });
    expect(json.payments).toMatchObject({ invoicesPaid: 1, averageDelayDays: expect.any(Number), medianDelayDays: expect.any(Number), lateShare: expect.any(Number) });
    expect(json.payments.lateInterestOwed).toMatch(/^\d+\.\d{2}$/);
    expect(json.payments.indemnitiesOwed).toMatch(/^\d+\.\d{2}$/);
    expect(json.survey).toEqual({ campaignTitle: null, responses: null, satisfactionRate: null, nps: null, responseRate: null });
    expect(json.declarations).toMatchObject({ total: 0, flagged: 0 });
    expect(json.contracts).toMatchObject({ total: 0, socialShare: null, environmentalShare: null });
    expect((await jsonOf('report', '--year', '1999')).code).toBe(2);
    expect((await jsonOf('report')).code).toBe(2);
  });

  it('refuses demo data in production', async () => {
    const { code, out } = await cli(['seed', '--demo'], true, { NODE_ENV: 'production' });
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(code).toBe(2);
    expect(String(json.error)).toMatch(/production/);
  });
});
