import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;
const flat = async (page: Page, name: string) => ((await page.getByRole('region', { name }).textContent()) ?? '').replace(/\s+/g, ' ');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

/** Issue 5's whole journey, as the people live it: declare, warned before filing; reviewed; the outcome read. */
describe('a gift over the cap, from the supplier to the ethics officer and back', () => {
  it('the supplier is warned before filing, the officer asks for an action, the supplier reads it', async () => {
    const supplier = await browser.open();
    await pinFrench(supplier.context);
    await signIn(supplier.page, 'gerante@menuiserie-berrichonne.example');
    await supplier.page.goto('/deontologie/declarations/nouvelle');
    await heading(supplier.page, 'Nouvelle déclaration');
    const gift = `Coffret de vins ${RUN}`;
    await supplier.page.getByRole('radio', { name: 'Cadeau' }).check();
    await supplier.page.getByLabel('Quel cadeau ?').fill(gift);
    // Over the yearly cap on its own (73 € unless the officer raised it for today).
    await supplier.page.getByLabel('Valeur estimée, toutes taxes comprises, en euros').fill('95,00');
    await supplier.page.getByLabel('Date du cadeau').fill(today());
    await supplier.page.getByLabel('À quelle occasion ?').fill('Fin de chantier');
    await supplier.page.getByLabel('Rechercher un agent par son nom').fill('Bruno');
    await supplier.page.getByRole('radio', { name: /^Bruno Acheteur/ }).check();

    // The warning, before anything is filed.
    const warning = supplier.page.getByRole('status').filter({ hasText: "Avec ce cadeau, le total de l'année pour ce bénéficiaire atteint" });
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/au-delà du plafond de/);
    await expectAccessible(supplier.page);
    await supplier.page.getByRole('button', { name: 'Déposer la déclaration' }).click();
    await heading(supplier.page, /^Cadeau : déclaration du /);
    const declarationPath = path(supplier.page);
    const id = declarationPath.split('/').pop()!;
    expect(await flat(supplier.page, 'Règles de la charte')).toContain('Plafond annuel dépassé');

    // The ethics officer (second factor included) reviews it with a comment.
    const officer = await browser.open();
    await pinFrench(officer.context);
    await signIn(officer.page, 'deontologue@centrevaldeloire.example');
    await officer.page.goto(`/back-office/deontologie/declarations/${id}`);
    await heading(officer.page, 'Cadeau : Menuiserie Berrichonne SARL');
    expect(await flat(officer.page, 'Ce qui a été déclaré')).toContain(gift);
    const decide = officer.page.getByRole('region', { name: 'Statuer' });
    await decide.getByLabel('Action demandée').check();
    const comment = `Ce cadeau dépasse le plafond : merci de le reprendre et de nous le confirmer (${RUN}).`;
    await decide.getByLabel('Commentaire pour le fournisseur').fill(comment);
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decide.getByText('Décision enregistrée : Action demandée. Le fournisseur est prévenu par e-mail.').waitFor();
    await expectAccessible(officer.page);

    // The supplier reads the outcome on the declaration's page.
    await supplier.page.reload();
    await heading(supplier.page, /^Cadeau : déclaration du /);
    const thread = supplier.page.getByRole('region', { name: 'Examen par le référent déontologue' });
    await thread.getByText(comment).waitFor();
    expect(await thread.textContent()).toContain('Action demandée');
    await expectAccessible(supplier.page);
  });
});
