import type { Cookie, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();

// Words unique to this run, to find its own declarations among the demo's and other files'.
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;
const FIRST_GIFT = `Livres sur le Berry ${RUN}`;
const SECOND_GIFT = `Panier gourmand ${RUN}`;

const flat = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** "78,50 €" (with French no-break spaces) → 7850. */
function cents(text: string): number {
  const m = /^(\d+),(\d{2})$/.exec(text.replace(/[\s\u00a0\u202f€]/g, ''));
  if (!m) throw new Error(`Not a French amount: ${text}`);
  return Number(m[1]) * 100 + Number(m[2]);
}

/** 7850 → "78,50 €" as the pages write it, spaces flattened. */
const euros = (c: number) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')} €`;

/** The first day of this year in Paris: a date no open consultation of this supplier covers, never in the future. */
const firstOfYear = () => `${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 4)}-01-01`;

/**
 * The session of Transports Ligériens' user, kept from the first test for the meeting test: the
 * server limits sign-ins per address, and the whole suite signs in from one.
 */
let tlCookies: Cookie[] = [];

/** The live rule check's announcement that contains `text`. */
const announcement = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function fillGift(page: Page, { what, value, agent }: { what: string; value: string; agent: string }) {
  await page.getByRole('radio', { name: 'Cadeau' }).check();
  await page.getByLabel('Quel cadeau ?').fill(what);
  await page.getByLabel('Valeur estimée, toutes taxes comprises, en euros').fill(value);
  await page.getByLabel('Date du cadeau').fill(firstOfYear());
  await page.getByLabel('À quelle occasion ?').fill('Vœux de nouvel an');
  await page.getByLabel('Rechercher un agent par son nom').fill(agent.split(' ')[0]!);
  await page.getByRole('radio', { name: new RegExp(`^${agent}`) }).check();
}

describe("the supplier's ethics pages", () => {
  it('a supplier that never accepted the charter reads it from the dashboard and accepts it; the page then says who accepted which version', async () => {
    const { context, page } = await browser.open();
    await pinFrench(context);
    await signIn(page, 'direction@transports-ligeriens.example');
    await heading(page, 'Bonjour Marc Loiret');
    tlCookies = await context.cookies();
    const reminder = page.getByRole('region', { name: 'Charte de déontologie : à accepter' });
    await reminder.getByRole('link', { name: /^Lire et accepter la charte \(version \d+\)$/ }).click();
    await heading(page, 'Déontologie');
    expect(path(page)).toBe('/deontologie');

    // Whatever version is in force (the back-office may have published a new one).
    const charter = page.getByRole('article');
    const version = Number(/Version (\d+), publiée le/.exec(await flat(charter))![1]);
    expect(await flat(page.getByRole('main'))).toContain(`Votre entreprise n'a pas encore accepté la charte (version ${version}).`);
    // Markdown as elements: the charter's sections are headings, never raw text with hashes.
    expect(await charter.getByRole('heading', { level: 2 }).count()).toBe(1);
    expect(await charter.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await flat(charter)).not.toMatch(/(^|\s)#{1,6}\s/);
    await expectAccessible(page);

    // Not ticked: refused, said beside the box, the focus on it.
    const accept = page.getByRole('button', { name: 'Accepter la charte' });
    await accept.click();
    await page.getByText('Cochez « J\'ai lu la charte » pour confirmer votre lecture avant d\'accepter.').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe("J'ai lu la charte");
    expect(await page.getByLabel("J'ai lu la charte").getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel("J'ai lu la charte").check();
    await accept.click();
    await page.getByText(`Merci : votre entreprise a accepté la version ${version} de la charte.`).waitFor();
    const main = await flat(page.getByRole('main'));
    expect(main).toMatch(new RegExp(`Votre entreprise a accepté la version ${version} de la charte le \\d{1,2}(er)? \\p{L}+ \\d{4}, par Marc Loiret\\.`, 'u'));
    expect(await accept.count()).toBe(0);
    const history = page.getByRole('region', { name: 'Historique des acceptations' });
    expect(await flat(history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Version ${version}` }) }))).toContain('Marc Loiret');
    await expectAccessible(page);

    // Read again from the server: the acceptance stands, and the dashboard no longer asks.
    await page.reload();
    await heading(page, 'Déontologie');
    await page.getByText(`Votre entreprise a accepté la version ${version} de la charte le`).waitFor();
    expect(await page.getByRole('button', { name: 'Accepter la charte' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
    await heading(page, 'Bonjour Marc Loiret');
    await page.getByRole('region', { name: 'Vos factures' }).waitFor();
    expect(await reminder.count()).toBe(0);
  });

  it('at 320 px, a supplier declares gifts to an agent: the cap warning with the running total shows before filing, and the list shows the flag', async () => {
    const { context, page } = await browser.open({ width: 320, height: 800 });
    await pinFrench(context);
    await signIn(page, 'marches@informatique-nationale.example');
    await heading(page, 'Bonjour Inès Durand');
    await page.goto('/deontologie');
    await heading(page, 'Déontologie');
    await page.getByRole('link', { name: 'Nouvelle déclaration' }).click();
    await heading(page, 'Nouvelle déclaration');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // Nothing chosen: the summary takes the focus and links to the field.
    const submit = page.getByRole('button', { name: 'Déposer la déclaration' });
    await submit.click();
    const summary = page.getByRole('group', { name: "Le formulaire n'est pas complet : 1 point à corriger." });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('radio', { name: 'Cadeau' }).check();
    await submit.click();
    await page.getByRole('group', { name: "Le formulaire n'est pas complet : 5 points à corriger." }).waitFor();
    await page.getByRole('link', { name: 'Quel cadeau ? : Renseignez ce champ.' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toContain('Quel cadeau ?');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // A first gift, within the cap: the running total is shown for information.
    await fillGift(page, { what: FIRST_GIFT, value: '40', agent: 'Fatima Finances' });
    const within = announcement(page, /Avec ce cadeau, le total de l'année pour ce bénéficiaire est de/);
    await within.waitFor();
    const [, totalText, capText] = /est de (.+?), dans la limite du plafond de (.+?)\./.exec(await flat(within))!;
    const firstTotal = cents(totalText!);
    const cap = cents(capText!);
    expect(firstTotal).toBeGreaterThanOrEqual(4000);
    expect(await page.getByRole('group', { name: /n'est pas complet/ }).count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await submit.click();
    await heading(page, /^Cadeau : déclaration du /);
    await page.getByText('Votre déclaration est enregistrée.').waitFor();
    expect(await flat(page.getByRole('region', { name: 'Règles de la charte' }))).toContain('Les règles n\'ont rien relevé');

    // A second gift to the same agent that takes the year's total over the cap, whatever the cap is.
    await page.goto('/deontologie/declarations/nouvelle');
    await heading(page, 'Nouvelle déclaration');
    const overBy = 550;
    const second = cap - firstTotal + overBy;
    await fillGift(page, { what: SECOND_GIFT, value: euros(second).replace(' €', ''), agent: 'Fatima Finances' });
    // A receipt joins it; a text file is refused at once, with why.
    await page.getByLabel('Joindre des fichiers').setInputFiles([
      { name: 'justificatif.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${RUN}\n`) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas un justificatif') },
    ]);
    await page.getByText("« notes.txt » n'est ni un PDF, ni une image PNG ou JPEG : il n'est pas joint.").waitFor();
    expect(await flat(page.getByRole('list', { name: '1 fichier joint' }))).toContain('justificatif.pdf');
    const warning = announcement(page, "Avec ce cadeau, le total de l'année pour ce bénéficiaire atteint");
    await warning.waitFor();
    expect(await flat(warning)).toContain(`Avec ce cadeau, le total de l'année pour ce bénéficiaire atteint ${euros(cap + overBy)}, au-delà du plafond de ${euros(cap)}.`);
    expect(await flat(warning)).toContain('Ces avertissements ne vous empêchent pas de déposer la déclaration');
    expect(await warning.getAttribute('aria-live')).toBe('polite');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // Never blocked: filed, and flagged with the total of its day.
    await submit.click();
    await heading(page, /^Cadeau : déclaration du /);
    await page.getByText('Votre déclaration est enregistrée.').waitFor();
    const secondPath = path(page);
    const rules = page.getByRole('region', { name: 'Règles de la charte' });
    expect(await flat(rules)).toContain('Plafond annuel dépassé');
    expect(await flat(rules)).toContain(`À son dépôt, le total de l'année pour ce bénéficiaire atteignait ${euros(cap + overBy)}, au-delà du plafond de ${euros(cap)}.`);
    expect(await flat(page.getByRole('region', { name: 'Ce qui est déclaré' }))).toContain('Fatima Finances (Direction des finances)');
    const download = page.getByRole('region', { name: 'Pièces jointes' }).getByRole('link', { name: 'Télécharger « justificatif.pdf »' });
    const file = await page.request.get((await download.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect((await file.body()).toString('utf8')).toBe(`%PDF-1.4\n% ${RUN}\n`);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    // The list: both gifts, only the second flagged; the "flagged only" filter keeps it alone of the two.
    await page.getByRole('link', { name: 'Retour à mes déclarations' }).click();
    await heading(page, 'Mes déclarations');
    const row = (what: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: `Cadeau : ${what}` }) });
    await row(SECOND_GIFT).waitFor();
    expect(await flat(row(SECOND_GIFT))).toContain('Plafond annuel dépassé');
    expect(await flat(row(SECOND_GIFT))).toContain('Déposée');
    expect(await flat(row(FIRST_GIFT))).toContain('Rien à signaler');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await page.getByLabel('Seulement celles qui ont un signalement des règles').check();
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: /correspond/ }).waitFor();
    await row(SECOND_GIFT).waitFor();
    expect(await row(FIRST_GIFT).count()).toBe(0);

    // An amendment starts from the declaration, with its kind kept.
    await page.goto(secondPath);
    await page.getByRole('link', { name: 'Rectifier' }).click();
    await heading(page, 'Rectifier une déclaration');
    expect(await page.getByLabel('Quel cadeau ?').inputValue()).toBe(SECOND_GIFT);
    expect(await page.getByLabel('Valeur estimée, toutes taxes comprises, en euros').inputValue()).toBe(euros(second).replace(' €', ''));
    expect(await page.getByRole('radio', { name: 'Invitation' }).count()).toBe(0);
    expect(await flat(page.getByRole('main'))).toContain('Agent choisi : Fatima Finances (Direction des finances)');
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });

  it('a supplier adds a remark to the topics an agent wrote down after a meeting, once', async () => {
    const { context, page } = await browser.open();
    await pinFrench(context);
    if (tlCookies.length) await context.addCookies(tlCookies);
    else await signIn(page, 'direction@transports-ligeriens.example');
    await page.goto('/deontologie');
    await heading(page, 'Déontologie');
    await page.getByRole('link', { name: 'Rencontres' }).click();
    await heading(page, 'Rencontres');
    const meeting = page.getByRole('article').filter({ hasText: 'Retour sur la tournée de livraison' });
    expect(await flat(meeting)).toContain('À confirmer');
    expect(await flat(meeting)).toContain('Bruno Acheteur (Direction des achats)');
    expect(await flat(meeting)).toContain('Calendrier 2027');
    await expectAccessible(page);

    const send = meeting.getByRole('button', { name: /^Envoyer la remarque/ });
    await send.click();
    await meeting.getByText("Écrivez votre remarque avant de l'envoyer.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await meeting.getByLabel('Ou ajoutez une remarque').fill('Le calendrier 2027 reste à valider de notre côté.');
    await send.click();
    await meeting.getByText('Merci : votre remarque est transmise à la Région.').waitFor();
    expect(await flat(meeting)).toContain('Remarque envoyée');
    expect(await flat(meeting)).toContain('Le calendrier 2027 reste à valider de notre côté.');
    expect(await meeting.getByRole('button').count()).toBe(0);
    await expectAccessible(page);

    await page.reload();
    await heading(page, 'Rencontres');
    await page.getByRole('article').filter({ hasText: 'Retour sur la tournée de livraison' }).filter({ hasText: 'Remarque envoyée' }).waitFor();
    expect(await page.getByRole('article').filter({ hasText: 'Retour sur la tournée de livraison' }).getByRole('button').count()).toBe(0);
  });

  it("a whistleblower report stays its author's: a colleague does not see it, and an unknown declaration is not found", async () => {
    const member = await browser.open();
    await pinFrench(member.context);
    await signIn(member.page, 'compta@menuiserie-berrichonne.example');
    await member.page.goto('/deontologie/declarations?type=ANTI_COMPETITIVE_PRACTICE');
    await heading(member.page, 'Mes déclarations');
    const report = member.page.getByRole('row').filter({ hasText: 'Deux entreprises du secteur semblent' });
    await report.waitFor();
    expect(await flat(report)).toContain('Anonyme');
    await expectAccessible(member.page);
    await report.getByRole('link').click();
    await heading(member.page, /^Signalement de pratique anticoncurrentielle : déclaration du /);
    const reportPath = path(member.page);
    expect(await flat(member.page.getByRole('region', { name: 'Ce qui est déclaré' }))).toContain('Oui : ni votre nom ni votre entreprise ne sont montrés au référent');
    await expectAccessible(member.page);

    const owner = await browser.open();
    await pinFrench(owner.context);
    await signIn(owner.page, 'gerante@menuiserie-berrichonne.example');
    await owner.page.goto('/deontologie/declarations');
    await heading(owner.page, 'Mes déclarations');
    await owner.page.getByRole('status').filter({ hasText: /déclaration/ }).waitFor();
    expect(await owner.page.getByRole('row').filter({ hasText: 'Deux entreprises du secteur semblent' }).count()).toBe(0);
    await owner.page.goto(reportPath);
    await heading(owner.page, 'Déclaration introuvable');
    await owner.page.goto('/deontologie/declarations/00000000-0000-4000-8000-000000000000');
    await heading(owner.page, 'Déclaration introuvable');
    await expectAccessible(owner.page);
  });
});
