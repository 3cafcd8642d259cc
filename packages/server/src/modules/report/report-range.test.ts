import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { seedDemo } from '../demo/demo-data.js';
import { DisputeStatus, DisputeSubjectKind } from '../mediation/mediation-rules.js';
import { Dispute } from '../mediation/mediation.entities.js';
import { spaserReport, spaserReports } from './report.service.js';

/**
 * A trend reads every year at once (each aggregate grouped by year): on the demo data (invoices,
 * contracts, surveys and declarations over several years) plus disputes, each year of a range must
 * be exactly that year read alone, and the range must cost no more statements than one year.
 */
describe('SPASER reports over a range of years', { timeout: 300_000 }, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db.orm.em.fork(), 'development', '2026-11-25');
    const em = internalScope(db.orm.em.fork());
    const supplier = await buildSupplier(db.orm.em);
    const openedBy = await buildSupplierUser(db.orm.em, supplier);
    // Opened around new year's day, closed after 3 to 40 days or still open: medians differ by year.
    const disputes: [string, DisputeStatus, number | null][] = [
      ['2022-12-31', DisputeStatus.RESOLVED, 40], ['2023-01-01', DisputeStatus.RESOLVED, 3], ['2023-06-10', DisputeStatus.CLOSED_WITHOUT_AGREEMENT, 10],
      ['2023-11-02', DisputeStatus.WITHDRAWN, 5], ['2024-03-01', DisputeStatus.OPEN, null], ['2024-12-31', DisputeStatus.RESOLVED, 7],
    ];
    for (const [openedOn, status, days] of disputes) {
      const closedOn = days === null ? null : addDays(openedOn, days);
      em.persist(em.create(Dispute, {
        supplier, openedBy, subjectKind: DisputeSubjectKind.INVOICE, subjectId: randomUUID(), subjectLabel: 'Facture F-1', title: 'Retard de paiement', status, openedOn,
        closedOn, closedAt: closedOn ? new Date(`${closedOn}T10:00:00Z`) : null, daysToClose: days,
      }));
    }
    await em.flush();
  }, 300_000); // seeding the demo takes a while on PostgreSQL
  afterAll(() => db.close());

  /** The SQL statements a call issues. */
  async function statementsOf(work: () => Promise<unknown>): Promise<number> {
    const knex = (db.orm.em as SqlEntityManager).getKnex();
    let statements = 0;
    const count = () => statements++;
    knex.on('query', count);
    try {
      await work();
    } finally {
      knex.removeListener('query', count);
    }
    return statements;
  }

  it('gives each year of a range the figures of that year read alone', async () => {
    const range = await spaserReports(internalScope(db.orm.em.fork()), 2017, 2026);
    expect(range.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const r of range) expect(r, String(r.year)).toEqual(await spaserReport(internalScope(db.orm.em.fork()), r.year));
    // The data really differs from year to year, in every part of the report.
    const years = (pick: (r: (typeof range)[number]) => unknown) => new Set(range.map(pick)).size;
    expect(years((r) => r.payments.invoicesPaid)).toBeGreaterThan(4);
    expect(years((r) => r.suppliers.total)).toBeGreaterThan(4);
    expect(years((r) => r.contracts.total)).toBeGreaterThan(2);
    expect(years((r) => r.survey.responses)).toBeGreaterThan(2);
    expect(years((r) => r.declarations.total)).toBeGreaterThan(1);
    const mediation = (year: number) => range.find((r) => r.year === year)!.mediation;
    expect(mediation(2022)).toMatchObject({ opened: 1, resolved: 1, medianDaysToClose: 40 });
    expect(mediation(2023)).toMatchObject({ opened: 3, resolved: 1, closedWithoutAgreement: 1, withdrawn: 1, medianDaysToClose: 6.5 });
    expect(mediation(2024)).toMatchObject({ opened: 2, stillOpen: 1, medianDaysToClose: 7 });
  });

  it('costs the same statements for ten years as for one', async () => {
    const one = await statementsOf(() => spaserReports(internalScope(db.orm.em.fork()), 2021, 2021));
    const ten = await statementsOf(() => spaserReports(internalScope(db.orm.em.fork()), 2017, 2026));
    expect(ten).toBe(one);
    expect(ten).toBeLessThanOrEqual(11);
  });
});
