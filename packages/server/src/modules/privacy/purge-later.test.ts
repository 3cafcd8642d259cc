import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildAgent, buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { verifyAudit } from '../audit/audit.service.js';
import { ApiToken } from '../api-token/api-token.entity.js';
import { RecoveryCode } from '../identity/recovery-code.entity.js';
import { DisputeStatus, DisputeSubjectKind } from '../mediation/mediation-rules.js';
import { Dispute, DisputeMessage } from '../mediation/mediation.entities.js';
import { AccessRequest, AccessRequestStatus } from '../onboarding/access-request.entity.js';
import { ANONYMISED_DISPUTE_TITLE } from './purge-kinds.js';
import { purgePersonalData } from './purge.service.js';
import { cut, DAY, expectations, hex, old, recent, TODAY } from './purge-fixtures.js';
import { RETENTION_DEFAULTS } from './retention-rules.js';


/** The kinds added after the first purge: removed users' credentials, expired API tokens, access requests, disputes. */
describe('purge of credentials, access requests and disputes past their period', () => {
  let db: TestDatabase;
  let knex: ReturnType<SqlEntityManager['getKnex']>;
  const { keep, drop, mark } = expectations();

  beforeAll(async () => {
    db = await openTestDatabase();
    knex = (db.orm.em as SqlEntityManager).getKnex();
    const em = internalScope(db.orm.em.fork());

    // Agents with a second factor and an API token: removed long ago, removed lately, still active.
    const agents = { removedOld: await buildAgent(db.orm.em, [Role.ADMIN]), removedRecent: await buildAgent(db.orm.em, [Role.ADMIN]), active: await buildAgent(db.orm.em, [Role.ADMIN]) };
    const token = (user: typeof agents.active, expiresAt: Date, revokedAt: Date | null = null) =>
      em.create(ApiToken, { user, name: 'script', tokenHash: hex(), prefix: 'spa_x', roles: [Role.ADMIN], expiresAt, revokedAt }).id;
    const future = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 300 * DAY);
    for (const [name, agent] of Object.entries(agents)) {
      await knex('user_account').where('id', agent.id).update({ totp_secret: 'sealed-secret', totp_enabled_at: new Date('2030-01-01T00:00:00Z') });
      for (let i = 0; i < 2; i++) em.create(RecoveryCode, { user: agent, codeHash: hex() });
      mark(name === 'removedOld' ? drop : keep, 'api_token', token(agent, future));
    }
    await knex('user_account').where('id', agents.removedOld.id).update({ removed_at: old(cut.sessionDays) });
    await knex('user_account').where('id', agents.removedRecent.id).update({ removed_at: recent(cut.sessionDays) });
    mark(drop, 'second_factor', agents.removedOld.id);
    mark(keep, 'second_factor', agents.removedRecent.id);
    mark(keep, 'second_factor', agents.active.id);
    // Expired or revoked tokens of an active agent: 30 days later, like sessions.
    mark(drop, 'api_token', token(agents.active, old(cut.sessionDays)));
    mark(drop, 'api_token', token(agents.active, future, old(cut.sessionDays)));
    mark(keep, 'api_token', token(agents.active, recent(cut.sessionDays)));
    mark(keep, 'api_token', token(agents.active, future, recent(cut.sessionDays)));

    // Access requests: a year after the decision, or after the request while never decided.
    const request = (status: AccessRequestStatus, createdAt: Date, decidedAt: Date | null) =>
      em.create(AccessRequest, { siret: '35600000000048', requesterName: 'Jeanne Martin', email: `${hex().slice(-6)}@pme.example`, roleInCompany: 'gérante', status, createdAt, decidedAt }).id;
    const { accessRequestDays: a } = cut;
    mark(drop, 'access_request', request(AccessRequestStatus.APPROVED, old(a), old(a)));
    mark(drop, 'access_request', request(AccessRequestStatus.REFUSED, old(a), old(a)));
    mark(drop, 'access_request', request(AccessRequestStatus.PENDING, old(a), null));
    mark(keep, 'access_request', request(AccessRequestStatus.REFUSED, old(a), recent(a)));
    mark(keep, 'access_request', request(AccessRequestStatus.PENDING, recent(a), null));

    // Disputes: subject line and messages erased 5 years after closing; open ones stay whatever their age.
    const supplier = await buildSupplier(db.orm.em);
    const openedBy = await buildSupplierUser(db.orm.em, supplier);
    const { disputeDays: d } = cut;
    for (const [bag, status, closedAt] of [[drop, DisputeStatus.RESOLVED, old(d)], [drop, DisputeStatus.WITHDRAWN, old(d)],
      [keep, DisputeStatus.CLOSED_WITHOUT_AGREEMENT, recent(d)], [keep, DisputeStatus.UNDER_REVIEW, null]] as const) {
      const dispute = em.create(Dispute, {
        supplier, openedBy, subjectKind: DisputeSubjectKind.INVOICE, subjectId: randomUUID(), subjectLabel: 'Facture F-2025-7', title: 'Retard — M. Durand', status,
        openedOn: '2025-01-10', closedAt, closedOn: closedAt ? '2026-01-01' : null, daysToClose: closedAt ? 356 : null, createdAt: new Date('2025-01-10T09:00:00Z'),
      });
      em.create(DisputeMessage, { dispute, supplier, author: openedBy, fromMediator: false, body: 'Facture payée avec 40 jours de retard, voir M. Durand.' });
      mark(bag, 'dispute', dispute.id);
    }
    await em.flush();
  });
  afterAll(() => db.close());

  const expected = { apiTokensDeleted: 3, secondFactorsErased: 1, accessRequestsDeleted: 3, disputesAnonymised: 2 };
  const count = async (table: string, column: string, list: string[]) => Number((await knex(table).whereIn(column, list).count({ n: '*' }))[0]!.n);

  it('a dry run counts them and writes nothing', async () => {
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: true });
    expect(report.counts).toMatchObject(expected);
    expect(await count('api_token', 'id', drop.api_token!)).toBe(3);
    expect(await count('access_request', 'id', drop.access_request!)).toBe(3);
    expect(await count('mfa_recovery_code', 'user_id', drop.second_factor!)).toBe(2);
  });

  it('a real run removes exactly what is past its period and keeps what a report or a live account needs', async () => {
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: false, actor: 'cli' });
    expect(report.counts).toMatchObject(expected);
    for (const table of ['api_token', 'access_request']) {
      expect(await count(table, 'id', drop[table]!), `${table} removed`).toBe(0);
      expect(await count(table, 'id', keep[table]!), `${table} kept`).toBe(keep[table]!.length);
    }
    // Second factor: erased for the agent removed long ago only.
    expect(await count('mfa_recovery_code', 'user_id', drop.second_factor!)).toBe(0);
    expect(await count('mfa_recovery_code', 'user_id', keep.second_factor!)).toBe(4);
    const users = await knex('user_account').whereIn('id', [...drop.second_factor!, ...keep.second_factor!]).select('id', 'totp_secret', 'totp_enabled_at');
    for (const u of users) expect(u.totp_secret === null && u.totp_enabled_at === null, u.id).toBe(drop.second_factor!.includes(u.id));
    // Disputes: the text goes, what the yearly report counts stays.
    const disputes = await knex('dispute').whereIn('id', [...drop.dispute!, ...keep.dispute!]).select('id', 'title', 'status', 'opened_on', 'days_to_close');
    expect(disputes).toHaveLength(4);
    for (const row of disputes) {
      const anonymised = drop.dispute!.includes(row.id);
      expect(row.title === ANONYMISED_DISPUTE_TITLE, row.id).toBe(anonymised);
      const messages = await knex('dispute_message').where('dispute_id', row.id).select('body');
      expect(messages).toHaveLength(1);
      expect(messages[0].body === '', row.id).toBe(anonymised);
    }
    expect(disputes.filter((r) => drop.dispute!.includes(r.id)).every((r) => r.days_to_close === 356)).toBe(true);

    const event = await knex('audit_event').where('seq', report.auditSeq!).first();
    const after = JSON.parse(event.after);
    expect(after.anonymisedIds).toMatchObject({ secondFactorsErased: drop.second_factor, disputesAnonymised: expect.arrayContaining(drop.dispute!) });
    expect(after.anonymisedIds.accessRequestsDeleted.sort()).toEqual([...drop.access_request!].sort());
    expect(event.after).not.toContain('Durand'); // ids only, never the content
  });

  it('a second run finds nothing more, and the chain still verifies', async () => {
    const report = await purgePersonalData(db.orm, { settings: RETENTION_DEFAULTS, today: TODAY, dryRun: false });
    expect(Object.values(report.counts).every((v) => v === 0)).toBe(true);
    expect((await verifyAudit(knex)).valid).toBe(true);
  });
});
