import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

// Numbers unique to this run: CI may run the browser tests again on the same database.
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;
const LATE = `${RUN}-RETARD`;
const SUSPENDED = `${RUN}-SUSP`;
const REJECTED = `${RUN}-REJET`;
const SIRET = '38012986600014'; // Menuiserie Berrichonne SARL

/**
 * The SPEC's worked example (12 000 € received 3 March 2025, payment issued 22 April 2025: 20 days
 * late, 73.32 € + 40 €, payable by 6 June 2025), a suspended-then-completed invoice paid in time, a
 * rejected one, and a line with an impossible date (line 9).
 */
const CSV = [
  'siret;numero_facture;date_emission;date_reception;montant_ht;montant_ttc;statut;date_statut;motif;reference_marche',
  `${SIRET};${LATE};01/03/2025;;10 000,00;12 000,00;mise à disposition;03/03/2025;;`,
  `${SIRET};${LATE};01/03/2025;;10 000,00;12 000,00;mise en paiement;22/04/2025;;`,
  `${SIRET};${SUSPENDED};01/03/2025;;1 000,00;1 200,00;mise à disposition;03/03/2025;;`,
  `${SIRET};${SUSPENDED};01/03/2025;;1 000,00;1 200,00;suspendue;10/03/2025;Bon de livraison manquant;`,
  `${SIRET};${SUSPENDED};01/03/2025;;1 000,00;1 200,00;complétée;20/03/2025;;`,
  `${SIRET};${SUSPENDED};01/03/2025;;1 000,00;1 200,00;mise en paiement;15/04/2025;;`,
  `${SIRET};${REJECTED};05/03/2025;;500,00;600,00;rejetée;10/03/2025;Facture en double;`,
  `${SIRET};${RUN}-MAUVAISE;31/02/2025;;100,00;120,00;déposée;01/03/2025;;`,
].join('\r\n');

/** Filled by the first test, read by the next ones. */
let lateInvoicePath = '';

const flat = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
const count = (report: Locator, term: string) => report.locator(`dt:text-is("${term}") + dd`).textContent();

describe('invoices and late-payment interest', () => {
  it('finance uploads a file, reads the dry run (the bad line and why), confirms, and reads the final counts', async () => {
    const { page } = await browser.open();
    await signIn(page, 'finances@centrevaldeloire.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Import des factures' }).click();
    await heading(page, 'Import des factures');
    await expectAccessible(page);

    await page.getByLabel('Fichier CSV').setInputFiles({ name: 'factures-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Vérifier le fichier (essai à blanc)' }).click();
    const dryRun = page.getByRole('region', { name: "Résultat de l'essai à blanc" });
    await dryRun.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Essai terminé' }).textContent()).toBe('Essai terminé : 1 ligne rejetée.');
    expect(await count(dryRun, 'Factures qui seraient créées')).toBe('3');
    expect(await count(dryRun, 'Lignes rejetées')).toBe('1');
    const rejected = dryRun.getByRole('table', { name: /1 ligne rejetée/ });
    expect(await rejected.getByRole('rowheader').allTextContents()).toEqual(['9']);
    expect(await rejected.getByRole('cell').first().textContent()).toMatch(/date d'émission invalide/);
    // Nothing written yet: the supplier's list does not know these invoices.
    await expectAccessible(page);

    await dryRun.getByRole('button', { name: "Confirmer l'import" }).click();
    const final = page.getByRole('region', { name: 'Import terminé' });
    await final.waitFor();
    expect(await count(final, 'Factures créées')).toBe('3');
    expect(await count(final, 'Factures mises à jour')).toBe('0');
    expect(await count(final, 'Lignes rejetées')).toBe('1');
    await expectAccessible(page);

    // The back-office list finds them; finance validates the interest of the late one.
    await final.getByRole('link', { name: 'Voir les factures' }).click();
    await heading(page, 'Factures des fournisseurs');
    await page.getByLabel('Numéro de facture').fill(RUN);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: '3 factures correspondent' }).waitFor();
    expect(await page.getByRole('table').getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining([LATE, SUSPENDED, REJECTED]));
    expect(await page.getByRole('table').textContent()).toContain('Menuiserie Berrichonne SARL');
    await expectAccessible(page);

    await page.getByRole('link', { name: LATE }).click();
    await heading(page, `Facture ${LATE}`);
    lateInvoicePath = path(page).replace('/back-office', '');
    expect(lateInvoicePath).toMatch(/^\/factures\/[^/]+$/);
    const review = page.getByRole('form', { name: 'Examiner les intérêts calculés' });
    await review.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await review.getByText('Le calcul est validé.').waitFor();
    expect(await flat(page.getByRole('region', { name: 'Suivi par la Région' }))).toContain('validés');
    await expectAccessible(page);
  });

  it('the supplier owner follows the money: dashboard, late invoices, the computation, the claim letter printed and as a PDF', async () => {
    expect(lateInvoicePath).not.toBe('');
    const { page } = await browser.open();
    await signIn(page, 'gerante@menuiserie-berrichonne.example');
    await heading(page, 'Bonjour Claire Berthon');
    const cards = page.getByRole('region', { name: 'Vos factures' });
    for (const name of ['En attente de paiement', 'En retard', 'Intérêts et indemnités dus']) await cards.getByRole('heading', { name }).waitFor();
    expect(await flat(cards.getByRole('listitem').nth(2))).toMatch(/\d,\d\d €/);
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Factures' }).click();
    await heading(page, 'Factures');
    await page.getByLabel('Numéro de facture').fill(RUN);
    await page.getByLabel('En retard seulement').check();
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: '1 facture correspond' }).waitFor();
    const search = new URL(page.url()).searchParams;
    expect([search.get('numero'), search.get('retard')]).toEqual([RUN, 'oui']);
    const cells = await page.getByRole('row', { name: new RegExp(LATE) }).getByRole('cell').allTextContents();
    expect(cells.map((c) => c.replace(/\s+/g, ' '))).toEqual(['1er mars 2025', '12 000,00 €', 'mise en paiement', '2 avril 2025', '20', '73,32 €']);
    await expectAccessible(page);

    // A reload keeps the filters.
    await page.reload();
    await page.getByRole('status').filter({ hasText: '1 facture correspond' }).waitFor();
    expect(await page.getByLabel('En retard seulement').isChecked()).toBe(true);
    expect(await page.getByLabel('Numéro de facture').inputValue()).toBe(RUN);

    await page.getByRole('link', { name: LATE }).click();
    await heading(page, `Facture ${LATE}`);
    expect(path(page)).toBe(lateInvoicePath);
    const interest = await flat(page.getByRole('region', { name: 'Intérêts moratoires et indemnité' }));
    expect(interest).toContain('12 000,00 € × 11,15 % × 20 / 365 = 73,32 €');
    expect(interest).toContain('Indemnité forfaitaire pour frais de recouvrement : 40,00 €');
    expect(interest).toContain('Total dû : 113,32 €');
    expect(interest).toContain('À payer au plus tard le 6 juin 2025');
    const clock = await flat(page.getByRole('region', { name: 'Délai de paiement' }));
    expect(clock).toContain('3 mars 2025');
    expect(clock).toContain('2 avril 2025');
    const history = page.getByRole('region', { name: 'Historique' }).getByRole('listitem');
    expect(await history.count()).toBe(2);
    expect(await flat(history.nth(1))).toContain('Le comptable a mis en paiement : fin du délai légal.');
    expect(await flat(page.getByRole('region', { name: 'Suivi par la Région' }))).toContain('La direction des finances a validé ce calcul.');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Préparer la lettre de réclamation' }).click();
    await heading(page, 'Lettre de réclamation des intérêts moratoires');
    const letter = page.getByRole('article', { name: 'Lettre de réclamation' });
    const text = await flat(letter);
    for (const expected of [
      'Menuiserie Berrichonne SARL',
      'SIRET : 38012986600014',
      'Direction des finances',
      `Facture n° ${LATE} du 1er mars 2025`,
      'L2192-13',
      'R2192-31',
      'D2192-35',
      'R2192-36',
      '12 000,00 € × 11,15 % × 20 / 365 = 73,32 €',
      'Total réclamé : 113,32 €',
      'au plus tard le 6 juin 2025',
      'Claire Berthon',
    ]) {
      expect(text).toContain(expected);
    }
    await expectAccessible(page);

    // Printed, only the letter shows.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`reclamation-interets-${LATE}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(1024);
    await page.getByRole('status').filter({ hasText: 'Le PDF est téléchargé.' }).waitFor();
  });

  it('a colleague reads the list and the invoice at 320 CSS pixels, without sideways scrolling', async () => {
    const { page } = await browser.open({ width: 320, height: 640 });
    await signIn(page, 'compta@menuiserie-berrichonne.example');
    await page.goto(`/factures?numero=${RUN}`);
    await heading(page, 'Factures');
    await page.getByRole('status').filter({ hasText: '3 factures correspondent' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.getByRole('link', { name: SUSPENDED }).click();
    await heading(page, `Facture ${SUSPENDED}`);
    const clock = await flat(page.getByRole('region', { name: 'Délai de paiement' }));
    expect(clock).toContain('Utilisée : délai interrompu le 10 mars 2025, alors qu\'il restait 23 jours.');
    expect(clock).toContain('Pièces reçues le 20 mars 2025 : un nouveau délai de 30 jours a commencé.');
    expect(clock).toContain('19 avril 2025');
    expect(await flat(page.getByRole('region', { name: 'Historique' }))).toContain("Le délai est interrompu jusqu'à réception des pièces manquantes");
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.goto(lateInvoicePath);
    await heading(page, `Facture ${LATE}`);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });

  it("another supplier's user cannot open the invoice: not found", async () => {
    const { page } = await browser.open();
    await signIn(page, 'direction@transports-ligeriens.example');
    await page.goto(lateInvoicePath);
    await heading(page, 'Facture introuvable');
    expect(await page.getByRole('main').textContent()).not.toContain(LATE);
    await page.goto(`${lateInvoicePath}/reclamation`);
    await heading(page, 'Facture introuvable');
    await expectAccessible(page);
  });
});
