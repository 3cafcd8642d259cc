import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../../test/cli.js';

const example = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'fournisseurs-exemple.csv');

// Each call starts a process (tsx, MikroORM): allow for a loaded machine.
describe('pnpm cli import-suppliers (SPEC §7)', { timeout: 120_000 }, () => {
  const { dir, cli, jsonOf } = cliHarness('suppliers', { SMTP_URL: '' });

  it('imports the example file: one JSON object in the SPEC shape, exit 0; a dry run writes nothing; a re-run is unchanged', async () => {
    expect((await cli(['migrate'])).code).toBe(0);
    expect(await jsonOf('import-suppliers', example, '--dry-run')).toEqual({ code: 0, json: { created: 6, updated: 0, unchanged: 0, rejected: [] } });
    expect(await jsonOf('import-suppliers', example)).toEqual({ code: 0, json: { created: 6, updated: 0, unchanged: 0, rejected: [] } });
    expect(await cli(['import-suppliers', example], false)).toEqual({ code: 0, out: 'fournisseurs créés 0, mis à jour 0, inchangés 6, lignes rejetées 0 ; invitations envoyées 0\n' });
    // Two imports (the dry run is not one), one audit event each.
    expect(await jsonOf('verify-audit')).toEqual({ code: 0, json: { events: 2, valid: true } });
  });

  it('exits 1 when lines were rejected (each with its physical line), 2 on a missing file or bad usage', async () => {
    const file = join(dir, 'fournisseurs.csv');
    writeFileSync(file, 'identifiant;raison_sociale;categorie;annee_categorie\n38012986600014;Bon;TPE;2024\n38012986600015;Mauvais;;\n38012986600022;Taille;XXL;2024\n');
    expect(await jsonOf('import-suppliers', file)).toEqual({
      code: 1,
      json: {
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: [
          { line: 3, reason: 'SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide' },
          { line: 4, reason: "catégorie d'entreprise inconnue « XXL » (TPE, PME, ETI ou GE attendu)" },
        ],
      },
    });
    const text = await cli(['import-suppliers', file], false);
    expect(text.code).toBe(1);
    expect(text.out).toContain('  ligne 3 : SIRET « 38012986600015 » : clé de contrôle (Luhn) invalide');
    expect((await jsonOf('import-suppliers', join(dir, 'missing.csv'))).code).toBe(2);
    expect((await jsonOf('import-suppliers')).code).toBe(2);
    expect((await jsonOf('import-suppliers', file, '--bogus')).code).toBe(2);
  });
});
