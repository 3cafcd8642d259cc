import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../../test/cli.js';

const sample = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'testdata', name);

// Each call starts a process (tsx, MikroORM): allow for a loaded machine.
describe('pnpm cli import-decp (SPEC §7)', { timeout: 120_000 }, () => {
  const { dir, cli, jsonOf } = cliHarness('decp', { DECP_BUYER_IDS: '' });

  it('imports the samples: one JSON object in the SPEC shape, exit 0; a dry run writes nothing; a re-run is unchanged', async () => {
    expect((await cli(['migrate'])).code).toBe(0);
    const flat = sample('decp-flat-2024-02-29.json');
    expect(await jsonOf('import-decp', flat, '--dry-run')).toEqual({ code: 0, json: { created: 1, updated: 0, unchanged: 0, rejected: [] } });
    expect(await jsonOf('import-decp', flat)).toEqual({ code: 0, json: { created: 1, updated: 0, unchanged: 0, rejected: [] } });
    expect(await jsonOf('import-decp', flat)).toEqual({ code: 0, json: { created: 0, updated: 0, unchanged: 1, rejected: [] } });
    expect(await jsonOf('import-decp', sample('decp-v1.5-002_modification_montant.json'))).toEqual({ code: 0, json: { created: 1, updated: 0, unchanged: 0, rejected: [] } });
    const text = await cli(['import-decp', sample('decp-v1.5-001b_duplicate_supplier.json')], false);
    expect(text).toEqual({ code: 0, out: 'marchés créés 1, mis à jour 0, inchangés 0, écartés 0, rejetés 0 ; nouveaux fournisseurs à compléter 0\n' });
    // Three imports (the dry run is not one), one audit event each.
    expect(await jsonOf('verify-audit')).toEqual({ code: 0, json: { events: 4, valid: true } });
  });

  it('exits 1 when records were rejected (each named by its id), 2 on a missing file or bad usage', async () => {
    const file = join(dir, 'decp.json');
    const record = (id: string, siret: string) => ({ id, acheteur: { id: '23450002300028' }, objet: 'Objet', dateNotification: '2025-01-02', dureeMois: 12, montant: 4.35, titulaires: [{ typeIdentifiant: 'SIRET', id: siret }] });
    writeFileSync(file, JSON.stringify({ marches: [record('CLI-OK', '38012986600014'), record('CLI-BAD', '38012986600015')] }));
    expect(await jsonOf('import-decp', file)).toEqual({
      code: 1,
      json: { created: 1, updated: 0, unchanged: 0, rejected: [{ record: 'CLI-BAD', reason: 'titulaire : SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide' }] },
    });
    const text = await cli(['import-decp', file], false);
    expect(text.code).toBe(1);
    expect(text.out).toContain('  marché CLI-BAD : titulaire : SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide');
    expect((await jsonOf('import-decp', join(dir, 'missing.json'))).code).toBe(2);
    expect((await jsonOf('import-decp')).code).toBe(2);
    expect((await jsonOf('import-decp', file, '--bogus')).code).toBe(2);
  });
});
