import type { SqlEntityManager } from '@mikro-orm/knex';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDay } from '../../shared/calendar.js';
import { Role } from '../../shared/roles.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildTwoTenants } from '../../test/factories.js';
import { verifyAudit } from '../audit/audit.service.js';
import { OutboxMessage } from '../notification/outbox-message.entity.js';

const today = parisDay(new Date());
const CHECK = `query($i: DeclarationInput!) { checkDeclaration(input: $i) { problems { field } flags cap { amount } runningTotal { amount } consultations } }`;
const FILE = `mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id kind status flags runningTotal { amount } cap { amount } flagConsultations amendsId authorName supplierName } }`;
const LIST = `{ declarations(first: 100) { totalCount edges { node { id kind authorName supplierName anonymous } } } }`;

describe('ethics (API)', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof buildTwoTenants>>;
  let owner: string;
  let member: string;
  let other: string;
  let officer: string;
  let buyer: string;
  let auditor: string;
  let agentId: string;
  let giftId: string;
  let reportId: string;

  beforeAll(async () => {
    t = await startTestApp();
    tenants = await buildTwoTenants(t.db.orm.em);
    owner = await t.signIn(tenants.aOwner.email);
    member = await t.signIn(tenants.aMember.email);
    other = await t.signIn(tenants.bOwner.email);
    officer = await t.signIn((await buildAgent(t.db.orm.em, [Role.ETHICS_OFFICER])).email);
    const buyerUser = await buildAgent(t.db.orm.em, [Role.BUYER]);
    buyer = await t.signIn(buyerUser.email);
    auditor = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    agentId = buyerUser.id;
  });
  afterAll(() => t.stop());

  it('publishes the charter; a supplier accepts it; a new version asks again', async () => {
    await t.gql('mutation { publishCharter(title: "Charte v1", body: "# Loyauté") { version } }', {}, { cookie: officer });
    expect((await t.gql('{ myCharterStatus { accepted current { version } } }', {}, { cookie: member })).data!.myCharterStatus).toEqual({ accepted: false, current: { version: 1 } });
    await t.gql('mutation { acceptCharter(version: 1) { accepted } }', {}, { cookie: member });
    expect((await t.gql('{ myCharterStatus { accepted } }', {}, { cookie: owner })).data!.myCharterStatus.accepted).toBe(true);
    expect((await t.gql('{ myCharterStatus { accepted } }', {}, { cookie: other })).data!.myCharterStatus.accepted).toBe(false);
    await t.gql('mutation { publishCharter(title: "Charte v2", body: "# Loyauté, transparence") { version } }', {}, { cookie: officer });
    const status = (await t.gql('{ myCharterStatus { accepted history { version } } }', {}, { cookie: owner })).data!.myCharterStatus;
    expect(status).toEqual({ accepted: false, history: [{ version: 1 }] });
    expect((await t.gql('mutation { acceptCharter(version: 1) { accepted } }', {}, { cookie: owner })).errors![0]!.extensions!.code).toBe('CONFLICT');
    const versions = (await t.gql('{ charterVersions { version acceptances publishedByName } }', {}, { cookie: officer })).data!.charterVersions;
    expect(versions.map((v: any) => [v.version, v.acceptances])).toEqual([[2, 0], [1, 1]]);
    expect(versions[0].publishedByName).toEqual(expect.any(String));
    expect(versions[1].publishedByName).toBe(versions[0].publishedByName);
    // The publishers' names cost two statements for the whole list, not two per version.
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const statementsOf = async (query: string) => {
      let statements = 0;
      const count = () => statements++;
      knex.on('query', count);
      const res = await t.gql(query, {}, { cookie: officer });
      knex.removeListener('query', count);
      expect(res.errors).toBeUndefined();
      return statements;
    };
    expect((await statementsOf('{ charterVersions { version publishedByName } }')) - (await statementsOf('{ charterVersions { version } }'))).toBe(2);
    expect((await t.gql('{ currentCharter { acceptances publishedByName } }', {}, { cookie: owner })).data!.currentCharter).toEqual({ acceptances: null, publishedByName: null });
  });

  it('checks a gift live, flags it over the yearly cap with the running total, and stores the flags', async () => {
    const gift = (value: string, on = today) => ({ kind: 'GIFT', what: 'Coffret', occasion: 'Fin d’année', value, eventOn: on, beneficiaryAgentId: agentId });
    const first = await t.gql(FILE, { i: gift('50,00') }, { cookie: member });
    expect(first.data!.fileDeclaration).toMatchObject({ flags: [], runningTotal: { amount: '50.00' }, cap: { amount: '73.00' }, authorName: tenants.aMember.displayName });
    giftId = first.data!.fileDeclaration.id;
    const live = await t.gql(CHECK, { i: gift('30,00') }, { cookie: owner });
    expect(live.data!.checkDeclaration).toMatchObject({ problems: [], flags: ['OVER_YEARLY_CAP'], runningTotal: { amount: '80.00' } });
    const incomplete = await t.gql(CHECK, { i: { kind: 'GIFT' } }, { cookie: owner });
    expect(incomplete.data!.checkDeclaration.problems.map((p: any) => p.field).sort()).toEqual(['beneficiaryAgentId', 'eventOn', 'occasion', 'value', 'what']);
    // Every problem names a field of the GraphQL input, the names the form maps back to its inputs.
    const inputFields = (await t.gql('{ __type(name: "DeclarationInput") { inputFields { name } } }', {}, { cookie: officer })).data!.__type.inputFields.map((f: any) => f.name);
    for (const kind of ['INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE']) {
      const problems = (await t.gql(CHECK, { i: { kind, anonymous: kind !== 'ANTI_COMPETITIVE_PRACTICE' } }, { cookie: owner })).data!.checkDeclaration.problems;
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(inputFields, `${kind}: ${p.field}`).toContain(p.field);
    }
    const second = await t.gql(FILE, { i: gift('30,00') }, { cookie: owner });
    expect(second.data!.fileDeclaration.flags).toEqual(['OVER_YEARLY_CAP']);
    // A higher cap from tomorrow on does not change what was filed.
    await t.gql('mutation($d: String!) { setGiftCap(amount: "150", effectiveFrom: $d) { effectiveFrom } }', { d: addDays(today, 1) }, { cookie: officer });
    const kept = await t.gql('query($id: ID!) { declaration(id: $id) { flags } }', { id: second.data!.fileDeclaration.id }, { cookie: owner });
    expect(kept.data!.declaration.flags).toEqual(['OVER_YEARLY_CAP']);
  });

  it('corrects by amendment: the original stays, the amendment replaces it in the running total', async () => {
    const amended = await t.gql(FILE, { i: { kind: 'GIFT', what: 'Coffret (corrigé)', occasion: 'Fin d’année', value: '20,00', eventOn: today, beneficiaryAgentId: agentId, amendsId: giftId } }, { cookie: member });
    expect(amended.data!.fileDeclaration).toMatchObject({ amendsId: giftId, runningTotal: { amount: '50.00' }, flags: [] });
    const original = await t.gql('query($id: ID!) { declaration(id: $id) { value { amount } status } }', { id: giftId }, { cookie: member });
    expect(original.data!.declaration).toEqual({ value: { amount: '50.00', currency: undefined }, status: 'SUBMITTED' });
    const links = await t.gql('query($id: ID!) { declaration(id: $id) { amendedBy } }', { id: giftId }, { cookie: member });
    expect(links.data!.declaration.amendedBy).toEqual([amended.data!.fileDeclaration.id]);
  });

  it('flags an invitation during the quiet period and a conflict touching a consultation agent', async () => {
    const c = await t.gql('mutation($i: ConsultationInput!) { saveConsultation(input: $i) { reference } }', {
      i: { reference: 'AO-2026-77', title: 'Entretien des lycées', publishedOn: addDays(today, -10), agentIds: [agentId], candidateSupplierIds: [tenants.a.id] },
    }, { cookie: buyer });
    expect(c.errors).toBeUndefined();
    const invitation = await t.gql(FILE, { i: { kind: 'INVITATION', what: 'Déjeuner', place: 'Orléans', value: '25', eventOn: today, beneficiaryDepartment: 'Direction des lycées' } }, { cookie: owner });
    expect(invitation.data!.fileDeclaration).toMatchObject({ flags: ['DURING_QUIET_PERIOD'], flagConsultations: ['AO-2026-77'] });
    const conflict = await t.gql(FILE, { i: { kind: 'CONFLICT_OF_INTEREST', nature: 'FAMILY', beneficiaryAgentId: agentId, eventOn: '2020-01-01', description: 'Beau-frère' } }, { cookie: owner });
    expect(conflict.data!.fileDeclaration.flags).toEqual(['PRIORITY_REVIEW']);
    const outside = await t.gql(FILE, { i: { kind: 'INVITATION', what: 'Déjeuner', place: 'Paris', value: '25', eventOn: today, beneficiaryName: 'M. Martin' } }, { cookie: other });
    expect(outside.data!.fileDeclaration.flags).toEqual([]);
  });

  it('keeps a whistleblower report to its author and the ethics officer, anonymous if asked, and out of the audit content', async () => {
    const report = await t.gql(FILE, { i: { kind: 'ANTI_COMPETITIVE_PRACTICE', description: 'Entente sur les prix du lot 3', anonymous: true } }, { cookie: member });
    reportId = report.data!.fileDeclaration.id;
    expect(report.data!.fileDeclaration).toMatchObject({ authorName: tenants.aMember.displayName });
    const ownerSees = (await t.gql(LIST, {}, { cookie: owner })).data!.declarations.edges.map((e: any) => e.node.id);
    expect(ownerSees).not.toContain(reportId);
    expect((await t.gql('query($id: ID!) { declaration(id: $id) { id } }', { id: reportId }, { cookie: owner })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, {}, { cookie: auditor })).data!.declarations.edges.map((e: any) => e.node.id)).not.toContain(reportId);
    const seenByOfficer = (await t.gql(LIST, {}, { cookie: officer })).data!.declarations.edges.find((e: any) => e.node.id === reportId).node;
    expect(seenByOfficer).toMatchObject({ anonymous: true, authorName: null, supplierName: null });
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const events = await knex('audit_event').where({ entity_id: reportId });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/Entente|lot 3/);
    expect(events[0].actor).toBe('confidential');
  });

  it("lets the officer review with a comment the supplier reads, and e-mails the author; other suppliers see nothing", async () => {
    const REVIEW = 'mutation($id: ID!, $s: DeclarationStatus!, $c: String) { reviewDeclaration(id: $id, status: $s, comment: $c) { status } }';
    expect((await t.gql(REVIEW, { id: giftId, s: 'ACTION_REQUIRED' }, { cookie: officer })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(REVIEW, { id: giftId, s: 'ACTION_REQUIRED', c: 'Merci de ne plus offrir de coffrets.' }, { cookie: officer })).data!.reviewDeclaration.status).toBe('ACTION_REQUIRED');
    expect((await t.gql(REVIEW, { id: giftId, s: 'SUBMITTED', c: 'x' }, { cookie: officer })).errors![0]!.extensions!.code).toBe('CONFLICT');
    const thread = await t.gql('query($id: ID!) { declarationComments(id: $id) { body statusTo } }', { id: giftId }, { cookie: owner });
    expect(thread.data!.declarationComments).toEqual([{ body: 'Merci de ne plus offrir de coffrets.', statusTo: 'ACTION_REQUIRED' }]);
    expect(await t.db.orm.em.fork().count(OutboxMessage, { recipient: tenants.aMember.email, idempotencyKey: { $like: 'declaration-reviewed:%' } })).toBe(1);
    expect((await t.gql('query($id: ID!) { declaration(id: $id) { id } }', { id: giftId }, { cookie: other })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, {}, { cookie: other })).data!.declarations.totalCount).toBe(1);
    expect((await t.gql(REVIEW, { id: giftId, s: 'CLOSED', c: 'x' }, { cookie: owner })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('records a meeting the supplier confirms once; other suppliers do not see it', async () => {
    const m = await t.gql('mutation($i: MeetingInput!) { recordMeeting(input: $i) { id topics response } }', {
      i: { supplierId: tenants.a.id, heldOn: today, agentIds: [], topics: ['Planning des travaux', 'Facturation'] },
    }, { cookie: buyer });
    const id = m.data!.recordMeeting.id;
    expect((await t.gql('{ meetings { totalCount edges { node { id } } } }', {}, { cookie: other })).data!.meetings).toEqual({ totalCount: 0, edges: [] });
    const confirmed = await t.gql('mutation($id: ID!) { respondToMeeting(id: $id, confirm: true) { response } }', { id }, { cookie: owner });
    expect(confirmed.data!.respondToMeeting.response).toBe('CONFIRMED');
    expect((await t.gql('mutation($id: ID!) { respondToMeeting(id: $id, confirm: false, remark: "x") { response } }', { id }, { cookie: member })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await t.gql('mutation($id: ID!) { respondToMeeting(id: $id, confirm: true) { response } }', { id }, { cookie: other })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('joins checked attachments: real type read from the content, size capped, reachable only within the declaration\'s scope', async () => {
    const upload = async (cookie: string, name: string, body: Uint8Array) => {
      const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie, 'x-upload-name': encodeURIComponent(name) }, body });
      return { status: res.status, id: ((await res.json()) as { uploadId?: string }).uploadId! };
    };
    const pdf = new TextEncoder().encode('%PDF-1.4\n% facture du traiteur\n');
    const good = await upload(owner, 'Facture traiteur été.pdf', pdf);
    expect(good.status).toBe(201);
    const fake = await upload(owner, 'photo.png', new TextEncoder().encode('<html>not an image</html>'));
    const tooBig = await upload(owner, 'gros.pdf', new Uint8Array(5 * 1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    const invitation = { kind: 'INVITATION', what: 'Déjeuner', place: 'Bourges', value: '20', eventOn: today, beneficiaryName: 'Mme Petit' };
    const refused = await t.gql(FILE, { i: { ...invitation, attachmentUploadIds: [good.id, fake.id] } }, { cookie: owner });
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('photo.png');
    // Someone else's upload is not found.
    expect((await t.gql(FILE, { i: { ...invitation, attachmentUploadIds: [good.id] } }, { cookie: other })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const filed = await t.gql(`mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id attachments { name mediaType bytes url } } }`, { i: { ...invitation, attachmentUploadIds: [good.id] } }, { cookie: owner });
    const [attachment] = filed.data!.fileDeclaration.attachments;
    expect(attachment).toMatchObject({ name: 'Facture traiteur été.pdf', mediaType: 'application/pdf', bytes: pdf.length });
    const download = await fetch(`${t.url}${attachment.url}`, { headers: { cookie: officer } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Facture traiteur été.pdf')}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect((await fetch(`${t.url}${attachment.url}`, { headers: { cookie: other } })).status).toBe(404);
    expect((await fetch(`${t.url}${attachment.url}`, { headers: { cookie: buyer } })).status).toBe(403);
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const [event] = await knex('audit_event').where({ entity_id: filed.data!.fileDeclaration.id });
    expect(JSON.stringify(event)).toContain(createHash('sha256').update(pdf).digest('hex'));
  });

  it('filters the queue by flag, flagged or not, in SQL', async () => {
    const Q = `query($f: DeclarationFilter) { declarations(first: 100, filter: $f) { totalCount edges { node { flags } } } }`;
    const all = (await t.gql(Q, {}, { cookie: officer })).data!.declarations;
    const byFlagResult = await t.gql(Q, { f: { flag: 'DURING_QUIET_PERIOD' } }, { cookie: officer });
    expect(byFlagResult.errors).toBeUndefined();
    const byFlag = byFlagResult.data!.declarations;
    expect(byFlag.totalCount).toBeGreaterThan(0);
    expect(byFlag.edges.every((e: any) => e.node.flags.includes('DURING_QUIET_PERIOD'))).toBe(true);
    const flagged = (await t.gql(Q, { f: { flagged: true } }, { cookie: officer })).data!.declarations;
    const clean = (await t.gql(Q, { f: { flagged: false } }, { cookie: officer })).data!.declarations;
    expect(flagged.totalCount + clean.totalCount).toBe(all.totalCount);
    expect(flagged.edges.every((e: any) => e.node.flags.length > 0)).toBe(true);
    expect(clean.edges.every((e: any) => e.node.flags.length === 0)).toBe(true);
    // An anonymous report stays out of its supplier's history (that would name the company).
    const history = (await t.gql(`query($f: DeclarationFilter) { declarations(first: 100, filter: $f) { edges { node { id } } } }`, { f: { supplierId: tenants.a.id } }, { cookie: officer })).data!.declarations;
    expect(history.edges.length).toBeGreaterThan(0);
    expect(history.edges.map((e: any) => e.node.id)).not.toContain(reportId);
    expect((await t.gql(Q, { f: { submittedBefore: 'hier' } }, { cookie: officer })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // Pages of 2 walk the same declarations as one page.
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await t.gql('query($a: String) { declarations(first: 2, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id } } } }', { a: after }, { cookie: officer })).data!.declarations;
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toHaveLength(all.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists consultations and meetings as connections, newest first, paged by cursor, page size capped', async () => {
    for (const [reference, days] of [['AO-P1', 30], ['AO-P2', 10], ['AO-P3', 10], ['AO-P4', 20]] as const) {
      const saved = await t.gql('mutation($i: ConsultationInput!) { saveConsultation(input: $i) { id } }', {
        i: { reference, title: 'Pagination', publishedOn: addDays(today, -days), agentIds: [], candidateSupplierIds: [] },
      }, { cookie: buyer });
      expect(saved.errors).toBeUndefined();
    }
    for (const days of [3, 1, 1]) {
      const m = await t.gql('mutation($i: MeetingInput!) { recordMeeting(input: $i) { id } }', { i: { supplierId: tenants.a.id, heldOn: addDays(today, -days), agentIds: [], topics: ['Pagination'] } }, { cookie: buyer });
      expect(m.errors).toBeUndefined();
    }
    for (const [field, key] of [['consultations', 'publishedOn'], ['meetings', 'heldOn']] as const) {
      const LIST = `query($f: Int, $a: String) { ${field}(first: $f, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id ${key} } } } }`;
      const all = (await t.gql(LIST, { f: 100 }, { cookie: officer })).data![field];
      expect(all.totalCount).toBe(all.edges.length);
      expect(all.totalCount).toBeGreaterThanOrEqual(field === 'consultations' ? 4 : 3);
      const days = all.edges.map((e: any) => e.node[key]);
      expect(days).toEqual([...days].sort().reverse());
      const paged: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < all.totalCount; i++) {
        const page: any = (await t.gql(LIST, { f: 2, a: after }, { cookie: officer })).data![field];
        expect(page.totalCount).toBe(all.totalCount);
        expect(page.edges.length).toBeLessThanOrEqual(2);
        paged.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      expect(paged).toEqual(all.edges.map((e: any) => e.node.id));
      expect((await t.gql(LIST, { f: 0 }, { cookie: officer })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(LIST, { a: 'nope' }, { cookie: officer })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    const mine = (await t.gql('{ meetings(first: 100) { totalCount edges { node { supplierName } } } }', {}, { cookie: owner })).data!.meetings;
    expect(mine.totalCount).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.edges.map((e: any) => e.node.supplierName)).size).toBe(1);
    expect((await t.gql('{ meetings { totalCount } }', {}, { cookie: other })).data!.meetings.totalCount).toBe(0);
  });

  it('has every change in an intact audit chain', async () => {
    const result = await verifyAudit((t.db.orm.em as SqlEntityManager).getKnex());
    expect(result.valid).toBe(true);
    expect(result.events).toBeGreaterThanOrEqual(14);
  });
});
