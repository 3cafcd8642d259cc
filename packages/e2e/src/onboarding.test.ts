import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

/** A SIRET no other run has used (CI may run the browser tests twice on one database): Luhn over 9 then 14 digits. */
function freshSiret(seed: number): string {
  const luhn = (digits: string) => {
    for (let d = 0; d <= 9; d++) {
      const candidate = digits + d;
      let sum = 0;
      for (let i = 0; i < candidate.length; i++) {
        let x = Number(candidate[candidate.length - 1 - i]);
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 === 0) return candidate;
    }
    throw new Error('unreachable');
  };
  return luhn(`${luhn(String(10_000_000 + (seed % 89_999_999)))}0001`);
}

const count = async (report: Locator, term: string) => Number(await report.locator(`dt:text-is("${term}") + dd`).textContent());

describe('onboarding: supplier file import and access requests', () => {
  it('an administrator imports a small supplier file through the page: the dry run names the bad line, the import invites the new supplier', async () => {
    const stamp = Date.now();
    const [first, second] = [freshSiret(stamp), freshSiret(stamp + 7)];
    const file = [
      'identifiant;type_identifiant;raison_sociale;code_postal;ville;departement;categorie;annee_categorie;email_contact',
      `${first.slice(0, 9)} ${first.slice(9)};SIRET;Scierie du Cher ${stamp};18000;Bourges;;TPE;2025;contact-${stamp}@scierie-du-cher.example`,
      `${first.slice(0, 13)}${(Number(first[13]) + 1) % 10};SIRET;Mauvaise Clé;45000;Orléans;;PME;2025;`,
      `${second};SIRET;Ajaccio Services ${stamp};20000;Ajaccio;2A;TAILLE;2025;`,
      `${second};SIRET;Ajaccio Services ${stamp};20000;Ajaccio;2A;PME;2025;`,
    ].join('\n');

    const { page } = await browser.open();
    await signIn(page, 'admin@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Import des fournisseurs' }).click();
    await heading(page, 'Import des fournisseurs');
    expect(path(page)).toBe('/back-office/fournisseurs/import');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByText('Choisissez le fichier à importer.').waitFor();
    await page.getByLabel('Fichier des fournisseurs (CSV)').setInputFiles({ name: 'fournisseurs.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const dryRun = page.getByRole('region', { name: "Résultat de l'essai à blanc" });
    await dryRun.waitFor();
    expect(await count(dryRun, 'Fournisseurs à créer')).toBe(2);
    expect(await count(dryRun, 'Invitations à envoyer')).toBe(1);
    expect(await count(dryRun, 'Lignes refusées')).toBe(2);
    const rows = await dryRun.getByRole('table').getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^3.*clé de contrôle \(Luhn\) invalide/),
      "4catégorie d'entreprise inconnue « TAILLE » (TPE, PME, ETI ou GE attendu)",
    ]);
    await expectAccessible(page);

    await dryRun.getByRole('button', { name: 'Importer le fichier' }).click();
    const final = page.getByRole('region', { name: 'Import terminé' });
    await final.waitFor();
    expect(await count(final, 'Fournisseurs créés')).toBe(2);
    expect(await count(final, 'Invitations envoyées')).toBe(1);
    await expectAccessible(page);

    // The new supplier's contact address got its invitation in the development outbox.
    await page.getByRole('navigation').getByRole('link', { name: "Boîte d'envoi" }).click();
    await heading(page, "Boîte d'envoi");
    const mail = page.getByRole('article').filter({ hasText: `contact-${stamp}@scierie-du-cher.example` });
    await mail.first().waitFor();
    expect(await mail.count()).toBe(1);
    expect(await mail.textContent()).toContain(`Scierie du Cher ${stamp}`);
  });

  it('a visitor asks for access from the sign-in page; the administrator approves; the invitation arrives and opens the password page', { timeout: 150_000 }, async () => {
    const email = `visiteur-${Date.now()}@menuiserie-berrichonne.example`;
    const visitor = (await browser.open({ width: 320, height: 800 })).page;
    await visitor.goto('/connexion');
    await heading(visitor, 'Connexion');
    await visitor.getByRole('link', { name: /Demander un accès/ }).click();
    await heading(visitor, 'Demander un accès');
    expect(path(visitor)).toBe('/demander-un-acces');
    await expectAccessible(visitor);
    expect(await pageWidth(visitor)).toBeLessThanOrEqual(320);

    // Missing fields and a short SIRET: listed at the top, each beside its field.
    await visitor.getByLabel("SIRET de l'entreprise", { exact: false }).fill('380 129');
    await visitor.getByRole('button', { name: 'Envoyer la demande' }).click();
    const summary = visitor.getByRole('group', { name: /problèmes empêchent l'envoi/ });
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBe(4);
    await expectAccessible(visitor);

    await visitor.getByLabel('Nom et prénom').fill('Bastien Visiteur');
    await visitor.getByLabel('Adresse e-mail professionnelle').fill(email);
    await visitor.getByLabel("SIRET de l'entreprise", { exact: false }).fill('380 129 866 00014');
    await visitor.getByLabel("Votre fonction dans l'entreprise", { exact: false }).fill('Comptable');
    await visitor.getByLabel('Message (facultatif)').fill('Je remplace Mme Dupuis à la comptabilité.');
    await visitor.getByRole('button', { name: 'Envoyer la demande' }).click();
    await visitor.getByRole('heading', { name: 'Demande enregistrée' }).waitFor();
    expect(await visitor.getByRole('status').textContent()).toContain(email);
    await expectAccessible(visitor);

    const admin = (await browser.open()).page;
    await signIn(admin, 'admin@centrevaldeloire.example');
    await admin.getByRole('navigation').getByRole('link', { name: "Demandes d'accès" }).click();
    await heading(admin, "Demandes d'accès");
    const card = admin.getByRole('article').filter({ hasText: email });
    await card.waitFor();
    expect(await card.textContent()).toContain('Menuiserie Berrichonne SARL');
    expect(await card.textContent()).toContain('Sera invité(e) comme membre');
    await expectAccessible(admin);
    await card.getByRole('button', { name: 'Accepter et inviter' }).click();
    await admin.getByRole('status').filter({ hasText: "Demande de Bastien Visiteur acceptée : l'invitation est envoyée." }).waitFor();

    await admin.getByRole('navigation').getByRole('link', { name: "Boîte d'envoi" }).click();
    await heading(admin, "Boîte d'envoi");
    // The invitation (the owner's notice names the visitor too, and may be listed first: same instant).
    const mail = admin.getByRole('article').filter({ hasText: email }).filter({ has: admin.getByRole('link', { name: /\/invitation\// }) });
    // Mail leaves after the request; other files may have queued hundreds of survey mails before it.
    await expect.poll(async () => {
      if (await mail.count()) return true;
      await admin.reload();
      await heading(admin, "Boîte d'envoi");
      return (await mail.count()) > 0;
    }, { timeout: 90_000, interval: 2_000 }).toBe(true);
    const link = new URL((await mail.first().getByRole('link', { name: /\/invitation\// }).getAttribute('href'))!).pathname;
    // The owner is told too.
    expect(await admin.getByRole('article').filter({ hasText: 'gerante@menuiserie-berrichonne.example' }).filter({ hasText: 'Bastien Visiteur' }).count()).toBe(1);

    await visitor.goto(link);
    await heading(visitor, 'Choisir votre mot de passe');
    expect(await visitor.getByRole('main').textContent()).toContain('Menuiserie Berrichonne SARL');
  });
});
