import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, heading, pageWidth, path, pinFrench, totpCode, useBrowser } from './browser';

const browser = useBrowser();

/** A code from the same secret that is surely not valid now (three periods ahead is outside the ±1 window). */
const wrongCode = (secret?: string) => totpCode(secret, Date.now() + 3 * 30_000);

async function password(page: Page, email: string) {
  await page.goto('/connexion');
  await heading(page, 'Connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

describe('second factor (TOTP) of the strongest agent roles', () => {
  it('a finance agent gives the password, then the code; a wrong code is refused; the pending session opens nothing else', async () => {
    const { page, context } = await browser.open();
    await pinFrench(context);
    await password(page, 'finances@centrevaldeloire.example');
    await heading(page, 'Vérification en deux étapes');
    expect(path(page)).toBe('/connexion/verification');
    await expectAccessible(page);

    // Half-authenticated: the API answers as if signed out.
    const viewer = await page.request.post('/graphql', { data: { query: '{ viewer { email } }' } });
    expect(((await viewer.json()) as { data: { viewer: unknown } }).data.viewer).toBeNull();

    await page.getByRole('button', { name: 'Valider' }).click();
    expect(await page.getByText('Saisissez le code de vérification.').count()).toBe(1);
    await page.getByLabel('Code de vérification').fill(wrongCode());
    await page.getByRole('button', { name: 'Valider' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Code incorrect ou expiré.');
    await expectAccessible(page);

    await page.getByLabel('Code de vérification').fill(totpCode());
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL((url) => url.pathname === '/back-office');
    const after = await page.request.post('/graphql', { data: { query: '{ viewer { email roles } }' } });
    expect(((await after.json()) as { data: { viewer: unknown } }).data.viewer).toEqual({ email: 'finances@centrevaldeloire.example', roles: ['FINANCE'] });
  });

  it('a buyer needs no code', async () => {
    const { page } = await browser.open();
    await password(page, 'acheteur@centrevaldeloire.example');
    await page.waitForURL((url) => url.pathname === '/back-office');
  });

  it('a fresh finance agent enrols at 320 px: key and otpauth URI, code, ten recovery codes; the next sign-in asks for the code', async () => {
    const { page, context } = await browser.open({ width: 320, height: 800 });
    await pinFrench(context);
    await password(page, 'nouvelle.finances@centrevaldeloire.example');
    await heading(page, 'Activer la vérification en deux étapes');
    expect(path(page)).toBe('/connexion/second-facteur');
    await page.getByRole('button', { name: 'Afficher ma clé' }).click();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.getByText(/^otpauth:\/\/totp\//).count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.getByLabel("Code affiché par l'application").fill(wrongCode(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Code incorrect ou expiré.');
    await page.getByLabel("Code affiché par l'application").fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await heading(page, 'Vérification en deux étapes activée');
    const codes = await page.getByRole('list', { name: 'Vos codes de secours' }).getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await page.getByRole('button', { name: "J'ai noté mes codes, continuer" }).click();
    await page.waitForURL((url) => url.pathname === '/back-office');

    // Another device: password, then a recovery code instead of the app (it works once).
    const other = await browser.open();
    await pinFrench(other.context);
    await password(other.page, 'nouvelle.finances@centrevaldeloire.example');
    await heading(other.page, 'Vérification en deux étapes');
    await other.page.getByLabel('Code de vérification').fill(codes[0]!);
    await other.page.getByRole('button', { name: 'Valider' }).click();
    expect(await other.page.getByRole('status').filter({ hasText: 'Code de secours accepté' }).textContent()).toContain('Il vous en reste 9');
    await other.page.getByRole('link', { name: 'Continuer' }).click();
    await other.page.waitForURL((url) => url.pathname === '/back-office');
  });
});
