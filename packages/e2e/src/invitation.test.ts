import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, heading, path, signIn, useBrowser } from './browser';

const browser = useBrowser();

const INVITED = { name: 'Julie Lenoir', email: 'julie.lenoir@transports-ligeriens.example' };

async function fillInvitation(page: Page, name: string, email: string) {
  const form = page.getByRole('region', { name: 'Inviter un collègue' });
  await form.getByLabel('Nom et prénom').fill(name);
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByRole('button', { name: "Envoyer l'invitation" }).click();
  return form;
}

describe('inviting a colleague', () => {
  it('the owner invites, the invited person chooses a password, the owner removes them', async () => {
    const owner = (await browser.open()).page;
    await signIn(owner, 'direction@transports-ligeriens.example');
    await owner.getByRole('navigation').getByRole('link', { name: 'Entreprise' }).click();
    await heading(owner, 'Entreprise');

    // An address that already has an account: the server says so, and nothing typed is lost.
    let form = await fillInvitation(owner, 'Hugo Martin', 'compta@menuiserie-berrichonne.example');
    expect(await form.getByRole('alert').textContent()).toContain('a déjà un compte');
    expect(await form.getByLabel('Nom et prénom').inputValue()).toBe('Hugo Martin');
    await expectAccessible(owner);

    form = await fillInvitation(owner, INVITED.name, INVITED.email);
    await form.getByText(`Invitation envoyée à ${INVITED.email}.`).waitFor();
    const row = owner.getByRole('row', { name: new RegExp(INVITED.name) });
    expect(await row.textContent()).toContain('Invitation envoyée le');
    await expectAccessible(owner);
    // A second link replaces the first.
    await owner.getByRole('button', { name: `Renvoyer l'invitation à ${INVITED.name}` }).click();
    await owner.getByText(`Une nouvelle invitation a été envoyée à ${INVITED.email}.`).waitFor();

    // The administrator reads the e-mail in the development outbox.
    const admin = (await browser.open()).page;
    await signIn(admin, 'admin@centrevaldeloire.example');
    await admin.getByRole('navigation').getByRole('link', { name: "Boîte d'envoi" }).click();
    await heading(admin, "Boîte d'envoi");
    const mails = admin.getByRole('article').filter({ hasText: INVITED.email });
    await mails.nth(1).waitFor();
    // Newest first. The links name the server's configured address; their path is what matters here.
    const [latest, earlier] = await Promise.all(
      [0, 1].map(async (i) => new URL((await mails.nth(i).getByRole('link', { name: /\/invitation\// }).getAttribute('href'))!).pathname),
    );
    expect(latest).toMatch(/^\/invitation\/[\w-]+$/);
    await expectAccessible(admin);

    const invited = (await browser.open()).page;
    await invited.goto(earlier!);
    await heading(invited, "Lien d'invitation non valide");
    expect(await invited.getByRole('alert').textContent()).toContain("n'est plus valide");
    expect(await invited.getByRole('link', { name: 'Aller à la page de connexion' }).count()).toBe(1);
    await expectAccessible(invited);

    await invited.goto(latest!);
    await heading(invited, 'Choisir votre mot de passe');
    expect(await invited.getByRole('main').textContent()).toContain('Transports Ligériens SAS');
    await expectAccessible(invited);
    await invited.getByLabel('Mot de passe', { exact: false }).first().fill('court');
    await invited.getByLabel('Confirmation du mot de passe').fill('court');
    await invited.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await invited.getByText('Le mot de passe doit compter au moins 12 caractères.').waitFor();
    await invited.getByLabel('Mot de passe', { exact: false }).first().fill('Une phrase de passe solide');
    await invited.getByLabel('Confirmation du mot de passe').fill('Une phrase de passe solide');
    await invited.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await heading(invited, `Bonjour ${INVITED.name}`);
    expect(path(invited)).toBe('/');

    // The owner sees them active, then removes them after confirming.
    await owner.reload();
    expect(await row.textContent()).toContain('Actif');
    await owner.getByRole('button', { name: `Retirer ${INVITED.name}` }).click();
    const dialog = owner.getByRole('dialog', { name: 'Retirer cet utilisateur ?' });
    await dialog.waitFor();
    await expectAccessible(owner);
    await dialog.getByRole('button', { name: 'Retirer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await owner.getByText(`${INVITED.name} a été retiré(e)`).waitFor();
    expect(await owner.getByRole('rowheader', { name: INVITED.name }).count()).toBe(0);

    // Their session ended with the removal: their next page asks them to sign in.
    await invited.getByRole('navigation').getByRole('link', { name: 'Entreprise' }).click();
    await heading(invited, 'Connexion');
  });
});
