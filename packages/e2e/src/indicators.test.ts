import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();

const flat = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
const parisYear = () => Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 4));

/** A figure's card in a section of figures, by its title. */
const card = (section: Locator, title: string) => section.getByRole('listitem').filter({ has: section.page().getByRole('heading', { name: title, exact: true }) });

/** Every chart of a block is an SVG image named by its title and summary, followed by its data table. */
async function expectChartsWithTables(block: Locator, atLeast: number) {
  const charts = block.locator('section.line-chart');
  const count = await charts.count();
  expect(count).toBeGreaterThanOrEqual(4);
  let drawn = 0;
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    const title = await flat(chart.getByRole('heading'));
    if ((await chart.getByRole('img').count()) === 0) {
      // A trend with no data at all says so, with neither axes nor table.
      expect(await flat(chart)).toContain('Pas encore de données');
      continue;
    }
    drawn++;
    const image = chart.getByRole('img');
    expect(await image.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    expect(await image.getAttribute('aria-labelledby')).toMatch(/^\S+ \S+$/);
    expect(await image.locator('title').textContent()).toBe(title);
    expect((await image.locator('desc').textContent())!.length).toBeGreaterThan(20);
    const table = chart.getByRole('table', { name: `${title} : données` });
    expect(await table.getByRole('columnheader').first().textContent()).toBe('Année');
    expect(await table.getByRole('rowheader').first().textContent()).toBe('2018');
  }
  expect(drawn).toBeGreaterThanOrEqual(atLeast);
}

async function graphqlWithToken(secret: string) {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{"query":"{ viewer { email } }"}',
  });
  return (await response.json()) as { data?: { viewer: { email: string } | null }; errors?: unknown[] };
}

async function openFromNav(page: Page, link: string, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await heading(page, title);
}

describe('SPASER indicators, GraphQL explorer, API tokens and the public SPASER page', () => {
  it('an agent reads the 2021 indicators and their trends, each chart with its table, and downloads the CSV', async () => {
    const { page, context } = await browser.open();
    await pinFrench(context);
    await signIn(page, 'finances@centrevaldeloire.example');
    await openFromNav(page, 'Indicateurs SPASER', 'Indicateurs SPASER');
    // The last full year by default.
    const year = page.getByRole('combobox', { name: 'Année' });
    expect(await year.inputValue()).toBe(String(parisYear() - 1));
    await page.getByRole('region', { name: `Paiements en ${parisYear() - 1}` }).waitFor();

    await year.selectOption('2021');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL((url) => url.searchParams.get('annee') === '2021');
    const suppliers = page.getByRole('region', { name: 'Fournisseurs en 2021' });
    expect(await flat(card(suppliers, 'Part de TPE/PME'))).toContain('76 %');
    expect(await flat(card(suppliers, 'Part régionale des TPE/PME'))).toContain('78,6 %');
    expect(await flat(card(suppliers, 'Fournisseurs régionaux actifs'))).toMatch(/Fournisseurs régionaux actifs ?250 ?Avec/);
    const payments = page.getByRole('region', { name: 'Paiements en 2021' });
    expect(await flat(card(payments, 'Délai moyen de paiement'))).toContain('18,8 jours');
    expect(await flat(card(payments, 'Délai moyen de paiement'))).toContain('Maximum légal : 30 jours');
    expect(await flat(card(payments, 'Factures payées en retard'))).toMatch(/\d+(,\d)? % ?\d+ sur \d+ factures payées/);
    expect(await flat(card(payments, 'Intérêts moratoires dus'))).toMatch(/\d+,\d\d €/);
    const survey = page.getByRole('region', { name: 'Enquête de satisfaction 2021' });
    expect(await flat(card(survey, 'Taux de satisfaction'))).toContain('80 %');
    expect(await flat(survey)).toContain('Campagne : Enquête de satisfaction des fournisseurs 2021.');
    const declarations = page.getByRole('region', { name: 'Déclarations de déontologie en 2021' });
    expect(await declarations.getByRole('table', { name: 'Déclarations 2021 par nature' }).getByRole('rowheader').allTextContents()).toEqual([
      'Cadeaux',
      'Invitations',
      "Conflits d'intérêts",
      'Pratiques anticoncurrentielles',
    ]);
    await page.getByRole('region', { name: 'Marchés en 2021' }).waitFor();

    const trends = page.getByRole('region', { name: `Évolution de 2018 à ${parisYear()}` });
    await trends.getByRole('table', { name: 'Délais de paiement : données' }).waitFor();
    await expectChartsWithTables(trends, 3);
    const delays = trends.getByRole('region', { name: 'Délais de paiement', exact: true });
    expect(await delays.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await flat(delays.getByRole('img').locator('desc'))).toMatch(/^Délai moyen : 29,6 jours en 2018, [\d,]+ jours? en \d{4}\./);
    const delayRows = delays.getByRole('table').getByRole('row');
    expect(await flat(delayRows.filter({ hasText: /^2018/ }))).toMatch(/^2018 ?29,6 jours ?[\d,]+ jours$/);
    expect(await flat(delayRows.filter({ hasText: /^2021/ }))).toMatch(/^2021 ?18,8 jours ?[\d,]+ jours$/);
    const satisfaction = trends.getByRole('region', { name: 'Satisfaction des fournisseurs', exact: true });
    expect(await flat(satisfaction.getByRole('table').getByRole('row').filter({ hasText: /^2021/ }))).toMatch(/^2021 ?80 %/);
    const mix = trends.getByRole('region', { name: 'Profil des fournisseurs', exact: true });
    expect(await flat(mix.getByRole('table').getByRole('row').filter({ hasText: /^2021/ }))).toMatch(/^2021 ?76 % ?78,6 %$/);
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Indicateurs 2021 au format CSV (tableur)' }).click()]);
    expect(download.suggestedFilename()).toBe('spaser-2021.csv');
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.split(/\r?\n/)[0]).toContain(';');
    expect(text).toContain('Délai moyen de paiement;18,8');
    expect(text).toContain('Part de TPE/PME (taille connue);76');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Indicateurs 2021 au format JSON' }).click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { year: number; payments: { averageDelayDays: number } };
    expect(report.year).toBe(2021);
    expect(report.payments.averageDelayDays).toBe(18.8);
  });

  it('an agent runs a query in the explorer, reads 18.8 in the answer, sees errors, and browses the schema', async () => {
    const { page, context } = await browser.open();
    await pinFrench(context);
    await signIn(page, 'audit@centrevaldeloire.example');
    await openFromNav(page, 'Explorateur GraphQL', 'Explorateur GraphQL');
    const docs = page.getByRole('region', { name: 'Documentation du schéma' });
    await docs.getByRole('article', { name: /^Query/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Requête GraphQL').fill('{ spaserReport(year: 2021) { payments { averageDelayDays } } }');
    await page.getByLabel('Variables (JSON)').fill('');
    await page.getByRole('button', { name: 'Exécuter' }).click();
    const status = page.getByRole('status').filter({ hasText: /^Résultat reçu/ });
    await status.waitFor();
    expect(await status.textContent()).toBe('Résultat reçu (HTTP 200).');
    const result = page.getByRole('region', { name: 'Requête' }).locator('pre');
    expect(JSON.parse((await result.textContent())!)).toEqual({ data: { spaserReport: { payments: { averageDelayDays: 18.8 } } } });

    // A refused argument: the errors stand out, the status says so (HTTP 200: a 400 would be logged by the browser).
    await page.getByLabel('Requête GraphQL').fill('{ spaserReport(year: 1999) { year } }');
    await page.getByLabel('Requête GraphQL').press('Control+Enter');
    await page.getByRole('status').filter({ hasText: /^Résultat reçu avec 1 erreur/ }).waitFor();
    expect(await flat(page.locator('.alert--error'))).toMatch(/^Le serveur signale 1 erreur : ?Année invalide.*\(BAD_USER_INPUT\)$/);

    // The documentation of a type, then an example written from a Query field.
    await docs.getByLabel('Filtrer les types').fill('paymentfig');
    const types = docs.getByRole('list', { name: 'Types du schéma' });
    expect(await types.getByRole('button').allTextContents()).toEqual(['PaymentFigures']);
    await types.getByRole('button', { name: 'PaymentFigures' }).click();
    const payment = docs.getByRole('article', { name: /^PaymentFigures/ });
    expect(await flat(payment)).toContain('averageDelayDays : Float');
    expect(await flat(payment)).toContain('Average observed delay from receipt to payment issue');
    expect(await payment.getByRole('heading').evaluate((h) => h === document.activeElement)).toBe(true);
    await payment.getByRole('button', { name: 'Money', exact: false }).first().click();
    await docs.getByRole('article', { name: /^Money/ }).waitFor();

    await docs.getByLabel('Filtrer les types').fill('');
    await types.getByRole('button', { name: 'Query', exact: true }).click();
    const query = docs.getByRole('article', { name: /^Query/ });
    expect(await flat(query)).toContain('spaserReport : SpaserReport!');
    await query.getByRole('button', { name: 'Insérer un exemple : spaserReport', exact: true }).click();
    expect(await page.getByLabel('Requête GraphQL').inputValue()).toMatch(/^query SpaserReport\(\$year: Int!\) \{\n {2}spaserReport\(year: \$year\) \{\n/);
    expect(JSON.parse(await page.getByLabel('Variables (JSON)').inputValue())).toEqual({ year: parisYear() });
    await page.getByRole('button', { name: 'Exécuter' }).click();
    await page.getByRole('status').filter({ hasText: /^Résultat reçu \(HTTP 200\)/ }).waitFor();
    const answer = JSON.parse((await result.textContent())!) as { data: { spaserReport: { year: number } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.spaserReport.year).toBe(parisYear());
    await expectAccessible(page);
  });

  it('an agent creates an API token, sees its secret once, uses it from a script, then revokes it', async () => {
    const { page, context } = await browser.open();
    await pinFrench(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'finances@centrevaldeloire.example');
    await openFromNav(page, "Jetons d'accès API", "Jetons d'accès API");
    const form = page.getByRole('form', { name: 'Nouveau jeton' });
    const roles = form.getByRole('group', { name: 'Rôles du jeton' });
    expect(await roles.getByRole('checkbox').count()).toBe(1);
    expect(await roles.getByRole('checkbox', { name: 'Finances' }).isChecked()).toBe(true);
    expect(await form.getByLabel(/Durée de validité/).inputValue()).toBe('90');
    await expectAccessible(page);

    const name = `Export e2e ${Date.now()}`;
    await form.getByLabel(/Nom du jeton/).fill(name);
    await form.getByLabel(/Durée de validité/).fill('7');
    await form.getByRole('button', { name: 'Créer le jeton' }).click();
    const panel = page.getByRole('region', { name: `Jeton « ${name} » créé` });
    await panel.waitFor();
    expect(await panel.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await flat(panel)).toContain('il ne sera plus jamais affiché');
    const secretField = panel.getByLabel('Secret du jeton');
    expect(await secretField.getAttribute('readonly')).not.toBeNull();
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    const origin = new URL(page.url()).origin;
    expect(await flat(panel.locator('pre'))).toContain(`-H 'Authorization: Bearer ${secret}'`);
    expect(await flat(panel.locator('pre'))).toContain(`'${origin}/graphql'`);
    await panel.getByRole('button', { name: 'Copier le secret' }).click();
    await panel.getByRole('status').filter({ hasText: 'Secret copié dans le presse-papiers.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await expectAccessible(page);

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    expect(await flat(row)).toMatch(/Finances.*Actif/);

    // The token works as a script would use it.
    expect((await graphqlWithToken(secret)).data?.viewer?.email).toBe('finances@centrevaldeloire.example');

    // Once dismissed, the secret is nowhere on the page.
    await panel.getByRole('button', { name: "J'ai copié le secret" }).click();
    await form.waitFor();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: `Révoquer ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Révoquer le jeton « ${name} » ?` });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
    await page.getByText(`Le jeton « ${name} » est révoqué.`).waitFor();
    expect(await flat(row)).toContain('Révoqué');
    expect(await row.getByRole('button').count()).toBe(0);
    const after = await graphqlWithToken(secret);
    expect(after.data?.viewer ?? null).toBeNull();
  });

  it('a visitor with no session reads the public SPASER at 320 px: the rules, the charter and the 2021 figures', async () => {
    const { page, context } = await browser.open({ width: 320, height: 640 });
    await pinFrench(context);
    // From the sign-in page, as a supplier would find it.
    await page.goto('/connexion');
    await heading(page, 'Connexion');
    await page.getByRole('link', { name: /Découvrir, sans vous connecter, le SPASER/ }).click();
    await heading(page, 'Le SPASER de la Région Centre-Val de Loire');
    expect(path(page)).toBe('/spaser');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/connexion');
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Le SPASER de la Région' }).getAttribute('href')).toBe('/spaser');
    expect(await flat(page.getByRole('region', { name: "Qu'est-ce que le SPASER ?" }))).toContain('article L2111-3 du Code de la commande publique');
    await page.getByRole('heading', { level: 2, name: /^Les indicateurs de \d{4}$/ }).waitFor();
    const rules = page.getByRole('region', { name: 'Les règles pour les fournisseurs' });
    expect(await flat(rules)).toContain('dans un délai de 30 jours');
    expect(await flat(rules)).toMatch(/au-delà de [\d  ,]+ € par an et par entreprise \(SIREN\)/);

    const published = (await (await fetch(`${inject('baseUrl')}/public/spaser.json`)).json()) as { charter: { title: string; version: number } | null };
    expect(published.charter).not.toBeNull();
    const charter = page.getByRole('article', { name: published.charter!.title, exact: true });
    expect(await flat(charter)).toContain(`Version ${published.charter!.version}, en vigueur depuis le`);
    expect(await charter.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await flat(charter)).not.toMatch(/(^|\s)##? /);

    const picker = page.getByRole('combobox', { name: 'Année' });
    await picker.selectOption('2021');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('heading', { level: 2, name: 'Les indicateurs de 2021' }).waitFor();
    expect(new URL(page.url()).searchParams.get('annee')).toBe('2021');
    const suppliers = page.getByRole('region', { name: 'Fournisseurs en 2021' });
    expect(await flat(card(suppliers, 'Part de TPE/PME'))).toContain('76 %');
    expect(await flat(card(suppliers, 'Part régionale des TPE/PME'))).toContain('78,6 %');
    expect(await flat(card(suppliers, 'Fournisseurs régionaux actifs'))).toContain('250');
    expect(await flat(card(page.getByRole('region', { name: 'Paiements en 2021' }), 'Délai moyen de paiement'))).toContain('18,8 jours');
    expect(await flat(card(page.getByRole('region', { name: 'Enquête de satisfaction 2021' }), 'Taux de satisfaction'))).toContain('80 %');

    const trend = page.getByRole('region', { name: /^L'évolution de 2018 à \d{4}$/ });
    await expectChartsWithTables(trend, 3);
    const delays = trend.getByRole('region', { name: 'Délais de paiement', exact: true }).getByRole('table').getByRole('row');
    expect(await flat(delays.filter({ hasText: /^2018/ }))).toMatch(/^2018 ?29,6 jours/);
    expect(await flat(delays.filter({ hasText: /^2021/ }))).toMatch(/^2021 ?18,8 jours/);

    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // The whole page in English too.
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'The SPASER of the Centre-Val de Loire Region');
    expect(await flat(card(page.getByRole('region', { name: 'Payments in 2021' }), 'Average payment delay'))).toContain('18.8 days');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });

  it('every page of the issue passes axe and fits 320 px, for an auditor', async () => {
    const { page, context } = await browser.open({ width: 320, height: 640 });
    await pinFrench(context);
    await signIn(page, 'audit@centrevaldeloire.example');
    const pages: [string, string, () => Promise<unknown>][] = [
      ['/back-office/indicateurs?annee=2021', 'Indicateurs SPASER', () => page.getByRole('table', { name: 'Délais de paiement : données' }).waitFor()],
      ['/back-office/explorateur', 'Explorateur GraphQL', () => page.getByRole('article', { name: /^Query/ }).waitFor()],
      [
        '/back-office/jetons',
        "Jetons d'accès API",
        // With a secret shown and a row in the table, the widest state of the page.
        async () => {
          const name = `Tableau 320 ${Date.now()}`;
          await page.getByRole('form', { name: 'Nouveau jeton' }).getByLabel(/Nom du jeton/).fill(name);
          await page.getByRole('button', { name: 'Créer le jeton' }).click();
          await page.getByRole('region', { name: `Jeton « ${name} » créé` }).waitFor();
          await page.getByRole('rowheader', { name, exact: true }).waitFor();
        },
      ],
      ['/spaser', 'Le SPASER de la Région Centre-Val de Loire', () => page.getByRole('table', { name: 'Délais de paiement : données' }).waitFor()],
    ];
    for (const [address, title, ready] of pages) {
      await page.goto(address);
      await heading(page, title);
      await ready();
      expect(await pageWidth(page), address).toBeLessThanOrEqual(320);
      await expectAccessible(page);
    }
    // Signed in, the public page offers the way back rather than the sign-in.
    expect(await page.getByRole('main').getByRole('link', { name: 'Retour à votre espace' }).getAttribute('href')).toBe('/back-office');
  });
});
