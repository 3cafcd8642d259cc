import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'Demo-SPASER-2026';
/** The demo agents of the strongest roles are seeded enrolled with this TOTP secret (README, development only). */
export const DEMO_TOTP_SECRET = 'SPASERDEMOAGENTSECRETCVLTOTPKEYS';

/** The current code of a TOTP secret (SHA-1, 6 digits, 30 s), as an authenticator app shows it. */
export function totpCode(secret = DEMO_TOTP_SECRET, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp });
}

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, uncaught exceptions and Content-Security-Policy violations seen so far. */
  problems: string[];
}

/**
 * One browser for the test file; `open()` gives a fresh context (no cookie, no storage) per user.
 * After each test, every page it opened must have had no console error or warning and no CSP violation.
 */
export function useBrowser() {
  let browser: Browser;
  const visits: Visit[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    const problems = visits.flatMap((v) => v.problems);
    await Promise.all(visits.map((v) => v.context.close()));
    visits.length = 0;
    expect(problems).toEqual([]);
  });
  return {
    async open(viewport?: { width?: number; height?: number }): Promise<Visit> {
      const visit = await openPage(browser, viewport);
      visits.push(visit);
      return visit;
    },
  };
}

async function openPage(browser: Browser, { width = 1280, height = 900 } = {}): Promise<Visit> {
  // A distinct client address per context (the server trusts X-Forwarded-For in these tests).
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ baseURL: inject('baseUrl'), viewport: { width, height }, extraHTTPHeaders: { 'x-forwarded-for': address } });
  // Reported even when the browser would not log them.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** The WCAG 2.1 A and AA rules axe checks: none may fail. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Signs in through the form; waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await heading(page, 'Connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname !== '/connexion');
  // Agents of the strongest roles give their second factor (the demo ones share a known secret).
  if (new URL(page.url()).pathname === '/connexion/verification') {
    await page.getByLabel('Code de vérification').fill(totpCode());
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  }
}

export const path = (page: Page) => new URL(page.url()).pathname;

export const navLinks = (page: Page) => page.getByRole('navigation', { name: /Navigation principale|Main navigation/ }).getByRole('link').allTextContents();

/** The page's full width: at 320 CSS pixels nothing may scroll sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * French on this device whatever the account's saved language (another test may have switched an
 * account to English): a choice made on the device wins over the account's.
 */
export async function pinFrench(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('spaser.language', 'fr'));
}
