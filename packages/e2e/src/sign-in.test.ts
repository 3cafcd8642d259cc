import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, navLinks, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

describe('signing in and out', () => {
  it('a supplier owner signs in, finds the layout, opens Entreprise, switches to English and signs out', async () => {
    const { page } = await browser.open();

    await page.goto('/');
    await heading(page, 'Connexion');
    expect(path(page)).toBe('/connexion');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expectAccessible(page);

    await signIn(page, 'gerante@menuiserie-berrichonne.example');
    await heading(page, 'Bonjour Claire Berthon');
    expect(path(page)).toBe('/');
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Région Centre-Val de Loire');
    expect(await header.textContent()).toContain('Espace fournisseurs');
    expect(await header.textContent()).toContain('Claire Berthon');
    expect(await navLinks(page)).toEqual(['Tableau de bord', 'Factures', 'Enquêtes', 'Déontologie', 'Médiation', 'Entreprise']);
    expect(await page.getByRole('link', { name: 'Tableau de bord' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('main').textContent()).toContain('Menuiserie Berrichonne SARL');
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).count()).toBe(1);
    await expectAccessible(page);

    // On a fresh load, the skip link comes first and leads to the content.
    await page.reload();
    await heading(page, 'Bonjour Claire Berthon');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');

    await page.getByRole('navigation').getByRole('link', { name: 'Factures' }).click();
    await heading(page, 'Factures');
    await page.getByRole('search', { name: 'Filtrer les factures' }).waitFor();
    await page.getByRole('status').filter({ hasText: /facture/ }).waitFor();
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Entreprise' }).click();
    await heading(page, 'Entreprise');
    expect(await page.getByRole('link', { name: 'Entreprise' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('rowheader', { name: 'Hugo Martin' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('38012986600014');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Company');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await navLinks(page)).toEqual(['Dashboard', 'Invoices', 'Surveys', 'Ethics', 'Mediation', 'Company']);
    expect(await page.getByRole('columnheader', { name: 'Last sign-in' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    expect(path(page)).toBe('/connexion');
    await page.goto('/entreprise');
    await heading(page, 'Sign in');
    expect(path(page)).toBe('/connexion');
  });

  it('a wrong password gets the generic message in an alert', async () => {
    const { page } = await browser.open();
    await signInExpectingFailure(page);
    const alert = page.getByRole('alert');
    expect((await alert.textContent())?.trim()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(path(page)).toBe('/connexion');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('acheteur@centrevaldeloire.example');
    await expectAccessible(page);
  });

  it('the accessibility statement and an unknown address are pages of their own', async () => {
    const { page } = await browser.open();
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
    await heading(page, "Déclaration d'accessibilité");
    expect(await page.getByRole('main').textContent()).toContain('Défenseur des droits');
    await expectAccessible(page);

    await page.goto('/nulle-part');
    await heading(page, 'Page introuvable');
    await expectAccessible(page);
  });
});

async function signInExpectingFailure(page: Page) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill('acheteur@centrevaldeloire.example');
  await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').waitFor();
}
