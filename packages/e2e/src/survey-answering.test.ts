import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();

/** The demo data's open campaign: this year's (the closed ones are 2020 and 2021). */
const OPEN_SURVEY = /^Enquête de satisfaction des fournisseurs (?!2020|2021)\d{4}$/;
const ANONYMOUS = 'Vos réponses sont anonymes : rien ne les relie à votre entreprise.';

/** Filled by the first test: the survey's address. */
let surveyPath = '';

const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });
const checked = (page: Page, groupName: string | RegExp, choice: string) => group(page, groupName).getByRole('radio', { name: choice, exact: true }).isChecked();
const draftSaved = (page: Page) => page.getByRole('status').filter({ hasText: /^Brouillon enregistré à \d{1,2} h \d{2}$/ }).waitFor();
/** The answer to the draft save that carries `fragment` (the last answer typed). */
const draftSavedWith = (page: Page, fragment: string) =>
  page.waitForResponse((r) => r.url().endsWith('/graphql') && /SaveSurveyDraft/.test(r.request().postData() ?? '') && (r.request().postData() ?? '').includes(fragment));

describe('answering the yearly survey for one supplier, in two sittings and by two users', () => {
  it('a member opens it, reads that it is anonymous, answers half with the keyboard alone at 320 px, and leaves', async () => {
    const { context, page } = await browser.open({ width: 320, height: 640 });
    await pinFrench(context);
    await signIn(page, 'compta@menuiserie-berrichonne.example');
    await heading(page, 'Bonjour Hugo Martin');
    const card = page.getByRole('region', { name: 'Une enquête attend votre réponse' });
    expect(await card.textContent()).toContain('À compléter avant le');

    await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click();
    await heading(page, 'Enquêtes');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: OPEN_SURVEY }) });
    expect(await item.textContent()).toContain('À compléter');
    expect(await item.textContent()).toContain('Anonymes');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await item.getByRole('link', { name: OPEN_SURVEY }).click();
    await heading(page, OPEN_SURVEY);
    surveyPath = path(page);
    expect(surveyPath).toMatch(/^\/enquetes\/[\w-]+$/);
    // Before anything else: anonymous or not, the deadline, and for whom one answers.
    const intro = page.getByRole('region', { name: 'Avant de commencer' });
    expect(await intro.getByText(ANONYMOUS).count()).toBe(1);
    expect(await intro.textContent()).toContain('Menuiserie Berrichonne SARL');
    expect(await intro.textContent()).toMatch(/Date limite\s*\d{1,2}(er)? \p{L}+ \d{4}/u);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // The keyboard alone: Enter on "Commencer", Tab into each group, arrows to choose, Enter to go on.
    await page.getByRole('button', { name: 'Commencer' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Page 1 sur 3' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Page 1 sur 3');
    expect(await page.getByText('0 question sur 8').count()).toBe(1);
    expect(await page.locator('progress').getAttribute('max')).toBe('8');
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('1 Très insatisfait');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Page suivante');
    // Nothing answered yet: the required questions say so and the focus goes back to the first.
    await page.keyboard.press('Enter');
    expect(await page.getByText('Répondez à cette question : elle est obligatoire.').count()).toBe(2);
    expect(await focusedLabel()).toBe('1 Très insatisfait');
    await expectAccessible(page);

    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await checked(page, /^Globalement/, '4 Satisfait')).toBe(true);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await checked(page, /délais de paiement/, '5 Très satisfait')).toBe(true);
    // A 4 does not ask what disappointed.
    expect(await page.getByLabel("Qu'est-ce qui vous a déçu ?").count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Page 2 sur 3' }).waitFor();
    expect(await page.getByText('2 questions sur 8').count()).toBe(1);

    const saved = draftSavedWith(page, '"number":8');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await checked(page, /consultations/, '3 Ni satisfait ni insatisfait')).toBe(true);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await checked(page, /Recommanderiez-vous/, '8')).toBe(true);
    await saved;
    await draftSaved(page);
    expect(await page.getByText('4 questions sur 8').count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // Left there: the list says a draft is saved, for the whole company.
    await page.getByRole('link', { name: 'Retour aux enquêtes' }).click();
    await heading(page, 'Enquêtes');
    await item.filter({ hasText: 'Brouillon enregistré' }).waitFor();
  });

  it('the owner, in another browser, finds the draft, finishes, sends, and reads the confirmation', async () => {
    expect(surveyPath).not.toBe('');
    const { context, page } = await browser.open();
    await pinFrench(context);
    await signIn(page, 'gerante@menuiserie-berrichonne.example');
    await heading(page, 'Bonjour Claire Berthon');
    const card = page.getByRole('region', { name: 'Une enquête attend votre réponse' });
    expect(await card.textContent()).toContain('Brouillon enregistré : à terminer avant le');
    await card.getByRole('link', { name: OPEN_SURVEY }).click();
    await heading(page, OPEN_SURVEY);
    expect(path(page)).toBe(surveyPath);
    expect(await page.getByText(ANONYMOUS).count()).toBe(1);
    expect(await page.getByText('Un brouillon est enregistré : 4 questions sur 8 ont une réponse.').count()).toBe(1);
    await expectAccessible(page);

    // Back where the colleague stopped: the first page with a question left to answer.
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await page.getByRole('heading', { name: 'Page 2 sur 3' }).waitFor();
    expect(await checked(page, /consultations/, '3 Ni satisfait ni insatisfait')).toBe(true);
    expect(await checked(page, /Recommanderiez-vous/, '8')).toBe(true);
    await page.getByRole('button', { name: 'Page précédente' }).click();
    expect(await checked(page, /^Globalement/, '4 Satisfait')).toBe(true);
    expect(await checked(page, /délais de paiement/, '5 Très satisfait')).toBe(true);
    await page.getByRole('button', { name: 'Page suivante' }).click();

    await group(page, /informé/).getByLabel('Courriel').check();
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByRole('heading', { name: 'Page 3 sur 3' }).waitFor();
    await group(page, /améliorer/).getByLabel('La dématérialisation').check();
    await group(page, /consultation de la Région/).getByLabel('Oui').check();
    const saved = draftSavedWith(page, 'réunions fournisseurs');
    await page.getByLabel('Vos suggestions').fill('Continuer les réunions fournisseurs en région.');
    await saved;
    expect(await page.getByText('46 caractères sur 2 000 au plus.').count()).toBe(1);
    await draftSaved(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Relire mes réponses' }).click();

    const review = page.getByRole('region', { name: 'Relire et envoyer' });
    await review.waitFor();
    const text = (await review.textContent()) ?? '';
    for (const answer of ['4 — Satisfait', '5 — Très satisfait', '3 — Ni satisfait ni insatisfait', 'Courriel', 'La dématérialisation', 'Continuer les réunions fournisseurs en région.']) {
      expect(text).toContain(answer);
    }
    expect(await page.getByText('8 questions sur 8').count()).toBe(1);
    await expectAccessible(page);
    await review.getByRole('button', { name: 'Envoyer mes réponses' }).click();

    await page.getByRole('heading', { name: 'Merci, vos réponses sont envoyées' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('La Région a bien reçu la réponse de votre entreprise.');
    await expectAccessible(page);

    // Opened again, the survey is read-only: answered, and anonymous, so nothing to show back.
    await page.reload();
    await page.getByRole('heading', { name: 'Votre entreprise a répondu' }).waitFor();
    expect(await page.getByRole('button').filter({ hasText: /Commencer|Reprendre|Envoyer/ }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto('/enquetes');
    await page.getByRole('listitem').filter({ has: page.getByRole('link', { name: OPEN_SURVEY }) }).filter({ hasText: 'Répondu' }).waitFor();
  });
});
