import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalScope } from '../../shared/tenant.js';
import { type TestDatabase, openTestDatabase } from '../../test/db.js';
import { buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { importLines } from '../../test/invoices.js';
import { ClauseFlag, Contract } from '../contract/contract.entity.js';
import { DeclarationFlag, DeclarationKind } from '../ethics/ethics-rules.js';
import { Declaration, DeclarationStatus } from '../ethics/ethics.entities.js';
import { SizeCategory } from '../supplier/size-category.js';
import { spaserReport } from './report.service.js';

/** Hand-built 2023, every figure worked out by hand (on SQLite and PostgreSQL alike). */
describe('SPASER yearly report', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    const em = db.orm.em;
    const a = await buildSupplier(em, { postalCode: '45000', sizeCategory: SizeCategory.MICRO });
    const b = await buildSupplier(em, { postalCode: '18000', sizeCategory: SizeCategory.SMALL_MEDIUM });
    const c = await buildSupplier(em, { postalCode: '75001', sizeCategory: SizeCategory.LARGE });
    const d = await buildSupplier(em, { postalCode: '37000', sizeCategory: null });
    const e = await buildSupplier(em, { postalCode: '75002', sizeCategory: SizeCategory.SMALL_MEDIUM });
    const line = (s: { siret: string | null }, n: string, received: string, status: string, on: string) => `${s.siret};${n};${received};${received};1000;1200;${status};${on};;`;
    await importLines(em, [
      line(a, 'A-1', '02/01/2023', 'mise à disposition', '02/01/2023'),
      line(a, 'A-1', '02/01/2023', 'mise en paiement', '22/01/2023'), // 20 days
      line(b, 'B-1', '01/03/2023', 'mise à disposition', '01/03/2023'),
      line(b, 'B-1', '01/03/2023', 'mise en paiement', '10/04/2023'), // 40 days: 10 late
      line(c, 'C-1', '01/05/2023', 'mise à disposition', '01/05/2023'),
      line(c, 'C-1', '01/05/2023', 'mise en paiement', '31/05/2023'), // 30 days
      line(d, 'D-1', '20/12/2022', 'mise à disposition', '20/12/2022'),
      line(d, 'D-1', '20/12/2022', 'mise en paiement', '09/01/2023'), // 20 days, paid in 2023
      line(e, 'E-1', '01/06/2022', 'mise à disposition', '01/06/2022'),
      line(e, 'E-1', '01/06/2022', 'mise en paiement', '20/06/2022'), // 2022
    ]);
    const scoped = internalScope(em.fork());
    // E is active in 2023 through a contract only; the second contract ended in 2022.
    scoped.persist(scoped.create(Contract, {
      buyerId: '23450002300028', reference: 'R-2023-1', title: 'Transport scolaire', startOn: '2022-09-01', endOn: '2024-08-31',
      socialClause: ClauseFlag.YES, environmentalClause: ClauseFlag.NO, lowCarbonTransport: ClauseFlag.UNKNOWN, holders: [e],
    }));
    scoped.persist(scoped.create(Contract, { buyerId: '23450002300028', reference: 'R-2021-9', title: 'Ancien', startOn: '2021-01-01', endOn: '2022-12-31', socialClause: ClauseFlag.NO, holders: [c] }));
    const author = await buildSupplierUser(em, a);
    const declaration = (kind: DeclarationKind, flags: DeclarationFlag[], createdAt: Date, status = DeclarationStatus.SUBMITTED) =>
      scoped.create(Declaration, { supplier: a, author, kind, flags, createdAt, status, eventOn: '2023-06-01' });
    scoped.persist([
      declaration(DeclarationKind.GIFT, [DeclarationFlag.OVER_YEARLY_CAP], new Date('2023-03-01T10:00:00Z'), DeclarationStatus.ACKNOWLEDGED),
      declaration(DeclarationKind.INVITATION, [DeclarationFlag.OVER_YEARLY_CAP, DeclarationFlag.DURING_QUIET_PERIOD], new Date('2023-06-01T10:00:00Z')),
      declaration(DeclarationKind.GIFT, [], new Date('2023-12-31T23:30:00Z')), // 1 January 2024 in Paris
      declaration(DeclarationKind.CONFLICT_OF_INTEREST, [], new Date('2022-12-31T23:30:00Z')), // 1 January 2023 in Paris
    ]);
    await scoped.flush();
  });
  afterAll(() => db.close());

  it('counts active suppliers (an invoice paid or a contract running) and their mix, the unknown size apart', async () => {
    const { suppliers } = await spaserReport(internalScope(db.orm.em.fork()), 2023);
    expect(suppliers).toEqual({ total: 5, knownSize: 4, unknownSize: 1, smallMedium: 3, smallMediumShare: 0.75, regionalShareOfSmallMedium: 0.6667, regionalActive: 3 });
  });

  it('adds up the payment facts of the invoices paid in the year', async () => {
    const { payments } = await spaserReport(internalScope(db.orm.em.fork()), 2023);
    expect(payments).toMatchObject({ invoicesPaid: 4, averageDelayDays: 27.5, medianDelayDays: 25, lateInvoices: 1, lateShare: 0.25, indemnitiesOwedCents: 4000, rateUnknownInvoices: 0 });
    // 10 days late on 1 200 € at the ECB rate + 8 points: a positive, whole number of cents.
    expect(payments.lateInterestOwedCents).toBeGreaterThan(0);
    expect(Number.isInteger(payments.lateInterestOwedCents)).toBe(true);
  });

  it('counts declarations of the Paris year by kind, status and flag, and clause shares over the contracts running', async () => {
    const { declarations, contracts } = await spaserReport(internalScope(db.orm.em.fork()), 2023);
    expect(declarations.total).toBe(3);
    expect(declarations.flagged).toBe(2);
    expect(declarations.byKind).toEqual(expect.arrayContaining([{ key: 'GIFT', count: 1 }, { key: 'INVITATION', count: 1 }, { key: 'CONFLICT_OF_INTEREST', count: 1 }]));
    expect(declarations.byStatus).toEqual(expect.arrayContaining([{ key: 'SUBMITTED', count: 2 }, { key: 'ACKNOWLEDGED', count: 1 }]));
    expect(declarations.byFlag).toEqual([{ key: 'OVER_YEARLY_CAP', count: 2 }, { key: 'DURING_QUIET_PERIOD', count: 1 }, { key: 'PRIORITY_REVIEW', count: 0 }]);
    expect(contracts).toEqual({ total: 1, socialShare: 1, environmentalShare: 0, lowCarbonShare: null, socialUnknown: 0, environmentalUnknown: 0, lowCarbonUnknown: 1 });
  });

  it('gives null for figures with no data', async () => {
    const r = await spaserReport(internalScope(db.orm.em.fork()), 2010);
    expect(r.suppliers.smallMediumShare).toBeNull();
    expect(r.payments).toMatchObject({ invoicesPaid: 0, averageDelayDays: null, medianDelayDays: null, lateShare: null, lateInterestOwedCents: null });
    expect(r.survey).toEqual({ campaignTitle: null, responses: null, satisfactionRate: null, nps: null, responseRate: null });
    expect(r.contracts.socialShare).toBeNull();
  });
});
