import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { startSmtpServer } from '../../test/smtp.js';
import { Mailer } from './mailer.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';
import { BULK, enqueueMail, enqueueMails, sqlOf } from './outbox.service.js';

describe('outbox and delivery', () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await db.close();
    await smtp.stop();
  });

  const mail = (key: string) => ({ idempotencyKey: key, to: 'someone@example.org', subject: 'Objet', text: 'Bonjour' });

  it('keeps one message per idempotency key', async () => {
    const em = db.orm.em.fork();
    await enqueueMail(em, mail('event-1:someone'));
    await enqueueMail(em, mail('event-1:someone'));
    expect(await em.count(OutboxMessage, { idempotencyKey: 'event-1:someone' })).toBe(1);
  });

  it('two workers deliver each message once over SMTP, and never again', async () => {
    const em = db.orm.em.fork();
    for (let i = 0; i < 5; i++) await enqueueMail(em, mail(`event-2-${i}:someone`));
    const a = new Mailer(db.orm, { smtpUrl: smtp.url, from: 'test@region.example' });
    const b = new Mailer(db.orm, { smtpUrl: smtp.url, from: 'test@region.example' });
    const [na, nb] = await Promise.all([a.deliverPending(), b.deliverPending()]);
    expect(na + nb).toBe(6); // the five and the one from the first test
    expect(smtp.received).toHaveLength(6);
    expect(await a.deliverPending()).toBe(0);
    expect(await db.orm.em.fork().count(OutboxMessage, { status: OutboxStatus.SENT })).toBe(6);
    a.close();
    b.close();
  });

  it('retries later when the SMTP server is down, without blocking', async () => {
    const em = db.orm.em.fork();
    await enqueueMail(em, mail('event-3:someone'));
    const down = new Mailer(db.orm, { smtpUrl: 'smtp://127.0.0.1:1', from: 'test@region.example' });
    expect(await down.deliverPending()).toBe(0);
    const row = await db.orm.em.fork().findOneOrFail(OutboxMessage, { idempotencyKey: 'event-3:someone' });
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.lastError).toBeTruthy();
    down.close();
  });

  it('sends what someone is waiting for before bulk mail, however much bulk is queued', async () => {
    const q = sqlOf(db.orm.em.fork());
    await enqueueMails(q, Array.from({ length: 120 }, (_, i) => mail(`bulk-${i}:someone`)), BULK);
    await enqueueMail(db.orm.em.fork(), mail('urgent:someone'));
    const dev = new Mailer(db.orm, { smtpUrl: null, from: 'test@region.example' });
    expect(await dev.deliverPending(new Date(), 1)).toBe(1);
    expect((await db.orm.em.fork().findOneOrFail(OutboxMessage, { idempotencyKey: 'urgent:someone' })).status).toBe(OutboxStatus.DEV_OUTBOX);
    expect(await dev.deliverPending()).toBeGreaterThanOrEqual(120); // one round empties the queue
    expect(await db.orm.em.fork().count(OutboxMessage, { status: OutboxStatus.PENDING, idempotencyKey: { $like: 'bulk-%' } })).toBe(0);
  });

  it('without SMTP, keeps messages in the development outbox', async () => {
    const em = db.orm.em.fork();
    await enqueueMail(em, mail('event-4:someone'));
    const dev = new Mailer(db.orm, { smtpUrl: null, from: 'test@region.example' });
    expect(await dev.deliverPending()).toBe(1);
    expect((await db.orm.em.fork().findOneOrFail(OutboxMessage, { idempotencyKey: 'event-4:someone' })).status).toBe(OutboxStatus.DEV_OUTBOX);
  });
});
