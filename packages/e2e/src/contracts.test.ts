import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

/** The acceptance sample (acceptance/decp/decp-flat-2024-02-29.json), kept beside the server's parser tests. */
const SAMPLE = 'decp-flat-2024-02-29.json';
const DECP = readFileSync(new URL(`../../server/src/modules/contract/testdata/${SAMPLE}`, import.meta.url));
const REFERENCE = '2024_D2F_2023S12323_33 962_01';

const count = async (report: Locator, term: string) => Number(await report.locator(`dt:text-is("${term}") + dd`).textContent());

describe('contracts from the open data (DECP)', () => {
  it('a buyer uploads a DECP file, reads the dry run, imports it and finds the contract in the list', async () => {
    const { page } = await browser.open();
    await signIn(page, 'acheteur@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Import des marchés (DECP)' }).click();
    await heading(page, 'Import des marchés (DECP)');
    expect(path(page)).toBe('/back-office/marches/import');
    await expectAccessible(page);

    // Nothing chosen: said beside the field.
    await page.getByRole('button', { name: 'Vérifier le fichier (essai à blanc)' }).click();
    await page.getByText('Choisissez le fichier à importer.').waitFor();

    await page.getByLabel('Fichier JSON (DECP)').setInputFiles({ name: SAMPLE, mimeType: 'application/json', buffer: DECP });
    await page.getByRole('button', { name: 'Vérifier le fichier (essai à blanc)' }).click();
    const dryRun = page.getByRole('region', { name: "Résultat de l'essai à blanc" });
    await dryRun.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Essai terminé' }).textContent()).toBe('Essai terminé : aucun marché rejeté.');
    // A fresh database creates it; CI may run the browser tests again on the same database (then it is known already).
    expect((await count(dryRun, 'Marchés qui seraient créés')) + (await count(dryRun, 'Marchés déjà à jour'))).toBe(1);
    expect(await count(dryRun, 'Marchés rejetés')).toBe(0);
    expect(await dryRun.getByRole('table').count()).toBe(0);
    await expectAccessible(page);

    await dryRun.getByRole('button', { name: "Confirmer l'import" }).click();
    const final = page.getByRole('region', { name: 'Import terminé' });
    await final.waitFor();
    expect((await count(final, 'Marchés créés')) + (await count(final, 'Marchés déjà à jour'))).toBe(1);
    await expectAccessible(page);

    await final.getByRole('link', { name: 'Voir les marchés' }).click();
    await heading(page, 'Marchés publics');
    await page.getByRole('status').filter({ hasText: /^\d+ marchés$/ }).waitFor();
    await page.getByLabel('Référence ou objet').fill('2024_D2F');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: '1 marché correspond' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('2024_D2F');
    const row = page.getByRole('row', { name: new RegExp(REFERENCE) });
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      "Développement et intégration à l’écosystème de la plateforme Maximilien d’un système d’information relatif à la gestion des consultations de formation professionnelle. — Appel d'offres ouvert",
      'Titulaire SIRET 44090956200041 (à compléter)',
      '2 janvier 2024',
      '2 avril 2025',
      '952 543,75 €',
      'Inconnu',
      'Inconnu',
      'Inconnu',
    ]);
    await expectAccessible(page);

    // The demo's contracts are there too, with their clause flags: a filter on the year and the social clause.
    await page.getByRole('link', { name: 'Effacer les filtres' }).click();
    await page.getByLabel("En cours pendant l'année").fill('2021');
    await page.getByLabel('Considération sociale').selectOption({ label: 'Oui' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: /marchés? correspond/ }).waitFor();
    expect(await page.getByRole('table').getByRole('rowheader').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('finance reads the contracts (at 320 CSS pixels wide too) but may not import them', async () => {
    const { page } = await browser.open({ width: 320, height: 800 });
    await signIn(page, 'finances@centrevaldeloire.example');
    await page.goto('/back-office/marches');
    await heading(page, 'Marchés publics');
    await page.getByRole('status').filter({ hasText: /^\d+ marchés$/ }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    expect(await page.getByRole('link', { name: 'Importer un fichier DECP' }).count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Import des marchés (DECP)' }).count()).toBe(0);
    await page.goto('/back-office/marches/import');
    await heading(page, 'Accès réservé');
    await expectAccessible(page);
  });
});
