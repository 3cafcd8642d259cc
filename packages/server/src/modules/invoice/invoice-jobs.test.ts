import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobs } from '../../app/jobs.js';
import { addDays, parisDay } from '../../shared/calendar.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { importLines } from '../../test/invoices.js';
import { OutboxMessage } from '../notification/outbox-message.entity.js';
import { Invoice } from './invoice.entity.js';

describe('scheduled invoice jobs', () => {
  let db: TestDatabase;
  const today = parisDay(new Date());
  beforeAll(async () => {
    db = await openTestDatabase();
    const s = await buildSupplier(db.orm.em, { contactEmail: 'compta@client.example' });
    await buildSupplierUser(db.orm.em, s, { owner: true, email: 'patron@client.example' });
    const received = addDays(today, -45);
    const fr = (d: string) => d.split('-').reverse().join('/');
    await importLines(db.orm.em, [
      `${s.siret};LATE-1;${fr(received)};;100;120;mise à disposition;${fr(received)};;`,
      `${s.siret};DUE-1;${fr(addDays(today, -5))};;100;120;mise à disposition;${fr(addDays(today, -5))};;`,
      `${s.siret};PAID-1;${fr(received)};;100;120;mise à disposition;${fr(received)};;`,
      `${s.siret};PAID-1;${fr(received)};;100;120;mise en paiement;${fr(addDays(today, -1))};;`,
    ]);
    // Pretend the facts were computed a week ago, as if no job had run since.
    await internalScope(db.orm.em.fork()).nativeUpdate(Invoice, { number: 'LATE-1' }, { factsOn: addDays(today, -7), daysLate: 8 });
  });
  afterAll(() => db.close());

  it('mails each unpaid late invoice once, even when two workers run at the same time', async () => {
    const [first, second] = await Promise.all([runJobs(db.orm, 'http://localhost'), runJobs(db.orm, 'http://localhost')]);
    expect(first!.overdueNotified! + second!.overdueNotified!).toBe(1);
    const mails = await db.orm.em.fork().find(OutboxMessage, { subject: { $like: '%LATE-1%' } });
    expect(mails.map((m) => m.recipient).sort()).toEqual(['compta@client.example', 'patron@client.example']);
    expect(mails[0]!.text).toMatch(/intérêts moratoires/);
    expect((await runJobs(db.orm, 'http://localhost')).overdueNotified).toBe(0);
    expect(await db.orm.em.fork().count(OutboxMessage, { subject: { $like: '%DUE-1%' } })).toBe(0);
    expect(await db.orm.em.fork().count(OutboxMessage, { subject: { $like: '%PAID-1%' } })).toBe(0);
  });

  it("refreshes unpaid invoices' stored days late once a day", async () => {
    const late = await internalScope(db.orm.em.fork()).findOneOrFail(Invoice, { number: 'LATE-1' });
    expect(late).toMatchObject({ daysLate: 15, factsOn: today });
    expect(late.lateInterestCents).not.toBeNull();
  });
});
