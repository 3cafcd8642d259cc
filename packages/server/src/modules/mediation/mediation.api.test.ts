import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildTwoTenants } from '../../test/factories.js';
import { importLines } from '../../test/invoices.js';
import { verifyAudit } from '../audit/audit.service.js';
import { Contract } from '../contract/contract.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { OutboxMessage } from '../notification/outbox-message.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { User } from '../identity/user.entity.js';
import { Dispute } from './mediation.entities.js';
import { DisputeStatus, DisputeSubjectKind } from './mediation-rules.js';

const OPEN = 'mutation($i: OpenDisputeInput!) { openDispute(input: $i) { id status subjectKind subjectLabel title supplierName openedByName firstAnswerAt messages { body fromMediator } } }';
const THREAD = 'query($id: ID!) { dispute(id: $id) { status firstAnswerAt closedAt daysToClose messages { body fromMediator internal statusFrom statusTo authorName } } }';
const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

describe('mediation (API)', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof buildTwoTenants>>;
  let owner: string;
  let member: string;
  let other: string;
  let mediator: string;
  let mediatorEmail: string;
  let auditor: string;
  let buyer: string;
  let aInvoice: string;
  let bInvoice: string;
  let aContract: string;
  let bContract: string;
  let disputeId: string;

  const mails = async (to: string) => {
    const em = internalScope(t.db.orm.em.fork());
    return em.find(OutboxMessage, { recipient: to }, { orderBy: { createdAt: 'asc' } });
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenants = await buildTwoTenants(t.db.orm.em);
    owner = await t.signIn(tenants.aOwner.email);
    member = await t.signIn(tenants.aMember.email);
    other = await t.signIn(tenants.bOwner.email);
    const m = await buildAgent(t.db.orm.em, [Role.MEDIATOR]);
    mediatorEmail = m.email;
    mediator = await t.signIn(m.email);
    auditor = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    buyer = await t.signIn((await buildAgent(t.db.orm.em, [Role.BUYER])).email);
    await importLines(t.db.orm.em, [
      `${tenants.a.siret};A-77;01/03/2025;;100;120;mise à disposition;03/03/2025;;`,
      `${tenants.b.siret};B-77;01/03/2025;;5000;6000;mise à disposition;03/03/2025;;`,
    ]);
    const em = internalScope(t.db.orm.em.fork());
    aInvoice = (await em.findOneOrFail(Invoice, { number: 'A-77' })).id;
    bInvoice = (await em.findOneOrFail(Invoice, { number: 'B-77' })).id;
    const contract = em.create(Contract, { buyerId: '23450002300028', reference: 'M-2025-01', title: 'Menuiseries du lycée' } as any);
    contract.holders.add(em.getReference(Supplier, tenants.a.id));
    const theirs = em.create(Contract, { buyerId: '23450002300028', reference: 'M-2025-02', title: 'Transports scolaires' } as any);
    theirs.holders.add(em.getReference(Supplier, tenants.b.id));
    await em.flush();
    aContract = contract.id;
    bContract = theirs.id;
  });
  afterAll(() => t.stop());

  it("a supplier opens a dispute about its own invoice; the mediators get a notice without the content", async () => {
    const res = await t.gql(OPEN, { i: { subjectKind: 'INVOICE', subjectId: aInvoice, title: 'Intérêts moratoires', body: 'Le paiement est en retard de 20 jours.' } }, { cookie: member });
    expect(res.errors).toBeUndefined();
    const d = res.data!.openDispute;
    disputeId = d.id;
    expect(d).toMatchObject({ status: 'OPEN', subjectKind: 'INVOICE', subjectLabel: 'A-77', title: 'Intérêts moratoires', supplierName: 'Alpha Bois', firstAnswerAt: null });
    expect(d.messages).toEqual([{ body: 'Le paiement est en retard de 20 jours.', fromMediator: false }]);
    const notices = await mails(mediatorEmail);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(`/back-office/mediation/${disputeId}`);
    expect(notices[0]!.text).not.toContain('20 jours');
  });

  it("another supplier's invoice or contract, a malformed id, an empty subject line are refused", async () => {
    for (const [kind, id] of [['INVOICE', bInvoice], ['CONTRACT', bContract], ['DECLARATION', bInvoice], ['INVOICE', 'nope']] as const) {
      const res = await t.gql(OPEN, { i: { subjectKind: kind, subjectId: id, title: 'x', body: 'y' } }, { cookie: owner });
      expect(code(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('B-77');
    }
    expect(code(await t.gql(OPEN, { i: { subjectKind: 'INVOICE', subjectId: aInvoice, title: '  ', body: 'y' } }, { cookie: owner }))).toBe('BAD_USER_INPUT');
    const contract = await t.gql(OPEN, { i: { subjectKind: 'CONTRACT', subjectId: aContract, title: 'Avenant', body: 'Prix' } }, { cookie: owner });
    expect(contract.data!.openDispute.subjectLabel).toBe('M-2025-01 — Menuiseries du lycée');
    expect(code(await t.gql(OPEN, { i: { subjectKind: 'INVOICE', subjectId: aInvoice, title: 'x', body: 'y' } }, { cookie: mediator }))).toBe('FORBIDDEN');
  });

  it('who sees what: the own supplier, mediators and auditors; not another supplier nor a buyer', async () => {
    const list = '{ disputes(first: 100) { totalCount edges { node { id title } } } }';
    expect((await t.gql(list, {}, { cookie: owner })).data!.disputes.totalCount).toBe(2);
    expect((await t.gql(list, {}, { cookie: other })).data!.disputes.totalCount).toBe(0);
    expect((await t.gql(list, {}, { cookie: mediator })).data!.disputes.totalCount).toBe(2);
    expect((await t.gql(list, {}, { cookie: auditor })).data!.disputes.totalCount).toBe(2);
    expect(code(await t.gql(list, {}, { cookie: buyer }))).toBe('FORBIDDEN');
    expect(code(await t.gql(THREAD, { id: disputeId }, { cookie: other }))).toBe('NOT_FOUND');
    const filtered = await t.gql('{ disputes(filter: { status: [RESOLVED] }) { totalCount } k: disputes(filter: { subjectKind: CONTRACT }) { totalCount } }', {}, { cookie: mediator });
    expect(filtered.data).toEqual({ disputes: { totalCount: 0 }, k: { totalCount: 1 } });
  });

  it("the mediator answers (first answer recorded, the author notified) and writes an internal note the supplier never sees", async () => {
    const post = 'mutation($id: ID!, $b: String!, $n: Boolean) { postDisputeMessage(id: $id, body: $b, internal: $n) { firstAnswerAt } }';
    const note = await t.gql(post, { id: disputeId, b: 'Note : vérifier avec les finances', n: true }, { cookie: mediator });
    expect(note.data!.postDisputeMessage.firstAnswerAt).toBeNull();
    expect(await mails(tenants.aMember.email)).toHaveLength(0);
    const answer = await t.gql(post, { id: disputeId, b: 'Nous regardons votre facture.' }, { cookie: mediator });
    expect(answer.data!.postDisputeMessage.firstAnswerAt).toEqual(expect.any(String));
    const notices = await mails(tenants.aMember.email);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(`/mediation/${disputeId}`);
    expect(notices[0]!.text).not.toContain('facture.');
    const seenBySupplier = (await t.gql(THREAD, { id: disputeId }, { cookie: owner })).data!.dispute.messages;
    expect(seenBySupplier.map((m: any) => m.body)).toEqual(['Le paiement est en retard de 20 jours.', 'Nous regardons votre facture.']);
    expect(JSON.stringify(seenBySupplier)).not.toContain('Note');
    const seenByMediator = (await t.gql(THREAD, { id: disputeId }, { cookie: auditor })).data!.dispute.messages;
    expect(seenByMediator.filter((m: any) => m.internal).map((m: any) => m.body)).toEqual(['Note : vérifier avec les finances']);
    expect(code(await t.gql(post, { id: disputeId, b: 'note', n: true }, { cookie: owner }))).toBe('FORBIDDEN');
    expect(code(await t.gql(post, { id: disputeId, b: 'Intrusion' }, { cookie: other }))).toBe('NOT_FOUND');
    expect(code(await t.gql(post, { id: disputeId, b: 'Lecture seule' }, { cookie: auditor }))).toBe('FORBIDDEN');
    // The supplier writes back: the mediators hear of it.
    await t.gql(post, { id: disputeId, b: 'Merci, voici le bon de commande.' }, { cookie: owner });
    expect(await mails(mediatorEmail)).toHaveLength(3); // two openings, one message
  });

  it('status moves: the mediator reviews then resolves; nothing follows; the supplier may not set statuses', async () => {
    const set = 'mutation($id: ID!, $s: DisputeStatus!, $c: String) { setDisputeStatus(id: $id, status: $s, comment: $c) { status closedAt daysToClose } }';
    expect(code(await t.gql(set, { id: disputeId, s: 'RESOLVED' }, { cookie: owner }))).toBe('FORBIDDEN');
    expect(code(await t.gql(set, { id: disputeId, s: 'WITHDRAWN' }, { cookie: mediator }))).toBe('CONFLICT');
    expect((await t.gql(set, { id: disputeId, s: 'UNDER_REVIEW' }, { cookie: mediator })).data!.setDisputeStatus.status).toBe('UNDER_REVIEW');
    const resolved = (await t.gql(set, { id: disputeId, s: 'RESOLVED', c: 'Les intérêts seront versés.' }, { cookie: mediator })).data!.setDisputeStatus;
    expect(resolved).toEqual({ status: 'RESOLVED', closedAt: expect.any(String), daysToClose: 0 });
    expect(code(await t.gql(set, { id: disputeId, s: 'UNDER_REVIEW' }, { cookie: mediator }))).toBe('CONFLICT');
    expect(code(await t.gql('mutation($id: ID!) { withdrawDispute(id: $id) { status } }', { id: disputeId }, { cookie: owner }))).toBe('CONFLICT');
    expect(code(await t.gql('mutation($id: ID!) { postDisputeMessage(id: $id, body: "Encore") { status } }', { id: disputeId }, { cookie: owner }))).toBe('CONFLICT');
    const thread = (await t.gql(THREAD, { id: disputeId }, { cookie: member })).data!.dispute;
    expect(thread.messages.filter((m: any) => m.statusTo).map((m: any) => [m.statusFrom, m.statusTo, m.body])).toEqual([
      ['OPEN', 'UNDER_REVIEW', ''],
      ['UNDER_REVIEW', 'RESOLVED', 'Les intérêts seront versés.'],
    ]);
    const notices = await mails(tenants.aMember.email);
    expect(notices.map((n) => n.subject)).toEqual([
      'Votre demande de médiation : nouvelle réponse du médiateur',
      "Votre demande de médiation : en cours d'examen",
      'Votre demande de médiation : résolue',
    ]);
  });

  it('a supplier withdraws its other dispute; another supplier cannot', async () => {
    const list = (await t.gql('{ disputes(filter: { subjectKind: CONTRACT }) { edges { node { id } } } }', {}, { cookie: owner })).data!.disputes.edges;
    const id = list[0].node.id;
    const withdraw = 'mutation($id: ID!) { withdrawDispute(id: $id, comment: "Réglé à l’amiable") { status daysToClose } }';
    expect(code(await t.gql(withdraw, { id }, { cookie: other }))).toBe('NOT_FOUND');
    expect(code(await t.gql(withdraw, { id }, { cookie: mediator }))).toBe('FORBIDDEN');
    expect((await t.gql(withdraw, { id }, { cookie: member })).data!.withdrawDispute).toEqual({ status: 'WITHDRAWN', daysToClose: 0 });
  });

  it('every write is in the audit chain, which stays valid', async () => {
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const actions = (await knex('audit_event').where('entity_type', 'dispute').orderBy('seq').pluck('action')) as string[];
    expect(actions).toEqual(['dispute.open', 'dispute.open', 'dispute.note', 'dispute.message', 'dispute.message', 'dispute.status', 'dispute.status', 'dispute.status']);
    const events = (await knex('audit_event').where('entity_type', 'dispute').pluck('after')) as string[];
    expect(events.join()).not.toContain('20 jours');
    expect((await verifyAudit(knex)).valid).toBe(true);
  });

  it("the yearly report counts the year's disputes by subject and status, with the median days to close (SQL on both dialects)", async () => {
    const em = internalScope(t.db.orm.em.fork());
    const supplier = em.getReference(Supplier, tenants.a.id);
    const openedBy = em.getReference(User, tenants.aOwner.id);
    const rows: [DisputeSubjectKind, DisputeStatus, string, number | null][] = [
      [DisputeSubjectKind.INVOICE, DisputeStatus.RESOLVED, '2024-02-01', 2],
      [DisputeSubjectKind.INVOICE, DisputeStatus.RESOLVED, '2024-03-01', 30],
      [DisputeSubjectKind.CONTRACT, DisputeStatus.CLOSED_WITHOUT_AGREEMENT, '2024-04-01', 10],
      [DisputeSubjectKind.CONTRACT, DisputeStatus.CLOSED_WITHOUT_AGREEMENT, '2024-05-01', 12],
      [DisputeSubjectKind.DECLARATION, DisputeStatus.WITHDRAWN, '2024-06-01', 1],
      [DisputeSubjectKind.INVOICE, DisputeStatus.UNDER_REVIEW, '2024-12-31', null],
      [DisputeSubjectKind.INVOICE, DisputeStatus.RESOLVED, '2023-12-31', 99],
    ];
    for (const [subjectKind, status, openedOn, days] of rows) {
      em.create(Dispute, { supplier, openedBy, subjectKind, subjectId: aInvoice, subjectLabel: 'A-77', title: 'Ancienne', status, openedOn, daysToClose: days });
    }
    await em.flush();
    const q = '{ spaserReport(year: 2024) { mediation { opened resolved closedWithoutAgreement withdrawn stillOpen medianDaysToClose bySubject { key count } byStatus { key count } } csvUrl } }';
    expect(code(await t.gql(q, {}, { cookie: owner }))).toBe('FORBIDDEN');
    const report = (await t.gql(q, {}, { cookie: auditor })).data!.spaserReport;
    expect(report.mediation).toEqual({
      opened: 6, resolved: 2, closedWithoutAgreement: 2, withdrawn: 1, stillOpen: 1, medianDaysToClose: 11,
      bySubject: [{ key: 'INVOICE', count: 3 }, { key: 'CONTRACT', count: 2 }, { key: 'DECLARATION', count: 1 }],
      byStatus: [{ key: 'OPEN', count: 0 }, { key: 'UNDER_REVIEW', count: 1 }, { key: 'RESOLVED', count: 2 }, { key: 'CLOSED_WITHOUT_AGREEMENT', count: 2 }, { key: 'WITHDRAWN', count: 1 }],
    });
    const csv = await (await fetch(`${t.url}${report.csvUrl}`, { headers: { cookie: auditor } })).text();
    expect(csv).toContain('Médiation;Demandes de médiation ouvertes;6;nombre');
    expect(csv).toContain('Médiation;Délai médian de clôture;11;jours');
    const json: any = await (await fetch(`${t.url}${report.csvUrl.replace('.csv', '.json')}`, { headers: { cookie: auditor } })).json();
    expect(json.mediation).toMatchObject({ opened: 6, medianDaysToClose: 11, bySubject: { INVOICE: 3, CONTRACT: 2, DECLARATION: 1 } });
    expect((await t.gql('{ spaserReport(year: 2023) { mediation { opened medianDaysToClose } } }', {}, { cookie: auditor })).data!.spaserReport.mediation).toEqual({ opened: 1, medianDaysToClose: 99 });
  });
});
