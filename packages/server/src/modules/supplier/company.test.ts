import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { mailBody, startSmtpServer } from '../../test/smtp.js';
import { OutboxMessage, OutboxStatus } from '../notification/outbox-message.entity.js';

const COMPANY = '{ viewer { supplier { legalName siret isRegional users { id email displayName isOwner status } } } }';
const INVITE = 'mutation($input: InviteColleagueInput!) { inviteColleague(input: $input) { id email status isOwner } }';

describe('company page: users, invitations by e-mail over SMTP, removal', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let owner: string;
  let ownerEmail: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://fournisseurs.region.example' });
    const supplier = await buildSupplier(t.db.orm.em, { legalName: 'Imprimerie de Tours', postalCode: '37000' });
    ownerEmail = (await buildSupplierUser(t.db.orm.em, supplier, { owner: true })).email;
    owner = await t.signIn(ownerEmail);
  });
  afterAll(async () => {
    await t.stop();
    await smtp.stop();
  });

  const waitForMail = async (to: string) => {
    for (let i = 0; i < 100; i++) {
      const found = smtp.received.find((m) => m.to.includes(to));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail to ${to}`);
  };

  it("shows the company's details and users", async () => {
    const res = await t.gql(COMPANY, {}, { cookie: owner });
    expect(res.data!.viewer.supplier).toMatchObject({ legalName: 'Imprimerie de Tours', isRegional: true });
    expect(res.data!.viewer.supplier.users).toEqual([expect.objectContaining({ email: ownerEmail, isOwner: true, status: 'ACTIVE' })]);
  });

  it('invites a colleague: one e-mail with a one-time link, who then chooses a password and is signed in', async () => {
    const invited = await t.gql(INVITE, { input: { email: 'Paul.Leroy@Imprimerie.example', displayName: 'Paul Leroy' } }, { cookie: owner });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteColleague).toMatchObject({ email: 'paul.leroy@imprimerie.example', status: 'INVITED', isOwner: false });

    const mail = await waitForMail('paul.leroy@imprimerie.example');
    const body = mailBody(mail.raw);
    const link = body.match(/https:\/\/fournisseurs\.region\.example\/invitation\/([\w-]{43})/);
    expect(link).not.toBeNull();
    const token = link![1]!;

    const info = await t.gql('query($t: String!) { invitation(token: $t) { email supplierName } }', { t: token });
    expect(info.data!.invitation).toEqual({ email: 'paul.leroy@imprimerie.example', supplierName: 'Imprimerie de Tours' });

    const weak = await t.gql('mutation($t: String!) { acceptInvitation(token: $t, password: "short") { id } }', { t: token });
    expect(weak.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    const accepted = await t.gql('mutation($t: String!) { acceptInvitation(token: $t, password: "Paul-Leroy-2026!") { email supplier { legalName } } }', { t: token });
    expect(accepted.data!.acceptInvitation).toEqual({ email: 'paul.leroy@imprimerie.example', supplier: { legalName: 'Imprimerie de Tours' } });
    // Behind TLS (an https PUBLIC_URL) the cookie is Secure and __Host- prefixed.
    expect(accepted.headers.get('set-cookie')).toMatch(/^__Host-spaser_session=.*HttpOnly.*Secure/);

    const again = await t.gql('mutation($t: String!) { acceptInvitation(token: $t, password: "Another-pass-2026") { id } }', { t: token });
    expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await t.signIn('paul.leroy@imprimerie.example', 'Paul-Leroy-2026!')).toMatch(/^__Host-spaser_session=/);

    const em = t.db.orm.em.fork();
    const sent = await em.find(OutboxMessage, { recipient: 'paul.leroy@imprimerie.example' }, { filters: false });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.status).toBe(OutboxStatus.SENT);
  });

  it('refuses an e-mail that already has an account, and bad input, keeping nothing half-done', async () => {
    const dup = await t.gql(INVITE, { input: { email: ownerEmail, displayName: 'Moi' } }, { cookie: owner });
    expect(dup.errors![0]!.extensions!.code).toBe('CONFLICT');
    const bad = await t.gql(INVITE, { input: { email: 'not-an-email', displayName: '' } }, { cookie: owner });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['displayName', 'email']);
  });

  it('resends an invitation: the old link stops working, the new one works', async () => {
    const invited = await t.gql(INVITE, { input: { email: 'lea@imprimerie.example', displayName: 'Léa' } }, { cookie: owner });
    const id = invited.data!.inviteColleague.id;
    const first = mailBody((await waitForMail('lea@imprimerie.example')).raw).match(/invitation\/([\w-]{43})/)![1]!;
    const resent = await t.gql('mutation($id: ID!) { resendInvitation(userId: $id) { status } }', { id }, { cookie: owner });
    expect(resent.data!.resendInvitation.status).toBe('INVITED');
    let second: string | undefined;
    for (let i = 0; i < 100 && !second; i++) {
      const mails = smtp.received.filter((m) => m.to.includes('lea@imprimerie.example'));
      if (mails.length === 2) second = mailBody(mails[1]!.raw).match(/invitation\/([\w-]{43})/)![1];
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await t.gql('query($t: String!) { invitation(token: $t) { email } }', { t: first })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql('query($t: String!) { invitation(token: $t) { email } }', { t: second })).data!.invitation.email).toBe('lea@imprimerie.example');
  });

  it('removes a colleague: gone from the list, their session ends, they cannot sign in; never oneself', async () => {
    const paul = await t.signIn('paul.leroy@imprimerie.example', 'Paul-Leroy-2026!');
    const users = (await t.gql(COMPANY, {}, { cookie: owner })).data!.viewer.supplier.users as { id: string; email: string }[];
    const paulId = users.find((u) => u.email === 'paul.leroy@imprimerie.example')!.id;
    const removed = await t.gql('mutation($id: ID!) { removeColleague(userId: $id) { users { email } } }', { id: paulId }, { cookie: owner });
    expect(removed.data!.removeColleague.users.map((u: { email: string }) => u.email)).not.toContain('paul.leroy@imprimerie.example');
    expect((await t.gql('{ viewer { id } }', {}, { cookie: paul })).data!.viewer).toBeNull();
    const signIn = await t.gql('mutation { signIn(email: "paul.leroy@imprimerie.example", password: "Paul-Leroy-2026!") { id } }');
    expect(signIn.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const ownerId = users.find((u) => u.email === ownerEmail)!.id;
    const self = await t.gql('mutation($id: ID!) { removeColleague(userId: $id) { id } }', { id: ownerId }, { cookie: owner });
    expect(self.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
