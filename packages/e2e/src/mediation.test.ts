import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, pageWidth, path, pinFrench, signIn, useBrowser } from './browser';

const browser = useBrowser();

// Words unique to this run, to find its own request among other files' and runs'.
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;
const TITLE = `Intérêts de retard non versés ${RUN}`;
const ANSWER = `Les finances verseront les intérêts sous quinze jours (${RUN}).`;

describe('mediation between a supplier and the Region', () => {
  it('a supplier opens a request about an invoice; the mediator answers and resolves it; the supplier reads the answer', async () => {
    const supplier = await browser.open();
    await pinFrench(supplier.context);
    const s = supplier.page;
    await signIn(s, 'gerante@menuiserie-berrichonne.example');
    await s.getByRole('navigation').getByRole('link', { name: 'Médiation' }).click();
    await heading(s, 'Médiation');
    await expectAccessible(s);
    await s.getByRole('link', { name: 'Ouvrir une demande de médiation' }).click();
    await heading(s, 'Ouvrir une demande de médiation');
    expect(await s.getByRole('radio', { name: 'Facture' }).isChecked()).toBe(true);

    // Sent empty: the summary lists the three problems and takes the focus.
    await s.getByRole('button', { name: 'Envoyer la demande' }).click();
    const summary = s.getByRole('group', { name: '3 champs sont à corriger :' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(s);

    const invoice = s.getByLabel('Facture concernée');
    await invoice.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    const chosen = (await invoice.locator('option:nth-child(2)').textContent())!.split(' — ')[0]!;
    await invoice.selectOption({ index: 1 });
    await s.getByLabel('Objet de la demande').fill(TITLE);
    await s.getByLabel('Votre message au médiateur').fill('La facture est payée avec 20 jours de retard et les intérêts ne sont pas versés.');
    await s.getByRole('button', { name: 'Envoyer la demande' }).click();
    await heading(s, TITLE);
    expect(path(s)).toMatch(/^\/mediation\/[0-9a-f-]{36}$/);
    const disputeUrl = s.url();
    const main = s.getByRole('main');
    expect(await main.textContent()).toContain(`Facture ${chosen}`);
    expect(await main.getByText('Ouverte', { exact: true }).count()).toBe(1);
    await expectAccessible(s);

    // The mediator finds it in the queue of pending requests, answers and resolves it.
    const mediator = await browser.open();
    await pinFrench(mediator.context);
    const m = mediator.page;
    await signIn(m, 'mediateur@centrevaldeloire.example');
    await m.getByRole('navigation').getByRole('link', { name: 'Médiation des fournisseurs' }).click();
    await heading(m, 'Médiation des fournisseurs');
    await m.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(m);
    await m.getByRole('link', { name: TITLE }).click();
    await heading(m, TITLE);
    expect(await m.getByRole('main').textContent()).toContain('Menuiserie Berrichonne SARL');
    await m.getByLabel('Votre message').fill('Note : voir avec la direction des finances.');
    await m.getByLabel('Note interne, que le fournisseur ne verra pas').check();
    await m.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await m.getByText('Message envoyé.').waitFor();
    await m.getByLabel('Votre message').fill(ANSWER);
    await m.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await m.getByText(ANSWER).waitFor();
    await m.getByLabel('Nouveau statut').selectOption({ label: 'Résolue' });
    await m.getByLabel('Commentaire pour le fournisseur (facultatif)').fill('Accord trouvé.');
    await m.getByRole('button', { name: 'Changer le statut' }).click();
    await m.getByText('Cette demande est close : on ne peut plus y écrire.').waitFor();
    await expectAccessible(m);

    // The supplier reads the answer and the outcome, never the internal note.
    await s.goto(disputeUrl);
    await heading(s, TITLE);
    await s.getByText(ANSWER).waitFor();
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Médiateur de la Région');
    expect(text).toContain('Statut : Ouverte → Résolue');
    expect(text).toContain('Accord trouvé.');
    expect(text).not.toContain('Note : voir avec la direction des finances.');
    expect(await s.getByRole('table', { name: 'Changements de statut, du plus ancien au plus récent' }).getByRole('row').count()).toBe(2);
    await expectAccessible(s);

    // At 320 CSS pixels, the thread and the list stay within the width.
    await s.setViewportSize({ width: 320, height: 800 });
    expect(await pageWidth(s)).toBeLessThanOrEqual(320);
    await s.goto('/mediation');
    await heading(s, 'Médiation');
    await s.getByRole('link', { name: TITLE }).waitFor();
    expect(await pageWidth(s)).toBeLessThanOrEqual(320);
    await expectAccessible(s);
  });
});
