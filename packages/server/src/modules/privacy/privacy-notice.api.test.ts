import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { verifyAudit } from '../audit/audit.service.js';

describe('personal-data notice at first sign-in', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    const supplier = await buildSupplier(t.db.orm.em);
    const user = await buildSupplierUser(t.db.orm.em, supplier, { owner: true });
    cookie = await t.signIn(user.email);
  });
  afterAll(() => t.stop());

  it('is unseen after the first sign-in, recorded once when acknowledged, and audited', async () => {
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const first = await t.gql('{ viewer { privacyNoticeSeenAt } }', {}, { cookie });
    expect(first.data!.viewer.privacyNoticeSeenAt).toBeNull();

    const ack = await t.gql('mutation { acknowledgePrivacyNotice { privacyNoticeSeenAt } }', {}, { cookie });
    const seenAt = ack.data!.acknowledgePrivacyNotice.privacyNoticeSeenAt as string;
    expect(Date.now() - Date.parse(seenAt)).toBeLessThan(60_000);
    expect((await t.gql('{ viewer { privacyNoticeSeenAt } }', {}, { cookie })).data!.viewer.privacyNoticeSeenAt).toBe(seenAt);

    // Again: the first time stays, and no second audit event.
    const again = await t.gql('mutation { acknowledgePrivacyNotice { privacyNoticeSeenAt } }', {}, { cookie });
    expect(again.data!.acknowledgePrivacyNotice.privacyNoticeSeenAt).toBe(seenAt);
    const events = await knex('audit_event').where('action', 'privacy.notice.acknowledge');
    expect(events).toHaveLength(1);
    expect(await verifyAudit(knex)).toMatchObject({ valid: true });
  });
});
