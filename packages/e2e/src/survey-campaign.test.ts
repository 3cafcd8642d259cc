import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();

// A title unique to this run: CI may run the browser tests again on the same database.
const TITLE = `Enquête flash E2E-${Date.now().toString(36).toUpperCase()}`;
const SUPPLIER_EMAIL = 'direction@transports-ligeriens.example';
const IDENTIFIED = 'Cette enquête est nominative : vos réponses sont rattachées à votre entreprise.';

/** Filled by the first test: the campaign's page. */
let campaignPath = '';

const question = (page: Page, n: number) => page.getByRole('group', { name: `Question ${n}`, exact: true });

async function writeQuestion(page: Page, n: number, type: string, labelFr: string, labelEn: string) {
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  const q = question(page, n);
  await q.getByLabel('Type de question').selectOption({ label: type });
  await q.getByLabel('Libellé en français').fill(labelFr);
  await q.getByLabel('Libellé en anglais').fill(labelEn);
  return q;
}

describe('a new campaign, from its design to an answer through the e-mailed link', () => {
  it('the survey manager creates a campaign with three questions and a condition, previews it and opens it', async () => {
    const { page } = await browser.open();
    await signIn(page, 'enquetes@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click();
    await heading(page, "Campagnes d'enquête");
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    await heading(page, 'Nouvelle campagne');
    await expectAccessible(page);

    // What is missing is said beside its field, and the focus goes there.
    await page.getByLabel('Titre').fill('');
    await page.getByRole('button', { name: 'Créer la campagne' }).click();
    await page.getByText('Saisissez le titre de la campagne.').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Titre (obligatoire)');

    await page.getByLabel('Titre').fill(TITLE);
    await page.getByLabel('Enquête anonyme').uncheck();
    await page.getByLabel("Texte d'introduction en français").fill('Trois questions sur nos échanges de cette année.');
    await page.getByLabel('PME').check();
    await page.getByLabel('En Centre-Val de Loire seulement').check();
    await page.getByLabel("Codes d'activité (NAF)").fill('49.41');
    await page.getByRole('button', { name: 'Créer la campagne' }).click();
    await heading(page, TITLE);
    campaignPath = path(page);
    expect(campaignPath).toMatch(/^\/back-office\/enquetes\/[\w-]+$/);
    expect(await page.getByRole('main').textContent()).toContain('Brouillon');

    const q1 = await writeQuestion(page, 1, 'Satisfaction, de 1 à 5', 'Êtes-vous satisfait de nos échanges ?', 'Are you satisfied with our exchanges?');
    expect(await q1.getByLabel('Question principale (taux de satisfaction)').isChecked()).toBe(true);
    await writeQuestion(page, 2, 'Oui ou non', 'Avez-vous rencontré un problème ?', 'Did you meet a problem?');
    const q3 = await writeQuestion(page, 3, 'Texte libre', 'Lequel ?', 'Which one?');
    await q3.getByLabel('Réponse obligatoire').uncheck();
    await q3.getByLabel('Afficher cette question').selectOption({ label: 'Selon la réponse à la question 2 : Avez-vous rencontré un problème ?' });
    await q3.getByRole('group', { name: "Réponses qui l'affichent" }).getByLabel('Oui').check();
    // Reordering with buttons: the second question up, then back down; the focus follows it.
    await question(page, 2).getByRole('button', { name: 'Monter la question 2' }).click();
    expect(await question(page, 1).getByLabel('Libellé en français').inputValue()).toBe('Avez-vous rencontré un problème ?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Descendre la question 1');
    await page.keyboard.press('Enter');
    expect(await question(page, 2).getByLabel('Libellé en français').inputValue()).toBe('Avez-vous rencontré un problème ?');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
    await page.getByRole('status').filter({ hasText: 'Questionnaire enregistré.' }).waitFor();
    expect(await page.getByText('Modifications non enregistrées.').count()).toBe(0);

    // The preview is the supplier's form: the condition works, nothing is saved.
    await page.getByRole('link', { name: 'Prévisualiser' }).click();
    await heading(page, `Aperçu : ${TITLE}`);
    expect(await page.getByText(IDENTIFIED).count()).toBe(1);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('heading', { name: 'Page 1 sur 1' }).waitFor();
    expect(await page.getByLabel('Lequel ?').count()).toBe(0);
    await page.getByRole('group', { name: /problème/ }).getByLabel('Oui').check();
    await page.getByLabel('Lequel ?').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Aperçu : les réponses ne sont pas enregistrées.' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Retour à la campagne' }).click();
    await heading(page, TITLE);

    await page.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir la campagne ?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Les invitations vont partir aussitôt par e-mail');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ouvrir et envoyer les invitations' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const followUp = page.getByRole('region', { name: 'Suivi' });
    await followUp.getByText('La campagne est ouverte : les invitations sont parties.').waitFor();
    expect(await followUp.locator('dt:text-is("Fournisseurs invités") + dd').textContent()).toMatch(/^[1-9]\d*$/);
    await followUp.getByRole('button', { name: 'Relancer les non-répondants' }).click();
    await followUp.getByText(/Aucun fournisseur à relancer pour l'instant/).waitFor();
    await expectAccessible(page);
  });

  it("a supplier answers through the e-mail's link, without signing in, at 320 px", async () => {
    expect(campaignPath).not.toBe('');
    const admin = (await browser.open()).page;
    await signIn(admin, 'admin@centrevaldeloire.example');
    await admin.getByRole('navigation').getByRole('link', { name: "Boîte d'envoi" }).click();
    await heading(admin, "Boîte d'envoi");
    const mail = admin.getByRole('article').filter({ hasText: TITLE }).filter({ hasText: SUPPLIER_EMAIL }).first();
    const link = new URL((await mail.getByRole('link', { name: /\/enquetes\/repondre\// }).getAttribute('href'))!).pathname;
    expect(link).toMatch(/^\/enquetes\/repondre\/[\w-]+$/);

    const { context, page } = await browser.open({ width: 320, height: 640 });
    await pinFrench(context);
    await page.goto(link);
    await heading(page, TITLE);
    // The app's own header, skip link and footer; no navigation, nobody signed in.
    expect(await page.getByRole('banner').textContent()).toContain('Espace fournisseurs');
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Aller au contenu' }).count()).toBe(1);
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).count()).toBe(1);
    const intro = page.getByRole('region', { name: 'Avant de commencer' });
    expect(await intro.getByText(IDENTIFIED).count()).toBe(1);
    expect(await intro.textContent()).toContain('Transports Ligériens SAS');
    expect(await intro.textContent()).toContain('Trois questions sur nos échanges de cette année.');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await intro.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('group', { name: /satisfait de nos échanges/ }).getByLabel('5 Très satisfait').check();
    await page.getByRole('group', { name: /problème/ }).getByLabel('Oui').check();
    await page.getByLabel('Lequel ?').fill('Un bon de commande arrivé en retard.');
    await page.getByRole('status').filter({ hasText: /^Brouillon enregistré à/ }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Relire mes réponses' }).click();
    await page.getByRole('region', { name: 'Relire et envoyer' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();

    await page.getByRole('heading', { name: 'Merci, vos réponses sont envoyées' }).waitFor();
    const done = (await page.getByRole('main').textContent()) ?? '';
    expect(done).toContain(IDENTIFIED);
    expect(done).toContain('5 — Très satisfait');
    expect(done).toContain('Un bon de commande arrivé en retard.');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // The survey team sees one answer.
    await admin.close();
    const manager = (await browser.open()).page;
    await signIn(manager, 'enquetes@centrevaldeloire.example');
    await manager.goto(campaignPath);
    await heading(manager, TITLE);
    expect(await manager.getByRole('region', { name: 'Suivi' }).locator('dt:text-is("Ont répondu") + dd').textContent()).toMatch(/^1 \(/);
  });
});
