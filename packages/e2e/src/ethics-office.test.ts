import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, heading, pageWidth, path, pinFrench, signIn, totpCode, useBrowser } from './browser';

const browser = useBrowser();

// Names unique to this run: another test file (the supplier's ethics pages) shares the database.
const RUN = Date.now().toString(36).toUpperCase();
const OFFICER = 'deontologue@centrevaldeloire.example';
const BUYER = 'acheteur@centrevaldeloire.example';
const AUDITOR = 'audit@centrevaldeloire.example';
const TL_DIRECTOR = 'direction@transports-ligeriens.example';

/** A calendar day in Paris, moved by whole days. */
function parisDay(offset = 0): string {
  const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** A GraphQL call with the page's session, as the app makes it. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

async function apiSignIn(page: Page, email: string) {
  const { signIn } = await api<{ signIn: { secondFactor: string | null } }>(page, 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id secondFactor } }', { email, password: DEMO_PASSWORD });
  // The officer's role needs the second factor (demo agents share a known TOTP secret).
  if (signIn.secondFactor) await api(page, 'mutation($code: String!) { verifySecondFactor(code: $code) { recoveryCodesLeft } }', { code: totpCode() });
}

const text = async (page: Page, selector = 'main') => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ');

describe('the back-office ethics pages', () => {
  it('the officer filters the queue by flag and kind, opens a flagged pending declaration and reviews it with a comment', async () => {
    // A supplier declares a conflict with the buyer of a consultation it takes part in (AO-2026-014): priority review.
    const supplier = (await browser.open()).page;
    await apiSignIn(supplier, TL_DIRECTOR);
    const { agentDirectory } = await api<{ agentDirectory: { id: string; displayName: string }[] }>(supplier, 'query { agentDirectory(search: "Acheteur") { id displayName } }');
    const buyer = agentDirectory.find((a) => a.displayName === 'Bruno Acheteur')!;
    const description = `Notre gérant est le beau-frère de l'acheteur (E2E-${RUN}).`;
    const { fileDeclaration } = await api<{ fileDeclaration: { id: string; flags: string[] } }>(
      supplier,
      'mutation($input: DeclarationInput!) { fileDeclaration(input: $input) { id flags } }',
      { input: { kind: 'CONFLICT_OF_INTEREST', nature: 'FAMILY', beneficiaryAgentId: buyer.id, eventOn: parisDay(-30), description } },
    );
    expect(fileDeclaration.flags).toContain('PRIORITY_REVIEW');

    const { page } = await browser.open();
    await signIn(page, OFFICER);
    await page.getByRole('navigation').getByRole('link', { name: 'Déclarations de déontologie' }).click();
    await heading(page, 'Déclarations de déontologie');
    await page.getByRole('status').filter({ hasText: /^\d+ déclarations?$/ }).waitFor();
    await expectAccessible(page);

    const filters = page.getByRole('search', { name: 'Filtrer les déclarations' });
    await filters.getByLabel('Type').selectOption({ label: "Conflit d'intérêts" });
    await filters.getByLabel('Signalement').selectOption({ label: 'Signalées : Examen prioritaire' });
    await filters.getByLabel('Statut').selectOption({ label: 'Déposée' });
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: /correspondent? à ces filtres/ }).waitFor();
    expect(new URL(page.url()).search).toBe('?type=CONFLICT_OF_INTEREST&signalement=PRIORITY_REVIEW&statut=SUBMITTED');
    const rows = page.getByRole('table', { name: "Déclarations, les plus récentes d'abord" }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const cells = (await row.textContent()) ?? '';
      expect(cells).toContain("Conflit d'intérêts");
      expect(cells).toContain('Examen prioritaire');
      expect(cells).toContain('Déposée');
    }
    await expectAccessible(page);

    // Newest first: the one just filed.
    await rows.first().getByRole('link', { name: /Transports Ligériens SAS/ }).click();
    await heading(page, "Conflit d'intérêts : Transports Ligériens SAS");
    expect(path(page)).toBe(`/back-office/deontologie/declarations/${fileDeclaration.id}`);
    const details = page.getByRole('region', { name: 'Ce qui a été déclaré' });
    expect(await details.textContent()).toContain(description);
    expect(await details.textContent()).toContain('Lien familial');
    const checks = await text(page, 'section:has(#declaration-checks)');
    expect(checks).toContain('Examen prioritaire');
    expect(checks).toContain('AO-2026-014');
    await page.getByRole('table', { name: /Déclarations de Transports Ligériens SAS/ }).waitFor();
    await page.getByRole('region', { name: 'Échanges avec le fournisseur' }).getByText("Aucune décision pour l'instant.").waitFor();
    await expectAccessible(page);

    // Asking for an action needs a comment: said beside the field, which takes the focus.
    const decide = page.getByRole('region', { name: 'Statuer' });
    await decide.getByLabel('Action demandée').check();
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decide.getByText('Expliquez votre décision au fournisseur.').waitFor();
    // The focus moves once the message is rendered.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement).labels?.[0]?.textContent)).toBe('Commentaire pour le fournisseur (obligatoire)');
    await expectAccessible(page);

    const comment = `Merci de nous dire comment l'acheteur sera tenu à l'écart de la consultation (E2E-${RUN}).`;
    await decide.getByLabel('Commentaire pour le fournisseur').fill(comment);
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decide.getByText('Décision enregistrée : Action demandée. Le fournisseur est prévenu par e-mail.').waitFor();
    const thread = page.getByRole('region', { name: 'Échanges avec le fournisseur' });
    await thread.getByText(comment).waitFor();
    expect(await thread.textContent()).toContain('Statut : Déposée → Action demandée');
    expect(await thread.textContent()).toContain('Denis Déontologue');
    expect(await details.textContent()).toContain('Action demandée');
    // The next steps follow the new status.
    expect(await decide.getByLabel('Prise en compte').count()).toBe(0);
    expect(await decide.getByLabel("En cours d'examen").count()).toBe(1);
    await expectAccessible(page);

    // The supplier reads the decision.
    const { declarationComments } = await api<{ declarationComments: { body: string; statusTo: string }[] }>(supplier, 'query($id: ID!) { declarationComments(id: $id) { body statusTo } }', {
      id: fileDeclaration.id,
    });
    expect(declarationComments).toEqual([{ body: comment, statusTo: 'ACTION_REQUIRED' }]);

    // Back to the queue as it was filtered: the declaration has left the pending ones.
    await page.getByRole('link', { name: 'Retour aux déclarations' }).click();
    await heading(page, 'Déclarations de déontologie');
    expect(new URL(page.url()).searchParams.get('signalement')).toBe('PRIORITY_REVIEW');
    await page.getByRole('status').filter({ hasText: /à ces filtres/ }).waitFor();
    await page.locator(`a[href="/back-office/deontologie/declarations/${fileDeclaration.id}"]`).waitFor({ state: 'detached' });
  });

  it('a buyer records a consultation and a meeting', async () => {
    const { page } = await browser.open();
    await signIn(page, BUYER);
    await page.getByRole('navigation').getByRole('link', { name: 'Consultations' }).click();
    await heading(page, 'Consultations');
    const table = page.getByRole('table', { name: "Consultations, les plus récentes d'abord" });
    const demo = table.getByRole('row', { name: /AO-2026-014/ });
    // Candidates' names arrive one by one.
    await demo.getByText('Transports Ligériens SAS').waitFor();
    await demo.getByText('Menuiserie Berrichonne SARL').waitFor();
    expect(await demo.textContent()).toContain('Bruno Acheteur');
    expect(await demo.textContent()).toContain('période réservée en cours');
    await expectAccessible(page);

    const form = page.getByRole('region', { name: 'Nouvelle consultation' });
    await form.getByRole('button', { name: 'Enregistrer la consultation' }).click();
    await form.getByText('Champ obligatoire.').first().waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Référence (obligatoire)');

    // The server's refusal (a reference already taken) shows beside its field.
    await form.getByLabel('Référence').fill('AO-2026-014');
    await form.getByLabel('Objet').fill(`Fournitures de bureau E2E-${RUN}`);
    await form.getByRole('button', { name: 'Enregistrer la consultation' }).click();
    const reference = form.getByLabel('Référence');
    await form.getByText('La consultation AO-2026-014 existe déjà.').waitFor();
    expect(await reference.getAttribute('aria-invalid')).toBe('true');

    const ref = `E2E-${RUN}`;
    await reference.fill(ref);
    await form.getByLabel('Notifiée le').fill(parisDay(-1));
    await form.getByRole('button', { name: 'Enregistrer la consultation' }).click();
    await form.getByText(/Cette date précède une date antérieure/).waitFor();
    await form.getByLabel('Notifiée le').fill('');
    await form.getByLabel('Remise des offres le').fill(parisDay(10));

    const agents = form.getByRole('group', { name: 'Agents concernés' });
    await agents.getByLabel('Rechercher un agent').fill('Ache');
    await agents.getByRole('button', { name: 'Ajouter Bruno Acheteur' }).click();
    await agents.getByRole('button', { name: 'Retirer Bruno Acheteur' }).waitFor();
    const candidates = form.getByRole('group', { name: 'Fournisseurs candidats' });
    await candidates.getByLabel('Rechercher un fournisseur').fill('Menuiserie Berr');
    await candidates.getByRole('button', { name: 'Ajouter Menuiserie Berrichonne SARL' }).click();
    await candidates.getByLabel('Rechercher un fournisseur').fill('521483');
    await expectAccessible(page);
    await candidates.getByRole('button', { name: 'Ajouter Transports Ligériens SAS' }).click();
    expect(await candidates.getByRole('button', { name: /^Retirer / }).allTextContents()).toEqual(['Retirer Menuiserie Berrichonne SARL', 'Retirer Transports Ligériens SAS']);
    await form.getByRole('button', { name: 'Enregistrer la consultation' }).click();

    await page.getByText(`Consultation ${ref} enregistrée.`).waitFor();
    const created = table.getByRole('row', { name: new RegExp(ref) });
    await created.getByText('Transports Ligériens SAS').waitFor();
    await created.getByText('Menuiserie Berrichonne SARL').waitFor();
    expect(await created.textContent()).toContain('Bruno Acheteur');
    await expectAccessible(page);

    // Edited: the form comes back with its people.
    await created.getByRole('button', { name: `Modifier ${ref}` }).click();
    const edit = page.getByRole('region', { name: `Modifier la consultation ${ref}` });
    expect(await edit.getByLabel('Objet').inputValue()).toBe(`Fournitures de bureau E2E-${RUN}`);
    await edit.getByRole('button', { name: 'Retirer Transports Ligériens SAS' }).waitFor();
    await edit.getByLabel('Objet').fill(`Fournitures de bureau et papeterie E2E-${RUN}`);
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText(`Consultation ${ref} mise à jour.`).waitFor();
    await created.getByText(`Fournitures de bureau et papeterie E2E-${RUN}`).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Rencontres fournisseurs' }).click();
    await heading(page, 'Rencontres fournisseurs');
    const meetings = page.getByRole('table', { name: "Rencontres, les plus récentes d'abord" });
    expect(await meetings.getByRole('row', { name: /Planning de l'entretien des espaces verts/ }).textContent()).toContain('Confirmée');
    await expectAccessible(page);

    const record = page.getByRole('region', { name: 'Enregistrer une rencontre' });
    await record.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
    await record.getByText('Champ obligatoire.').first().waitFor();
    expect(await record.getByText('Champ obligatoire.').count()).toBe(2);
    const supplierGroup = record.getByRole('group', { name: /Fournisseur rencontré/ });
    await supplierGroup.getByLabel('Rechercher un fournisseur').fill('Transports Lig');
    await supplierGroup.getByRole('button', { name: 'Ajouter Transports Ligériens SAS' }).click();
    const topic = `Bilan des livraisons E2E-${RUN}`;
    await record.getByLabel('Sujets abordés').fill(`${topic}\n- Calendrier des tournées`);
    await record.getByText('2 sujets.').waitFor();
    await record.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
    await page.getByText('Rencontre avec Transports Ligériens SAS enregistrée').waitFor();
    const row = meetings.getByRole('row', { name: new RegExp(topic) });
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/Transports Ligériens SAS.*Bruno Acheteur.*Calendrier des tournées.*En attente/);
    await expectAccessible(page);
  });

  it('the officer sets a new gift cap from a future date and publishes a new charter version', async () => {
    const { page } = await browser.open();
    await signIn(page, OFFICER);
    await page.goto('/back-office/deontologie');
    await heading(page, 'Déclarations de déontologie');
    await page.getByRole('link', { name: 'Plafond des cadeaux' }).click();
    await heading(page, 'Plafond des cadeaux et invitations');
    await page.getByText(/^Plafond en vigueur aujourd'hui : 73,00\s€ TTC/).waitFor();
    await expectAccessible(page);

    const form = page.getByRole('region', { name: 'Fixer un nouveau plafond' });
    expect(await form.textContent()).toContain('Les déclarations déjà déposées gardent les signalements');
    await form.getByLabel('Plafond annuel, en euros TTC').fill('80,555');
    const from = `${Number(parisDay().slice(0, 4)) + 1}-01-01`;
    await form.getByLabel('À partir du').fill(from);
    await form.getByRole('button', { name: 'Enregistrer le plafond' }).click();
    await form.getByText(/Indiquez un montant en euros/).waitFor();
    await form.getByLabel('Plafond annuel, en euros TTC').fill('80,50');
    await form.getByRole('button', { name: 'Enregistrer le plafond' }).click();
    const year = from.slice(0, 4);
    await form.getByText(new RegExp(`^Plafond de 80,50\\s€ enregistré à partir du 1er janvier ${year}\\.$`)).waitFor();
    const row = page.getByRole('table', { name: "Plafonds successifs, le plus récent d'abord" }).getByRole('row', { name: new RegExp(`1er janvier ${year}`) });
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toBe(`1er janvier ${year}80,50 €à venir`);
    // Still 73 € today: the new cap starts next year.
    expect(await text(page)).toContain("Plafond en vigueur aujourd'hui : 73,00 €");
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Retour aux déclarations' }).click();
    await page.getByRole('link', { name: 'Charte de déontologie' }).click();
    await heading(page, 'Charte de déontologie');
    const current = page.getByRole('region', { name: 'Version en vigueur' });
    await current.getByRole('heading', { level: 3, name: 'Charte de déontologie des fournisseurs' }).waitFor();
    await expectAccessible(page);

    const editor = page.getByRole('region', { name: 'Publier une nouvelle version' });
    const body = editor.getByLabel('Texte de la charte (Markdown)');
    const added = `Ajout E2E-${RUN}`;
    await body.fill(`${await body.inputValue()}\n## ${added}\n\n- Toute rencontre est **déclarée** par écrit.\n`);
    const preview = editor.getByRole('region', { name: 'Aperçu' });
    await preview.getByRole('heading', { level: 5, name: added }).waitFor();
    expect(await preview.locator('li strong').textContent()).toBe('déclarée');
    await expectAccessible(page);

    await editor.getByRole('button', { name: 'Publier une nouvelle version' }).click();
    const dialog = page.getByRole('dialog', { name: /^Publier la version \d+ \?$/ });
    await dialog.waitFor();
    const version = (await dialog.getByRole('heading').textContent())!.match(/\d+/)![0];
    expect(await dialog.textContent()).toContain('Chaque fournisseur devra accepter à nouveau la charte');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: "Publier et demander l'acceptation" }).click();
    await dialog.waitFor({ state: 'hidden' });
    await editor.getByText(`Version ${version} publiée : les fournisseurs sont invités à l'accepter.`).waitFor();
    const versions = page.getByRole('table', { name: "Versions de la charte, la plus récente d'abord" });
    expect((await versions.locator('tbody tr').first().textContent())?.replace(/\s+/g, ' ')).toContain(`Version ${version} en vigueur`);
    await current.getByRole('heading', { level: 4, name: added }).waitFor();
    await expectAccessible(page);
  });

  it('the auditor reads the queue and declarations, with no review form and no whistleblower report', async () => {
    // The officer's view: the id of a whistleblower report.
    const officer = (await browser.open()).page;
    await apiSignIn(officer, OFFICER);
    const { declarations } = await api<{ declarations: { edges: { node: { id: string } }[] } }>(
      officer,
      'query { declarations(first: 1, filter: { kind: ANTI_COMPETITIVE_PRACTICE }) { edges { node { id } } } }',
    );
    const reportId = declarations.edges[0]!.node.id;

    const { page } = await browser.open();
    await signIn(page, AUDITOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Déclarations de déontologie' }).click();
    await heading(page, 'Déclarations de déontologie');
    const table = page.getByRole('table', { name: "Déclarations, les plus récentes d'abord" });
    await table.waitFor();
    expect(await table.getByText('Pratique anticoncurrentielle').count()).toBe(0);
    expect(await text(page)).toContain('en lecture seule');
    await expectAccessible(page);

    await table.locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Ce qui a été déclaré' }).waitFor();
    await page.getByText('Lecture seule : seul le référent déontologue statue sur les déclarations.').waitFor();
    expect(await page.getByRole('region', { name: 'Statuer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer la décision' }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto(`/back-office/deontologie/declarations/${reportId}`);
    await heading(page, 'Déclaration introuvable');
    await expectAccessible(page);

    await page.goto('/back-office/deontologie/charte');
    await heading(page, 'Charte de déontologie');
    await page.getByText('Lecture seule : seul le référent déontologue publie une nouvelle version.').waitFor();
    expect(await page.getByRole('button', { name: 'Publier une nouvelle version' }).count()).toBe(0);
    await page.goto('/back-office/deontologie/seuils');
    await heading(page, 'Plafond des cadeaux et invitations');
    await page.getByText('Lecture seule : seul le référent déontologue fixe le plafond.').waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer le plafond' }).count()).toBe(0);
    await page.goto('/back-office/consultations');
    await heading(page, 'Consultations');
    await page.getByText('Lecture seule : les acheteurs enregistrent les consultations.').waitFor();
    expect(await page.getByRole('region', { name: 'Nouvelle consultation' }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto('/back-office/rencontres');
    await heading(page, 'Rencontres fournisseurs');
    await page.getByText('Lecture seule : les acheteurs enregistrent les rencontres.').waitFor();
    await expectAccessible(page);
  });

  it('the queue and a declaration work at 320 px', async () => {
    const { context, page } = await browser.open({ width: 320, height: 640 });
    await pinFrench(context);
    await signIn(page, OFFICER);
    await page.goto('/back-office/deontologie?signalement=oui');
    await heading(page, 'Déclarations de déontologie');
    const table = page.getByRole('table', { name: "Déclarations, les plus récentes d'abord" });
    await table.waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await table.locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Ce qui a été déclaré' }).waitFor();
    await page.getByRole('region', { name: 'Échanges avec le fournisseur' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);

    await page.goto('/back-office/consultations');
    await heading(page, 'Consultations');
    await page.getByRole('table').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });
});
