import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, signIn, useBrowser } from './browser';

const browser = useBrowser();

describe('interest rates', () => {
  it('an agent reads the ECB rates per half-year, with the rate of late interest beside each', async () => {
    const { page } = await browser.open();
    await signIn(page, 'acheteur@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: "Taux d'intérêt" }).click();
    await heading(page, "Taux d'intérêt");
    const table = page.getByRole('table', { name: /Taux de la BCE par semestre/ });
    const row = table.getByRole('row', { name: /1er semestre 2025/ });
    expect((await row.getByRole('cell').allTextContents()).slice(0, 3).map((c) => c.replace(/\s+/g, ' '))).toEqual(['3,15 %', '11,15 %', 'confirmé']);
    expect(await table.getByRole('row', { name: /2d semestre 2026/ }).textContent()).toContain('à confirmer');
    expect(await page.getByRole('button', { name: /Modifier/ }).count()).toBe(0);
    expect(await page.getByText('Seuls les administrateurs peuvent modifier ces taux.').count()).toBe(1);
    await expectAccessible(page);
  });

  it('the administrator records a rate (for a half-year no invoice depends on)', async () => {
    const { page } = await browser.open();
    await signIn(page, 'admin@centrevaldeloire.example');
    await page.goto('/back-office/taux');
    await heading(page, "Taux d'intérêt");
    const form = page.getByRole('region', { name: 'Enregistrer un taux' });
    await form.getByLabel('Année').fill('2099');
    await form.getByLabel('Semestre').selectOption('2');
    await form.getByLabel('Taux de la BCE, en %').fill('1,25');
    await form.getByLabel('À confirmer').check();
    await form.getByRole('button', { name: 'Enregistrer le taux' }).click();
    await form.getByText('Taux enregistré : 1,25 % à partir du 1er juillet 2099.').waitFor();
    const row = page.getByRole('table').getByRole('row', { name: /2d semestre 2099/ });
    expect((await row.getByRole('cell').allTextContents()).slice(0, 3).map((c) => c.replace(/\s+/g, ' '))).toEqual(['1,25 %', '9,25 %', 'à confirmer']);
    await expectAccessible(page);
  });
});
