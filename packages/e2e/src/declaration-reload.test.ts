import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;

// SPEC "Reliability": nothing a user typed is lost. A survey draft is saved on the server (see
// survey-answering.test.ts, where a colleague picks it up in another browser); a declaration being
// typed is kept in the tab, so a reload midway must bring it back.
describe('a declaration half typed survives a page reload', () => {
  it('brings back every field and the chosen agent, says so, and can still start afresh', async () => {
    const { context, page } = await browser.open();
    await pinFrench(context);
    await signIn(page, 'marches@informatique-nationale.example');
    await page.goto('/deontologie/declarations/nouvelle');
    await heading(page, 'Nouvelle déclaration');

    await page.getByRole('radio', { name: 'Invitation' }).check();
    await page.getByLabel('Quelle invitation ?').fill(`Dîner de fin de chantier ${RUN}`);
    await page.getByLabel('Valeur estimée, toutes taxes comprises, en euros').fill('62,40');
    await page.getByLabel('Lieu').fill('Orléans');
    await page.getByLabel('Rechercher un agent par son nom').fill('Fatima');
    await page.getByRole('radio', { name: /^Fatima Finances/ }).check();
    await page.getByText('Agent choisi : Fatima Finances').waitFor();

    await page.reload();
    await heading(page, 'Nouvelle déclaration');
    await page.getByText('Votre saisie précédente, gardée dans cet onglet, a été reprise.').waitFor();
    expect(await page.getByRole('radio', { name: 'Invitation' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Quelle invitation ?').inputValue()).toBe(`Dîner de fin de chantier ${RUN}`);
    expect(await page.getByLabel('Valeur estimée, toutes taxes comprises, en euros').inputValue()).toBe('62,40');
    expect(await page.getByLabel('Lieu').inputValue()).toBe('Orléans');
    await page.getByText('Agent choisi : Fatima Finances').waitFor();
    await expectAccessible(page);

    // Only this tab keeps it, and only until the user starts afresh.
    await page.getByRole('button', { name: 'Effacer et recommencer' }).click();
    expect(await page.getByRole('radio', { name: 'Invitation' }).isChecked()).toBe(false);
    await page.reload();
    await heading(page, 'Nouvelle déclaration');
    expect(await page.getByText('Votre saisie précédente, gardée dans cet onglet, a été reprise.').count()).toBe(0);
  });
});
