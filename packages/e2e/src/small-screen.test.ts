import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, signIn, useBrowser } from './browser';

const browser = useBrowser();

describe('at 320 CSS pixels wide', () => {
  it('nothing scrolls sideways and the navigation works', async () => {
    const { page } = await browser.open({ width: 320, height: 640 });
    await page.goto('/connexion');
    await heading(page, 'Connexion');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await signIn(page, 'marches@informatique-nationale.example');
    await heading(page, 'Bonjour Inès Durand');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    const entreprise = page.getByRole('navigation').getByRole('link', { name: 'Entreprise' });
    expect(await entreprise.isVisible()).toBe(true);
    await entreprise.click();
    await heading(page, 'Entreprise');
    await page.getByRole('rowheader', { name: 'Inès Durand' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Déontologie' }).click();
    await heading(page, 'Déontologie');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  });

  it('the back-office directory fits too', async () => {
    const { page } = await browser.open({ width: 320, height: 640 });
    await signIn(page, 'audit@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Annuaire des fournisseurs' }).click();
    await heading(page, 'Annuaire des fournisseurs');
    await page.getByRole('status').filter({ hasText: /^\d+ fournisseurs$/ }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });
});
