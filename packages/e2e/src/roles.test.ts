import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, navLinks, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

const rowNames = (page: import('playwright-core').Page) => page.getByRole('table').getByRole('rowheader').allTextContents();

describe('what each kind of user sees', () => {
  it('an agent (buyer) gets the back-office and the supplier directory, not the supplier pages', async () => {
    const { page } = await browser.open();
    await signIn(page, 'acheteur@centrevaldeloire.example');
    await heading(page, 'Back-office');
    expect(path(page)).toBe('/back-office');
    expect(await navLinks(page)).toEqual([
      'Tableau de bord', 'Accueil du back-office', 'Indicateurs SPASER', 'Annuaire des fournisseurs', 'Marchés publics', 'Import des marchés (DECP)',
      'Consultations', 'Rencontres fournisseurs', "Taux d'intérêt", 'Explorateur GraphQL', "Jetons d'accès API",
    ]);
    expect(await page.getByRole('main').textContent()).toContain('Acheteur');
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Annuaire des fournisseurs' }).click();
    await heading(page, 'Annuaire des fournisseurs');
    // The demo data holds many suppliers: the count is there, whatever it is, and the search narrows it.
    await page.getByRole('status').filter({ hasText: /^\d+ fournisseurs$/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Nom, SIRET ou SIREN').fill('380129866');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('1 fournisseur', { exact: true }).waitFor();
    expect(await rowNames(page)).toEqual(['Menuiserie Berrichonne SARL']);

    await page.getByLabel('Nom, SIRET ou SIREN').fill('732829320');
    await page.getByLabel('Implantation').selectOption({ label: 'En Centre-Val de Loire' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucun fournisseur ne correspond.').waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('yes');

    await page.getByLabel('Nom, SIRET ou SIREN').fill('521483');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('1 fournisseur', { exact: true }).waitFor();
    expect(await rowNames(page)).toEqual(['Transports Ligériens SAS']);
    await expectAccessible(page);

    await page.goto('/entreprise');
    await heading(page, 'Accès réservé');
    await page.goto('/back-office/boite-d-envoi');
    await heading(page, 'Accès réservé');
    await expectAccessible(page);
  });

  it('a supplier member sees neither the back-office nor the owner tools', async () => {
    const { page } = await browser.open();
    await signIn(page, 'compta@menuiserie-berrichonne.example');
    await heading(page, 'Bonjour Hugo Martin');
    expect(await navLinks(page)).toEqual(['Tableau de bord', 'Factures', 'Enquêtes', 'Déontologie', 'Médiation', 'Entreprise']);
    expect(await page.getByText('Back-office').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Entreprise' }).click();
    await page.getByRole('rowheader', { name: 'Claire Berthon' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Inviter un collègue' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Retirer/ }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/back-office/fournisseurs');
    await heading(page, 'Accès réservé');
    await expectAccessible(page);
  });
});
