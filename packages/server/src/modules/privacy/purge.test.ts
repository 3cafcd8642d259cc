import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildAgent, buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { internalScope } from '../../shared/tenant.js';
import { appendAudit, verifyAudit } from '../audit/audit.service.js';
import { DeclarationAttachment } from '../ethics/declaration-attachment.entity.js';
import { Declaration, DeclarationComment, DeclarationStatus } from '../ethics/ethics.entities.js';
import { DeclarationKind } from '../ethics/ethics-rules.js';
import { OneTimeToken, TokenPurpose } from '../identity/one-time-token.entity.js';
import { Session } from '../identity/session.entity.js';
import { User } from '../identity/user.entity.js';
import { OutboxMessage, OutboxStatus } from '../notification/outbox-message.entity.js';
import { CampaignStatus, SurveyCampaign, SurveyDraft, SurveyInvitation, SurveyLink, SurveyResponse } from '../survey/survey.entities.js';
import { anonymousEmail, type PurgeCounts, purgePersonalData } from './purge.service.js';
import { cut, DAY, expectations, hex, old, recent, TODAY } from './purge-fixtures.js';
import { RETENTION_DEFAULTS } from './retention-rules.js';


describe('purge of personal data past its retention period', () => {
  let db: TestDatabase;
  let knex: ReturnType<SqlEntityManager['getKnex']>;
  const { keep, drop, mark } = expectations();

  beforeAll(async () => {
    db = await openTestDatabase();
    knex = (db.orm.em as SqlEntityManager).getKnex();
    const em = internalScope(db.orm.em.fork());
    const supplier = await buildSupplier(db.orm.em);
    const author = await buildSupplierUser(db.orm.em, supplier, { owner: true });
    const agent = await buildAgent(db.orm.em);
    await knex.transaction((trx) => appendAudit(trx, { actor: 'test', action: 'thing.create', entityType: 'user', entityId: author.id, after: { n: 1 } }));

    // Sessions and one-time links: 30 days after expiry.
    for (const [bag, at] of [[drop, old(cut.sessionDays)], [keep, recent(cut.sessionDays)]] as const) {
      const s = em.create(Session, { tokenHash: hex(), user: author, expiresAt: at });
      const t = em.create(OneTimeToken, { tokenHash: hex(), purpose: TokenPurpose.SET_PASSWORD, user: author, expiresAt: at });
      mark(bag, 'session', s.id);
      mark(bag, 'one_time_token', t.id);
    }
    // A session revoked long ago though still "valid" by its date goes too.
    mark(drop, 'session', em.create(Session, { tokenHash: hex(), user: author, expiresAt: new Date(cut.sessionDays.getTime() + 90 * DAY), revokedAt: old(cut.sessionDays) }).id);

    // Outbox: delivered messages after one year; pending ones stay whatever their age.
    for (const [bag, at, status] of [[drop, old(cut.outboxDays), OutboxStatus.SENT], [drop, old(cut.outboxDays), OutboxStatus.DEV_OUTBOX],
      [keep, recent(cut.outboxDays), OutboxStatus.SENT], [keep, old(cut.outboxDays), OutboxStatus.PENDING]] as const) {
      mark(bag, 'outbox_message', em.create(OutboxMessage, { idempotencyKey: hex(), recipient: 'x@y.example', subject: 's', text: 't', status, createdAt: at }).id);
    }

    // Removed supplier users: anonymised a year after removal.
    const removedOld = await buildSupplierUser(db.orm.em, supplier);
    const removedRecent = await buildSupplierUser(db.orm.em, supplier);
    await knex('user_account').where('id', removedOld.id).update({ removed_at: old(cut.removedUserDays) });
    await knex('user_account').where('id', removedRecent.id).update({ removed_at: recent(cut.removedUserDays) });
    mark(drop, 'user', removedOld.id);
    mark(keep, 'user', removedRecent.id);

    // Declarations: anonymised 5 years after closing; an open one is kept whatever its age.
    for (const [bag, status, at] of [[drop, DeclarationStatus.CLOSED, old(cut.declarationDays)], [keep, DeclarationStatus.CLOSED, recent(cut.declarationDays)],
      [keep, DeclarationStatus.UNDER_REVIEW, old(cut.declarationDays)]] as const) {
      const d = em.create(Declaration, {
        supplier, author, kind: DeclarationKind.GIFT, status, eventOn: '2025-01-10', valueCents: 5000, beneficiaryAgent: agent, beneficiaryName: 'M. Martin',
        details: { what: 'Coffret de vins', occasion: 'Fin d’année' }, createdAt: at, updatedAt: at,
      });
      em.create(DeclarationComment, { declaration: d, supplier, author: agent, body: 'Merci, classé.', createdAt: at });
      em.create(DeclarationAttachment, { declaration: d, supplier, name: 'recu.pdf', mediaType: 'application/pdf', bytes: 3, sha256: hex(), content: Buffer.from('pdf') });
      mark(bag, 'declaration', d.id);
    }

    // Surveys: drafts at close, invitations/links and identities of responses 2 years after close.
    const campaign = (closedAt: Date | null, status: CampaignStatus, anonymous = false) =>
      em.create(SurveyCampaign, { title: 'Enquête', year: 2027, status, opensOn: '2027-01-01', closesOn: '2027-02-01', anonymous, closedAt });
    const longClosed = campaign(old(cut.surveyDays), CampaignStatus.ARCHIVED);
    const justClosed = campaign(old(cut.surveyDraftDays), CampaignStatus.CLOSED);
    const open = campaign(null, CampaignStatus.OPEN);
    for (const [c, draftBag, invitationBag] of [[longClosed, drop, drop], [justClosed, drop, keep], [open, keep, keep]] as const) {
      mark(draftBag, 'survey_draft', em.create(SurveyDraft, { campaign: c, supplier, answers: { q: 'brouillon' } }).id);
      const inv = em.create(SurveyInvitation, { campaign: c, supplier, sentAt: new Date('2027-01-01') });
      mark(invitationBag, 'survey_invitation', inv.id);
      mark(invitationBag, 'survey_link', em.create(SurveyLink, { invitation: inv, tokenHash: hex() }).id);
      mark(invitationBag, 'survey_response', em.create(SurveyResponse, { campaign: c, submittedOn: '2027-01-20', answers: { q: 'oui' }, supplier, respondent: author, submittedAt: new Date('2027-01-20T10:00:00Z') }).id);
    }
    await em.flush();
    const rateLimits = [['old', old(cut.rateLimitDays)], ['recent', recent(cut.rateLimitDays)]] as const;
    for (const [name, at] of rateLimits) await knex('rate_limit').insert({ bucket: `account:${name}`, hits: 3, window_start: String(at.getTime()) });
    mark(drop, 'rate_limit', 'account:old');
    mark(keep, 'rate_limit', 'account:recent');
  });
  afterAll(() => db.close());

  const present = async (table: string, list: string[]) =>
    (await knex(table).whereIn(table === 'rate_limit' ? 'bucket' : 'id', list).count({ n: '*' }))[0]!.n;

  const expected: PurgeCounts = {
    sessionsDeleted: 2, oneTimeTokensDeleted: 1, rateLimitsDeleted: 1, outboxMessagesDeleted: 2, removedUsersAnonymised: 1,
    declarationsAnonymised: 1, surveyDraftsDeleted: 2, surveyInvitationsDeleted: 1, surveyResponsesAnonymised: 1,
    // Covered by purge-later.test.ts.
    apiTokensDeleted: 0, secondFactorsErased: 0, accessRequestsDeleted: 0, disputesAnonymised: 0,
  };

  it('a dry run counts and writes nothing', async () => {
    const before = await knex('audit_event').count({ n: '*' });
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: true });
    expect(report.counts).toEqual(expected);
    expect(report.auditSeq).toBeNull();
    expect(await knex('audit_event').count({ n: '*' })).toEqual(before);
    for (const table of ['session', 'one_time_token', 'outbox_message', 'survey_draft', 'survey_invitation', 'rate_limit']) {
      expect(Number(await present(table, drop[table]!)), table).toBe(drop[table]!.length);
    }
    expect((await knex('user_account').where('id', drop.user![0]).first('email')).email).not.toContain('anonyme');
  });

  it('a real run removes or anonymises exactly what is past its period, and the audit chain still verifies', async () => {
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: false, actor: 'cli' });
    expect(report.counts).toEqual(expected);
    for (const table of ['session', 'one_time_token', 'outbox_message', 'survey_draft', 'survey_invitation', 'survey_link', 'rate_limit']) {
      expect(Number(await present(table, drop[table]!)), `${table} removed`).toBe(0);
      expect(Number(await present(table, keep[table]!)), `${table} kept`).toBe(keep[table]!.length);
    }
    const users = await knex('user_account').whereIn('id', [drop.user![0]!, keep.user![0]!]).select('id', 'email', 'display_name', 'password_hash');
    const gone = users.find((u) => u.id === drop.user![0]);
    expect(gone).toMatchObject({ email: anonymousEmail(drop.user![0]!), display_name: 'Utilisateur supprimé', password_hash: null });
    expect(users.find((u) => u.id === keep.user![0]).email).not.toContain('anonyme');

    const decl = await knex('declaration').whereIn('id', [...drop.declaration!, ...keep.declaration!]).select('id', 'details', 'beneficiary_name', 'beneficiary_agent_id', 'value_cents');
    const details = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    for (const d of decl) {
      const anonymised = drop.declaration!.includes(d.id);
      expect(Object.keys(details(d.details)).length === 0, d.id).toBe(anonymised);
      expect(d.beneficiary_name === null).toBe(anonymised);
      expect(Number(d.value_cents)).toBe(5000); // the amounts stay for the yearly totals
      const attachments = await knex('declaration_attachment').where('declaration_id', d.id).count({ n: '*' });
      expect(Number(attachments[0]!.n)).toBe(anonymised ? 0 : 1);
      const comment = await knex('declaration_comment').where('declaration_id', d.id).first('body');
      expect(comment.body === '').toBe(anonymised);
    }
    const responses = await knex('survey_response').select('id', 'supplier_id', 'respondent_id', 'submitted_at', 'answers');
    expect(responses).toHaveLength(3);
    for (const r of responses) {
      const anonymised = drop.survey_response!.includes(r.id);
      expect(r.supplier_id === null && r.respondent_id === null && r.submitted_at === null, r.id).toBe(anonymised);
    }

    expect(report.auditSeq).toBe(2);
    const event = await knex('audit_event').where('seq', 2).first();
    expect(event).toMatchObject({ actor: 'cli', action: 'privacy.purge', entity_type: 'privacy_purge' });
    const after = JSON.parse(event.after);
    expect(after.counts).toEqual(expected);
    expect(after.anonymisedIds).toEqual({ removedUsersAnonymised: drop.user, declarationsAnonymised: drop.declaration });
    expect(event.after).not.toContain('Coffret'); // ids only, never the content
    expect(await verifyAudit(knex)).toEqual({ events: 2, valid: true });
  });

  it('a second run finds nothing more, and the chain still verifies', async () => {
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: false });
    expect(Object.values(report.counts).every((v) => v === 0)).toBe(true);
    expect(await verifyAudit(knex)).toEqual({ events: 3, valid: true });
  });
});
