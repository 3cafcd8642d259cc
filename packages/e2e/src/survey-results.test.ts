import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

const SURVEY_2021 = 'Enquête de satisfaction des fournisseurs 2021';
const flat = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

/** Through the back-office navigation to a campaign of the list. */
async function openCampaign(page: Page, title: string | RegExp) {
  await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click();
  await heading(page, "Campagnes d'enquête");
  await page.getByRole('table').getByRole('link', { name: title }).click();
  await heading(page, title);
}

describe('survey campaigns and their results, in the back-office', () => {
  it('the survey manager reads the 2021 results (80,0 % of 185 answers, the margin, 2020 beside it, the breakdowns) and downloads them', async () => {
    const { page } = await browser.open();
    await signIn(page, 'enquetes@centrevaldeloire.example');
    await heading(page, 'Back-office');
    await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click();
    await heading(page, "Campagnes d'enquête");
    const row = page.getByRole('row', { name: new RegExp(SURVEY_2021) });
    expect(await flat(row)).toContain('Close');
    expect(await flat(row)).toMatch(/190 \(\d+,\d %\)/);
    await expectAccessible(page);

    await row.getByRole('link', { name: SURVEY_2021 }).click();
    await heading(page, SURVEY_2021);
    const followUp = page.getByRole('region', { name: 'Suivi' });
    expect(await flat(followUp)).toMatch(/Ont répondu\s?190 \(\d+,\d %\)/);
    expect(await followUp.getByRole('button', { name: 'Archiver' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Résultats' }).click();
    await heading(page, `Résultats : ${SURVEY_2021}`);
    const figures = page.getByRole('region', { name: 'Chiffres clés', exact: true });
    const satisfaction = figures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Taux de satisfaction' }) });
    const text = await flat(satisfaction);
    expect(text).toContain('80,0 %');
    expect(text).toContain('148 satisfaits ou très satisfaits sur 185 réponses');
    expect(text).toMatch(/Marge d'erreur à 95 % : ± \d+,\d points\./);
    expect(await flat(figures)).toMatch(/NPS \(recommandation\)[+−]?\d+/);

    const comparison = page.getByRole('table', { name: 'Indicateurs 2021 et 2020' });
    expect(await comparison.getByRole('columnheader').allTextContents()).toEqual(['Indicateur', '2021', '2020', 'Évolution']);
    expect(await flat(comparison.getByRole('row', { name: /Taux de satisfaction/ }))).toMatch(/80,0 % ?\d+,\d % ?[+−]?\d+,\d points/);

    // Each group shows its figures or, under 5 answers, says so.
    for (const name of ["Satisfaction par taille d'entreprise", "Satisfaction selon l'implantation"]) {
      const cells = await page.getByRole('table', { name }).getByRole('row').allTextContents();
      expect(cells.length).toBeGreaterThan(2);
      for (const cell of cells.slice(1)) expect(cell.replace(/\s+/g, ' ')).toMatch(/(\d+\d+,\d %|pas assez de réponses)$/);
    }
    // A chart, then the same figures in a table.
    const headline = page.getByRole('article', { name: /Globalement, êtes-vous satisfait/ });
    expect(await headline.getByRole('img').getAttribute('aria-label')).toMatch(/^Répartition des réponses : .+\. 1 — Très insatisfait : \d+ \(\d+,\d\s%\)/);
    expect(await headline.getByRole('table').getByRole('rowheader').allTextContents()).toEqual([
      '1 — Très insatisfait',
      '2 — Insatisfait',
      '3 — Ni satisfait ni insatisfait',
      '4 — Satisfait',
      '5 — Très satisfait',
      'Sans avis',
    ]);
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Les résultats agrégés (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('enquete-2021-resultats.csv');
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('taux de satisfaction');
    expect(await page.getByRole('link', { name: /réponses une à une/ }).count()).toBe(0);
  });

  it('the auditor reads campaigns and results, with no button to change anything', async () => {
    const { page } = await browser.open({ width: 320, height: 640 });
    await signIn(page, 'audit@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click();
    await heading(page, "Campagnes d'enquête");
    expect(await page.getByRole('link', { name: 'Nouvelle campagne' }).count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.getByRole('table').getByRole('link', { name: /^Enquête de satisfaction des fournisseurs (?!2020|2021)\d{4}$/ }).click();
    await page.getByRole('region', { name: 'Suivi' }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Questionnaire' }).getByRole('listitem').first().textContent()).toContain('Globalement');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Retour aux campagnes' }).click();
    await openCampaign(page, SURVEY_2021);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await page.getByRole('link', { name: 'Résultats' }).click();
    await heading(page, `Résultats : ${SURVEY_2021}`);
    expect(await flat(page.getByRole('region', { name: 'Chiffres clés', exact: true }))).toContain('80,0 %');
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.goto('/back-office/enquetes/nouvelle');
    await heading(page, 'Accès réservé');
    expect(path(page)).toBe('/back-office/enquetes/nouvelle');
  });
});
