import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { DEMO_FIGURES } from './demo-dataset.js';
import { DEMO_PASSWORD, seedDemo } from './demo-data.js';
import { internalScope } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { verifyAudit } from '../audit/audit.service.js';
import { Declaration, Meeting } from '../ethics/ethics.entities.js';
import { campaignResults } from '../survey/results.service.js';
import { CampaignStatus, SurveyCampaign } from '../survey/survey.entities.js';
import { DEMO_SURVEY } from './demo-surveys.js';
import { spaserReport } from '../report/report.service.js';

/** The seed's published figures come out of the raw demo rows (the report of issue 6 will add them up the same way). */
describe('demo data', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let knex: ReturnType<SqlEntityManager['getKnex']>;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db.orm.em.fork(), 'development', '2026-11-25');
    knex = (db.orm.em as SqlEntityManager).getKnex();
  });
  afterAll(() => db.close());

  const paidIn = (year: number) => (qb: any) => qb.where('payment_issued_on', '>=', `${year}-01-01`).where('payment_issued_on', '<', `${year + 1}-01-01`);

  it.each([
    [2018, 29.6],
    [2021, 18.8],
  ])('gives an average observed payment delay of %i: %d days, from raw invoices', async (year, expected) => {
    const [row] = await knex('invoice').avg('observed_delay_days as avg').count('* as n').modify(paidIn(year));
    expect(Number(row.n)).toBe(DEMO_FIGURES.paidInvoices[year]);
    expect(Math.round(Number(row.avg) * 10) / 10).toBe(expected);
    expect(Math.abs(Number(row.avg) - expected)).toBeLessThan(1e-9);
  });

  it("gives 2021's supplier mix: 76 % TPE/PME, 78.6 % of them regional, 250 regional suppliers active", async () => {
    const active = knex('invoice').select('supplier_id').modify(paidIn(2021));
    const [mix] = await knex('supplier')
      .whereIn('id', active)
      .select(
        knex.raw("sum(case when size_category in ('MICRO', 'SMALL_MEDIUM') then 1 else 0 end) as sme"),
        knex.raw('sum(case when size_category is not null then 1 else 0 end) as known'),
        knex.raw("sum(case when is_regional and size_category in ('MICRO', 'SMALL_MEDIUM') then 1 else 0 end) as regional_sme"),
        knex.raw('sum(case when is_regional then 1 else 0 end) as regional'),
      );
    expect(Math.round((Number(mix.sme) / Number(mix.known)) * 1000) / 1000).toBe(0.76);
    expect(Math.round((Number(mix.regional_sme) / Number(mix.sme)) * 1000) / 1000).toBe(0.786);
    expect(Number(mix.regional)).toBe(250);
  });

  it("gives the seed's figures through the yearly report (SPEC §4), from the raw rows", async () => {
    const em = internalScope(db.orm.em.fork());
    const r2021 = await spaserReport(em, 2021);
    expect(r2021.suppliers).toMatchObject({ smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786, regionalActive: 250 });
    expect(r2021.payments).toMatchObject({ averageDelayDays: 18.8, invoicesPaid: DEMO_FIGURES.paidInvoices[2021] });
    expect(r2021.survey).toMatchObject({ satisfactionRate: 0.8, responses: DEMO_SURVEY[2021].responses });
    expect((await spaserReport(em, 2018)).payments.averageDelayDays).toBe(29.6);
  });

  it('holds the worked example and open invoices for the demo supplier, and is idempotent', async () => {
    const em = internalScope(db.orm.em.fork());
    const example = await em.findOneOrFail(Invoice, { number: 'MB-2025-014' });
    expect(example).toMatchObject({ daysLate: 20, lateInterestCents: 7332, recoveryIndemnityCents: 4000, deadline: '2025-04-02' });
    expect(await em.count(Invoice, { number: { $like: 'MB-2026-%' } })).toBe(3);
    expect(await seedDemo(db.orm.em.fork(), 'development')).toMatchObject({ seeded: false });
    expect(await em.count(User, { email: 'gerante@menuiserie-berrichonne.example' })).toBe(1);
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });

  it('gives 80 % satisfied in 2021 from raw anonymous responses, with 2020 to compare', async () => {
    const em = internalScope(db.orm.em.fork());
    const campaign = await em.findOneOrFail(SurveyCampaign, { year: 2021 });
    const results = await campaignResults(em, campaign.id);
    expect(results.responses).toBe(DEMO_SURVEY[2021].responses);
    expect(results.satisfaction).toMatchObject({ n: 185, x: 148, rate: 0.8 });
    expect(results.satisfaction!.marginPoints).toBeGreaterThan(0);
    expect(results.previous).toMatchObject({ year: 2020, responses: 160 });
    expect(results.previous!.satisfactionRate).toBeCloseTo(121 / 156, 10);
    const open = await em.findOneOrFail(SurveyCampaign, { status: CampaignStatus.OPEN });
    expect(open.year).toBe(2026);
  });

  it('has an ethics history: a charter with an acceptance, declarations of every kind with flags and reviews, meetings — all in an intact audit chain', async () => {
    const em = internalScope(db.orm.em.fork());
    const declarations = await em.find(Declaration, {});
    expect(new Set(declarations.map((d) => d.kind))).toEqual(new Set(['GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE']));
    expect(declarations.find((d) => d.kind === 'INVITATION')!.flags.sort()).toEqual(['DURING_QUIET_PERIOD', 'OVER_YEARLY_CAP']);
    expect(declarations.find((d) => d.kind === 'CONFLICT_OF_INTEREST')!.flags).toEqual(['PRIORITY_REVIEW']);
    expect(await em.count(Meeting, {})).toBe(2);
    const audit = await verifyAudit((db.orm.em as SqlEntityManager).getKnex());
    expect(audit.valid).toBe(true);
    expect(audit.events).toBeGreaterThan(15);
  });

  it('is never created in production', async () => {
    await expect(seedDemo(db.orm.em.fork(), 'production')).rejects.toThrow(/production/);
  });
});
