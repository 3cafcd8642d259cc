import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { canonicalJson, eventHash, GENESIS } from './audit-chain.js';
import { appendAudit, verifyAudit } from './audit.service.js';

describe('audit chain', () => {
  let db: TestDatabase;
  let knex: ReturnType<SqlEntityManager['getKnex']>;
  beforeAll(async () => {
    db = await openTestDatabase();
    knex = (db.orm.em as SqlEntityManager).getKnex();
  });
  afterAll(() => db.close());

  it('serialises canonically: key order does not change the text', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    const e = { seq: 1, occurredAt: '2026-01-01T00:00:00.000Z', actor: 'cli', action: 'x', entityType: 't', entityId: null, before: null, after: '{"a":1}', prevHash: GENESIS };
    expect(eventHash(e)).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...e, after: '{"a":2}' })).not.toBe(eventHash(e));
  });

  it('appends events chained by hash, in transactions, and verifies them', async () => {
    for (let i = 0; i < 5; i++) {
      await knex.transaction((trx) => appendAudit(trx, { actor: 'test', action: 'thing.change', entityType: 'thing', entityId: `t${i}`, before: { n: i }, after: { n: i + 1 } }));
    }
    expect(await verifyAudit(knex)).toEqual({ events: 5, valid: true });
    const rows = await knex('audit_event').orderBy('seq');
    expect(rows[1].prev_hash).toBe(rows[0].hash);
  });

  it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
    await expect(knex('audit_event').where('seq', 2).update({ actor: 'someone else' })).rejects.toThrow(/append-only/);
    await expect(knex('audit_event').where('seq', 5).delete()).rejects.toThrow(/append-only/);
    await expect(knex('audit_head').update({ count: 3 })).rejects.toThrow(/forward/);
    expect(await verifyAudit(knex)).toEqual({ events: 5, valid: true });
  });

  it('finds the first broken link after a direct edit that bypasses the guards', async () => {
    await withoutGuards(async () => {
      await knex('audit_event').where('seq', 3).update({ after: '{"n":999}' });
    });
    expect(await verifyAudit(knex)).toEqual({ events: 2, valid: false, firstBroken: { seq: 3, reason: 'its content does not match its hash' } });
  });

  it('sees a removed tail through the head', async () => {
    await withoutGuards(async () => {
      const original = await knex('audit_event').where('seq', 3).first();
      await knex('audit_event').where('seq', 3).update({ after: '{"n":3}' });
      expect(original).toBeTruthy();
      await knex('audit_event').where('seq', 5).delete();
    });
    const result = await verifyAudit(knex);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.firstBroken.reason).toMatch(/head/);
  });

  /** An attacker with the owner's rights: the guards lifted, the edit made, the guards back. */
  async function withoutGuards(edit: () => Promise<void>) {
    if (db.database.dialect === 'postgresql') {
      await knex.raw('alter table audit_event disable trigger user');
      try {
        await edit();
      } finally {
        await knex.raw('alter table audit_event enable trigger user');
      }
      return;
    }
    const triggers = (await knex.raw("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_event'")) as { name: string; sql: string }[];
    for (const t of triggers) await knex.raw(`drop trigger ${t.name}`);
    try {
      await edit();
    } finally {
      for (const t of triggers) await knex.raw(t.sql);
    }
  }
});
