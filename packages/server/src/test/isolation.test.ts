import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneTimeToken } from '../modules/identity/one-time-token.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Contract } from '../modules/contract/contract.entity.js';
import { Invoice } from '../modules/invoice/invoice.entity.js';
import { Supplier } from '../modules/supplier/supplier.entity.js';
import { Role } from '../shared/roles.js';
import { internalScope } from '../shared/tenant.js';
import { type TestApp, startTestApp } from './app.js';
import { buildAgent, buildTwoTenants } from './factories.js';
import { importLines } from './invoices.js';

/**
 * Supplier A's users hold supplier B's ids and try every operation of the schema. Each operation
 * must be listed here: the last test fails when one is added without an isolation case.
 */
describe('isolation between suppliers', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof buildTwoTenants>>;
  let aOwner: string;
  let aMember: string;
  const covered = new Set<string>();
  const cover = (name: string) => covered.add(name);

  beforeAll(async () => {
    t = await startTestApp();
    tenants = await buildTwoTenants(t.db.orm.em);
    aOwner = await t.signIn(tenants.aOwner.email);
    aMember = await t.signIn(tenants.aMember.email);
    await importLines(t.db.orm.em, [
      `${tenants.a.siret};A-1;01/03/2025;;100;120;mise à disposition;03/03/2025;;`,
      `${tenants.b.siret};B-1;01/03/2025;;5000;6000;mise à disposition;03/03/2025;;`,
      `${tenants.b.siret};B-1;01/03/2025;;5000;6000;mise en paiement;30/05/2025;;`,
    ]);
  });
  afterAll(() => t.stop());

  const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

  it('supplier(id): another supplier is NOT_FOUND, as is a malformed id; the own one is found', async () => {
    cover('Query.supplier');
    for (const cookie of [aOwner, aMember]) {
      const other = await t.gql('query($id: ID!) { supplier(id: $id) { id legalName } }', { id: tenants.b.id }, { cookie });
      expect(code(other)).toBe('NOT_FOUND');
      expect(JSON.stringify(other)).not.toContain('Beta');
      expect(code(await t.gql('{ supplier(id: "not-an-id") { id } }', {}, { cookie }))).toBe('NOT_FOUND');
      const own = await t.gql('query($id: ID!) { supplier(id: $id) { legalName } }', { id: tenants.a.id }, { cookie });
      expect(own.data!.supplier.legalName).toBe('Alpha Bois');
    }
  });

  it("viewer and its supplier's users show only the own supplier", async () => {
    cover('Query.viewer');
    const res = await t.gql('{ viewer { supplier { id users { email } } } }', {}, { cookie: aMember });
    expect(res.data!.viewer.supplier.id).toBe(tenants.a.id);
    const emails = res.data!.viewer.supplier.users.map((u: { email: string }) => u.email).sort();
    expect(emails).toEqual([tenants.aOwner.email, tenants.aMember.email].sort());
  });

  it('suppliers (the directory) is for agents only', async () => {
    cover('Query.suppliers');
    expect(code(await t.gql('{ suppliers { totalCount edges { node { legalName } } } }', {}, { cookie: aOwner }))).toBe('FORBIDDEN');
  });

  it('devOutbox is for administrators only', async () => {
    cover('Query.devOutbox');
    expect(code(await t.gql('{ devOutbox { recipient } }', {}, { cookie: aOwner }))).toBe('FORBIDDEN');
    expect(code(await t.gql('{ devOutbox { recipient } }'))).toBe('UNAUTHENTICATED');
  });

  it("removeColleague and resendInvitation with another supplier's user are NOT_FOUND and change nothing", async () => {
    cover('Mutation.removeColleague');
    cover('Mutation.resendInvitation');
    for (const op of ['removeColleague(userId: $id) { id }', 'resendInvitation(userId: $id) { id }']) {
      const res = await t.gql(`mutation($id: ID!) { ${op} }`, { id: tenants.bMember.id }, { cookie: aOwner });
      expect(code(res)).toBe('NOT_FOUND');
    }
    const em = internalScope(t.db.orm.em.fork());
    expect((await em.findOneOrFail(User, tenants.bMember.id)).removedAt).toBeNull();
    expect(await em.count(OneTimeToken, { user: tenants.bMember.id })).toBe(0);
    // A member (not an owner) may not manage users at all, even their own supplier's.
    const member = await t.gql('mutation($id: ID!) { removeColleague(userId: $id) { id } }', { id: tenants.aOwner.id }, { cookie: aMember });
    expect(code(member)).toBe('FORBIDDEN');
  });

  it('inviteColleague always lands in the own supplier', async () => {
    cover('Mutation.inviteColleague');
    const res = await t.gql(
      'mutation($input: InviteColleagueInput!) { inviteColleague(input: $input) { id email } }',
      { input: { email: 'nouvelle@alpha.example', displayName: 'Nouvelle Recrue' } },
      { cookie: aOwner },
    );
    expect(res.errors).toBeUndefined();
    const em = internalScope(t.db.orm.em.fork());
    const user = await em.findOneOrFail(User, { email: 'nouvelle@alpha.example' });
    expect(user.supplier!.id).toBe(tenants.a.id);
    const seenByB = await t.gql('{ viewer { supplier { users { email } } } }', {}, { cookie: await t.signIn(tenants.bOwner.email) });
    expect(JSON.stringify(seenByB.data)).not.toContain('nouvelle@alpha.example');
  });

  it("invoices, invoice and paymentSummary never reach another supplier's invoices", async () => {
    cover('Query.invoices');
    cover('Query.invoice');
    cover('Query.paymentSummary');
    cover('Query.interestRates');
    const em = internalScope(t.db.orm.em.fork());
    const bInvoice = await em.findOneOrFail(Invoice, { number: 'B-1' });
    for (const cookie of [aOwner, aMember]) {
      const list = await t.gql('query($s: ID!) { all: invoices(first: 100) { totalCount edges { node { number } } } theirs: invoices(filter: { supplierId: $s }) { totalCount } }', { s: tenants.b.id }, { cookie });
      expect(list.data!.all.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual(['A-1']);
      expect(list.data!.theirs.totalCount).toBe(0);
      const one = await t.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: bInvoice.id }, { cookie });
      expect(code(one)).toBe('NOT_FOUND');
      expect(JSON.stringify(one)).not.toContain('B-1');
      const summary = await t.gql('query($s: ID) { paymentSummary(supplierId: $s) { byStatus { status count } awaitingAmount { amount } } }', { s: tenants.b.id }, { cookie });
      expect(summary.data!.paymentSummary).toEqual({ byStatus: [{ status: 'RECEIVED', count: 1 }], awaitingAmount: { amount: '120.00', currency: undefined } });
    }
    const rates = await t.gql('{ interestRates { halfYearStart ecbRate } }', {}, { cookie: aMember });
    expect(rates.data!.interestRates.length).toBeGreaterThan(20); // public reference data, no supplier's
  });

  it('finance and administration operations are refused to supplier users, whatever the ids', async () => {
    cover('Mutation.importInvoices');
    cover('Mutation.reviewInvoiceInterest');
    cover('Mutation.recordInterestPayment');
    cover('Mutation.setInterestRate');
    const em = internalScope(t.db.orm.em.fork());
    const bInvoice = await em.findOneOrFail(Invoice, { number: 'B-1' });
    const attempts = [
      ['mutation($id: ID!) { importInvoices(uploadId: $id, dryRun: false) { created } }', { id: bInvoice.id }],
      ['mutation($id: ID!) { reviewInvoiceInterest(invoiceId: $id, decision: VALIDATED) { id } }', { id: bInvoice.id }],
      ['mutation($id: ID!) { recordInterestPayment(invoiceId: $id, amount: "1", paidOn: "2025-06-01") { id } }', { id: bInvoice.id }],
      ['mutation { setInterestRate(halfYearStart: "2025-01-01", ecbRate: "9") { ecbRate } }', {}],
    ] as const;
    for (const [query, variables] of attempts) {
      expect(code(await t.gql(query, variables, { cookie: aOwner }))).toBe('FORBIDDEN');
    }
    expect((await em.findOneOrFail(Invoice, { number: 'B-1' })).interestReview).toBe('PENDING');
  });

  it("surveys: a supplier reaches only its own invitations and drafts; the survey team's operations are refused", async () => {
    for (const op of ['Query.mySurveys', 'Query.surveyForm', 'Mutation.saveSurveyDraft', 'Mutation.submitSurvey', 'Query.surveyCampaigns', 'Query.surveyCampaign', 'Query.surveyResults',
      'Mutation.createSurveyCampaign', 'Mutation.updateSurveyCampaign', 'Mutation.setSurveyQuestions', 'Mutation.openSurveyCampaign', 'Mutation.remindSurveyCampaign',
      'Mutation.closeSurveyCampaign', 'Mutation.archiveSurveyCampaign']) cover(op);
    const manager = await t.signIn((await buildAgent(t.db.orm.em, [Role.SURVEY_MANAGER])).email);
    const today = new Date().toISOString().slice(0, 10);
    const created = await t.gql('mutation($i: SurveyCampaignInput!) { createSurveyCampaign(input: $i) { id } }', {
      i: { title: 'Hors région', year: 2026, opensOn: today, closesOn: '2099-12-31', audience: { regional: false } },
    }, { cookie: manager });
    const id = created.data!.createSurveyCampaign.id;
    const q = await t.gql('mutation($c: ID!) { setSurveyQuestions(campaignId: $c, questions: [{ key: "s", type: SATISFACTION_5, labelFr: "S ?", labelEn: "S?", headline: true }]) { questions { id } } }', { c: id }, { cookie: manager });
    const qid = q.data!.setSurveyQuestions.questions[0].id;
    await t.gql('mutation($c: ID!) { openSurveyCampaign(id: $c) { id } }', { c: id }, { cookie: manager });
    // B (Paris) is invited, A (Orléans) is not. B saves a draft.
    const b = await t.signIn(tenants.bOwner.email);
    expect((await t.gql('mutation($c: ID!, $q: ID!) { saveSurveyDraft(campaignId: $c, answers: [{ questionId: $q, number: 1 }]) { progress { answered } } }', { c: id, q: qid }, { cookie: b })).errors).toBeUndefined();
    expect((await t.gql('{ mySurveys { campaignId } }', {}, { cookie: aOwner })).data!.mySurveys).toEqual([]);
    for (const query of [
      ['query($c: ID!) { surveyForm(campaignId: $c) { answers { number } } }', { c: id }],
      ['mutation($c: ID!, $q: ID!) { saveSurveyDraft(campaignId: $c, answers: [{ questionId: $q, number: 5 }]) { progress { answered } } }', { c: id, q: qid }],
      ['mutation($c: ID!, $q: ID!) { submitSurvey(campaignId: $c, answers: [{ questionId: $q, number: 5 }]) }', { c: id, q: qid }],
    ] as const) {
      const res = await t.gql(query[0], query[1], { cookie: aOwner });
      expect(code(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('"number":1');
    }
    const managerOps = [
      ['{ surveyCampaigns { edges { node { id } } } }', {}],
      ['query($c: ID!) { surveyCampaign(id: $c) { id } }', { c: id }],
      ['query($c: ID!) { surveyResults(campaignId: $c) { responses } }', { c: id }],
      ['mutation { createSurveyCampaign(input: { title: "x", year: 2026, opensOn: "2026-01-01", closesOn: "2026-02-01" }) { id } }', {}],
      ['mutation($c: ID!) { updateSurveyCampaign(id: $c, input: { title: "x", year: 2026, opensOn: "2026-01-01", closesOn: "2026-02-01" }) { id } }', { c: id }],
      ['mutation($c: ID!) { setSurveyQuestions(campaignId: $c, questions: []) { id } }', { c: id }],
      ['mutation($c: ID!) { openSurveyCampaign(id: $c) { id } }', { c: id }],
      ['mutation($c: ID!) { remindSurveyCampaign(id: $c) }', { c: id }],
      ['mutation($c: ID!) { closeSurveyCampaign(id: $c) { id } }', { c: id }],
      ['mutation($c: ID!) { archiveSurveyCampaign(id: $c) { id } }', { c: id }],
    ] as const;
    for (const [query, variables] of managerOps) expect(code(await t.gql(query, variables, { cookie: aOwner }))).toBe('FORBIDDEN');
  });

  it("ethics: another supplier's declarations, comments and meetings are out of reach; officer and buyer operations are refused", async () => {
    for (const op of ['Query.currentCharter', 'Query.charterVersions', 'Query.myCharterStatus', 'Mutation.acceptCharter', 'Mutation.publishCharter', 'Query.giftCaps',
      'Mutation.setGiftCap', 'Query.agentDirectory', 'Query.checkDeclaration', 'Mutation.fileDeclaration', 'Query.declarations', 'Query.declaration',
      'Query.declarationComments', 'Mutation.reviewDeclaration', 'Query.consultations', 'Mutation.saveConsultation', 'Query.meetings', 'Mutation.recordMeeting',
      'Mutation.respondToMeeting']) cover(op);
    const b = await t.signIn(tenants.bOwner.email);
    const buyerUser = await buildAgent(t.db.orm.em, [Role.BUYER]);
    const buyer = await t.signIn(buyerUser.email);
    const officer = await t.signIn((await buildAgent(t.db.orm.em, [Role.ETHICS_OFFICER])).email);
    await t.gql('mutation { publishCharter(title: "Charte", body: "Texte") { version } }', {}, { cookie: officer });
    await t.gql('mutation { acceptCharter(version: 1) { accepted } }', {}, { cookie: b });
    const today = new Date().toISOString().slice(0, 10);
    const filed = await t.gql('mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }', {
      i: { kind: 'GIFT', what: 'Stylo', occasion: 'Salon', value: '10', eventOn: today, beneficiaryAgentId: buyerUser.id },
    }, { cookie: b });
    const bDeclaration = filed.data!.fileDeclaration.id;
    await t.gql('mutation($id: ID!) { reviewDeclaration(id: $id, status: UNDER_REVIEW, comment: "Vu") { id } }', { id: bDeclaration }, { cookie: officer });
    const meeting = await t.gql('mutation($i: MeetingInput!) { recordMeeting(input: $i) { id } }', { i: { supplierId: tenants.b.id, heldOn: today, agentIds: [], topics: ['Prix'] } }, { cookie: buyer });
    const bMeeting = meeting.data!.recordMeeting.id;

    expect((await t.gql('{ myCharterStatus { accepted } }', {}, { cookie: aOwner })).data!.myCharterStatus.accepted).toBe(false);
    for (const [query, variables] of [
      ['query($id: ID!) { declaration(id: $id) { id } }', { id: bDeclaration }],
      ['query($id: ID!) { declarationComments(id: $id) { body } }', { id: bDeclaration }],
      ['mutation($id: ID!) { respondToMeeting(id: $id, confirm: true) { id } }', { id: bMeeting }],
      ['mutation($id: ID!) { fileDeclaration(input: { kind: GIFT, what: "x", occasion: "x", value: "1", beneficiaryName: "x", eventOn: "2026-01-02", amendsId: $id }) { id } }', { id: bDeclaration }],
    ] as const) {
      const res = await t.gql(query, variables, { cookie: aOwner });
      expect(code(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toMatch(/Stylo|Vu|Prix/);
    }
    expect((await t.gql('{ declarations { totalCount } }', {}, { cookie: aOwner })).data!.declarations.totalCount).toBe(0);
    expect((await t.gql('{ meetings { totalCount edges { node { id } } } }', {}, { cookie: aOwner })).data!.meetings).toEqual({ totalCount: 0, edges: [] });
    const check = await t.gql('query($a: ID!) { checkDeclaration(input: { kind: GIFT, what: "x", occasion: "x", value: "70", eventOn: "' + today + '", beneficiaryAgentId: $a }) { runningTotal { amount } flags } }', { a: buyerUser.id }, { cookie: aOwner });
    expect(check.data!.checkDeclaration).toEqual({ runningTotal: { amount: '70.00' }, flags: [] }); // B's 10 € gift does not count for A
    const directory = await t.gql('query($s: String!) { agentDirectory(search: $s) { displayName direction } }', { s: buyerUser.displayName.slice(0, 5) }, { cookie: aOwner });
    expect(directory.data!.agentDirectory).toContainEqual({ displayName: buyerUser.displayName, direction: null });
    expect(JSON.stringify(directory.data)).not.toContain('@');
    expect((await t.gql('{ currentCharter { version } giftCaps { effectiveFrom } }', {}, { cookie: aOwner })).data!.currentCharter.version).toBe(1);
    for (const query of [
      '{ charterVersions { version } }',
      'mutation { publishCharter(title: "x", body: "y") { version } }',
      'mutation { setGiftCap(amount: "1", effectiveFrom: "2030-01-01") { effectiveFrom } }',
      `mutation { reviewDeclaration(id: "${bDeclaration}", status: CLOSED, comment: "x") { id } }`,
      '{ consultations { edges { node { id } } } }',
      'mutation { saveConsultation(input: { reference: "X", title: "x", publishedOn: "2026-01-01", agentIds: [], candidateSupplierIds: [] }) { id } }',
      `mutation { recordMeeting(input: { supplierId: "${tenants.b.id}", heldOn: "2026-01-01", agentIds: [], topics: ["x"] }) { id } }`,
    ]) expect(code(await t.gql(query, {}, { cookie: aOwner }))).toBe('FORBIDDEN');
  });

  it('the yearly report is for agents only (aggregates over every supplier), its downloads too', async () => {
    for (const op of ['Query.spaserReport', 'Query.spaserReports']) cover(op);
    for (const query of ['{ spaserReport(year: 2025) { year } }', '{ spaserReports(from: 2024, to: 2025) { year } }']) {
      const res = await t.gql(query, {}, { cookie: aOwner });
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    for (const format of ['csv', 'json']) expect((await fetch(`${t.url}/exports/report/2025.${format}`, { headers: { cookie: aOwner } })).status).toBe(403);
  });

  it("contracts: a supplier lists only the contracts it holds, whatever the filter; the DECP import is refused", async () => {
    cover('Query.contracts');
    cover('Mutation.importContracts');
    const em = internalScope(t.db.orm.em.fork());
    const contract = (reference: string, holders: string[]) =>
      em.create(Contract, { buyerId: '23450002300028', reference, title: `Marché ${reference}`, startOn: '2025-01-01', holders: holders.map((id) => em.getReference(Supplier, id)) });
    contract('ISO-B', [tenants.b.id]);
    contract('ISO-AB', [tenants.a.id, tenants.b.id]);
    contract('ISO-A', [tenants.a.id]);
    await em.flush();
    for (const cookie of [aOwner, aMember]) {
      const list = await t.gql('query($s: ID!) { all: contracts(first: 100) { totalCount edges { node { reference } } } theirs: contracts(filter: { supplierId: $s, search: "ISO-B" }) { totalCount } }', { s: tenants.b.id }, { cookie });
      expect(list.data!.all.edges.map((e: { node: { reference: string } }) => e.node.reference).sort()).toEqual(['ISO-A', 'ISO-AB']);
      expect(list.data!.all.totalCount).toBe(2);
      expect(list.data!.theirs.totalCount).toBe(0);
      const imported = await t.gql('mutation($u: ID!) { importContracts(uploadId: $u, dryRun: false) { created } }', { u: tenants.b.id }, { cookie });
      expect(imported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('API tokens are for agents, each seeing and revoking only its own', async () => {
    for (const op of ['Query.apiTokens', 'Mutation.createApiToken', 'Mutation.revokeApiToken']) cover(op);
    expect(code(await t.gql('mutation { createApiToken(input: { name: "x" }) { secret } }', {}, { cookie: aOwner }))).toBe('FORBIDDEN');
    expect(code(await t.gql('{ apiTokens { totalCount } }', {}, { cookie: aOwner }))).toBe('FORBIDDEN');
    const first = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    const second = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    const made = await t.gql('mutation { createApiToken(input: { name: "Script" }) { token { id } } }', {}, { cookie: first });
    const id = made.data!.createApiToken.token.id;
    expect((await t.gql('{ apiTokens { totalCount } }', {}, { cookie: second })).data!.apiTokens.totalCount).toBe(0);
    expect(code(await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, { cookie: second }))).toBe('NOT_FOUND');
    expect(code(await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, { cookie: aOwner }))).toBe('FORBIDDEN');
  });

  it('public and self-only operations reveal nothing of another supplier', async () => {
    cover('Mutation.signIn');
    cover('Mutation.signOut');
    cover('Mutation.setLocale');
    cover('Query.invitation');
    cover('Mutation.acceptInvitation');
    // signIn with B's e-mail and a wrong password says nothing about B.
    const guess = await t.gql('mutation { signIn(email: "' + tenants.bOwner.email + '", password: "Wrong-password-1") { id } }', {}, { cookie: aOwner });
    expect(code(guess)).toBe('UNAUTHENTICATED');
    // An invitation link of unknown token: NOT_FOUND, no data.
    for (const q of ['{ invitation(token: "nope") { email } }', 'mutation { acceptInvitation(token: "nope", password: "Long-enough-pass-1") { id } }']) {
      const res = await t.gql(q, {}, { cookie: aOwner });
      expect(code(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    const locale = await t.gql('mutation { setLocale(locale: EN) { id } }', {}, { cookie: aMember });
    expect(locale.data!.setLocale.id).toBe(tenants.aMember.id);
  });

  it("acknowledgePrivacyNotice records the viewer's own notice only, and needs a session", async () => {
    cover('Mutation.acknowledgePrivacyNotice');
    expect(code(await t.gql('mutation { acknowledgePrivacyNotice { id } }'))).toBe('UNAUTHENTICATED');
    const res = await t.gql('mutation { acknowledgePrivacyNotice { id privacyNoticeSeenAt } }', {}, { cookie: aOwner });
    expect(res.data!.acknowledgePrivacyNotice.id).toBe(tenants.aOwner.id);
    expect(res.data!.acknowledgePrivacyNotice.privacyNoticeSeenAt).not.toBeNull();
    const others = await internalScope(t.db.orm.em.fork()).find(User, { id: { $in: [tenants.aMember.id, tenants.bOwner.id, tenants.bMember.id] } }, { filters: false });
    expect(others.map((u) => u.privacyNoticeSeenAt)).toEqual([null, null, null]);
  });

  it('onboarding: supplier users can neither import suppliers nor see or decide access requests; the public request reveals nothing', async () => {
    for (const op of ['Mutation.importSuppliers', 'Query.accessRequests', 'Mutation.requestAccess', 'Mutation.approveAccessRequest', 'Mutation.refuseAccessRequest']) cover(op);
    const asked = await t.gql('mutation($s: String!) { requestAccess(input: { name: "Intrus", email: "intrus@exemple.fr", siret: $s, roleInCompany: "Curieux" }) { recorded } }', { s: tenants.b.siret }, { cookie: aOwner });
    const unknown = await t.gql('mutation { requestAccess(input: { name: "Intrus", email: "intrus2@exemple.fr", siret: "73282932000033", roleInCompany: "Curieux" }) { recorded } }', {}, { cookie: aOwner });
    expect(asked.data).toEqual(unknown.data);
    expect(JSON.stringify(asked)).not.toContain('Beta');
    const id = String(((await t.db.orm.em.getConnection().execute('select id from access_request limit 1')) as { id: string }[])[0]!.id);
    for (const cookie of [aOwner, aMember]) {
      expect(code(await t.gql('{ accessRequests { totalCount edges { node { siret email } } } }', {}, { cookie }))).toBe('FORBIDDEN');
      expect(code(await t.gql('mutation($id: ID!) { approveAccessRequest(id: $id) { id } }', { id }, { cookie }))).toBe('FORBIDDEN');
      expect(code(await t.gql('mutation($id: ID!) { refuseAccessRequest(id: $id, reason: "non") { id } }', { id }, { cookie }))).toBe('FORBIDDEN');
      expect(code(await t.gql('mutation($u: ID!) { importSuppliers(uploadId: $u, dryRun: false) { created } }', { u: tenants.b.id }, { cookie }))).toBe('FORBIDDEN');
    }
  });

  it("mediation: another supplier's disputes and invoices are NOT_FOUND; the mediator's operations are refused", async () => {
    for (const op of ['Query.disputes', 'Query.dispute', 'Mutation.openDispute', 'Mutation.postDisputeMessage', 'Mutation.setDisputeStatus', 'Mutation.withdrawDispute']) cover(op);
    const em = internalScope(t.db.orm.em.fork());
    const bInvoice = await em.findOneOrFail(Invoice, { number: 'B-1' });
    const b = await t.signIn(tenants.bOwner.email);
    const opened = await t.gql('mutation($i: OpenDisputeInput!) { openDispute(input: $i) { id } }', { i: { subjectKind: 'INVOICE', subjectId: bInvoice.id, title: 'Retard Beta', body: 'Secret de Beta' } }, { cookie: b });
    const id = opened.data!.openDispute.id;
    for (const cookie of [aOwner, aMember]) {
      const list = await t.gql('query($s: ID!) { all: disputes(first: 100) { totalCount } theirs: disputes(filter: { supplierId: $s }) { totalCount } }', { s: tenants.b.id }, { cookie });
      expect(list.data).toEqual({ all: { totalCount: 0 }, theirs: { totalCount: 0 } });
      for (const [query, variables] of [
        ['query($id: ID!) { dispute(id: $id) { title messages { body } } }', { id }],
        ['mutation($i: OpenDisputeInput!) { openDispute(input: $i) { id } }', { i: { subjectKind: 'INVOICE', subjectId: bInvoice.id, title: 'x', body: 'y' } }],
        ['mutation($id: ID!) { postDisputeMessage(id: $id, body: "Intrusion") { id } }', { id }],
        ['mutation($id: ID!) { withdrawDispute(id: $id) { id } }', { id }],
      ] as const) {
        const res = await t.gql(query, variables, { cookie });
        expect(code(res)).toBe('NOT_FOUND');
        expect(JSON.stringify(res)).not.toContain('Beta');
      }
      expect(code(await t.gql('mutation($id: ID!) { setDisputeStatus(id: $id, status: RESOLVED) { id } }', { id }, { cookie }))).toBe('FORBIDDEN');
    }
    const thread = await t.gql('query($id: ID!) { dispute(id: $id) { status messages { body } } }', { id }, { cookie: b });
    expect(thread.data!.dispute).toEqual({ status: 'OPEN', messages: [{ body: 'Secret de Beta' }] });
  });

  it('second-factor operations act only on the caller\'s own half-authenticated session: none for a full session or a stranger', async () => {
    for (const op of ['Query.secondFactorStep', 'Mutation.startTotpEnrolment', 'Mutation.confirmTotpEnrolment', 'Mutation.verifySecondFactor']) cover(op);
    cover('Query.agentSsoEnabled'); // a public flag: the same answer for everyone
    expect((await t.gql('{ agentSsoEnabled }', {}, { cookie: aOwner })).data!.agentSsoEnabled).toBe(false);
    for (const cookie of [aOwner, aMember, null]) {
      expect((await t.gql('{ secondFactorStep }', {}, { cookie })).data!.secondFactorStep).toBeNull();
      expect(code(await t.gql('mutation { startTotpEnrolment { secret } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql('mutation { confirmTotpEnrolment(code: "123456") { recoveryCodes } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql('mutation { verifySecondFactor(code: "123456") { recoveryCodesLeft } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
    }
  });

  it('covers every query and mutation of the schema, as introspection lists them', async () => {
    const agent = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    const res = await t.gql('{ __schema { queryType { name fields { name } } mutationType { name fields { name } } } }', {}, { cookie: agent });
    const types = [res.data!.__schema.queryType, res.data!.__schema.mutationType] as { name: string; fields: { name: string }[] }[];
    const operations = types.flatMap((type) => type.fields.map((f) => `${type.name}.${f.name}`));
    expect(operations).toContain('Query.invoices');
    expect(operations).toContain('Mutation.signIn');
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
  });
});
