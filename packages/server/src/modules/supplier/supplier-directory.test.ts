import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier } from '../../test/factories.js';
import { SizeCategory } from './size-category.js';

const DIRECTORY = `query($f: SupplierFilter, $first: Int, $after: String) { suppliers(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { legalName isRegional sizeCategory } } } }`;

describe('supplier directory (agents)', () => {
  let t: TestApp;
  let buyer: string;
  beforeAll(async () => {
    t = await startTestApp();
    await buildSupplier(t.db.orm.em, { legalName: 'Électricité du Berry', postalCode: '18000', sizeCategory: SizeCategory.MICRO });
    await buildSupplier(t.db.orm.em, { legalName: 'Berry Paysages', postalCode: '36000', sizeCategory: SizeCategory.SMALL_MEDIUM });
    await buildSupplier(t.db.orm.em, { legalName: 'Nettoyage Parisien', postalCode: '75011', sizeCategory: SizeCategory.LARGE });
    buyer = await t.signIn((await buildAgent(t.db.orm.em, [Role.BUYER])).email);
  });
  afterAll(() => t.stop());

  it('searches names ignoring case, on both databases', async () => {
    const res = await t.gql(DIRECTORY, { f: { search: 'berry' } }, { cookie: buyer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.suppliers.edges.map((e: any) => e.node.legalName)).toEqual(['Berry Paysages', 'Électricité du Berry']);
  });

  it('filters by region and size, and pages by name', async () => {
    const regional = await t.gql(DIRECTORY, { f: { isRegional: true } }, { cookie: buyer });
    expect(regional.data!.suppliers.totalCount).toBe(2);
    const large = await t.gql(DIRECTORY, { f: { sizeCategory: 'LARGE' } }, { cookie: buyer });
    expect(large.data!.suppliers.edges.map((e: any) => e.node.legalName)).toEqual(['Nettoyage Parisien']);
    const first = await t.gql(DIRECTORY, { first: 2 }, { cookie: buyer });
    const next = await t.gql(DIRECTORY, { first: 2, after: first.data!.suppliers.pageInfo.endCursor }, { cookie: buyer });
    expect([...first.data!.suppliers.edges, ...next.data!.suppliers.edges].map((e: any) => e.node.legalName)).toEqual(['Berry Paysages', 'Nettoyage Parisien', 'Électricité du Berry']);
    expect(next.data!.suppliers.pageInfo.hasNextPage).toBe(false);
  });
});
