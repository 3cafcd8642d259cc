import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildTwoTenants } from '../../test/factories.js';
import { Contract } from './contract.entity.js';

const IMPORT = 'mutation($u: ID!, $d: Boolean) { importContracts(uploadId: $u, dryRun: $d) { dryRun created updated unchanged skipped suppliersCreated rejected { record reason } } }';
const LIST = `query($first: Int, $after: String, $filter: ContractFilter) {
  contracts(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { reference title buyerId startOn endOn durationMonths amount { amount currency } socialClause environmentalClause lowCarbonTransport holders { legalName identifier } } }
  }
}`;

describe('contracts through GraphQL', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof buildTwoTenants>>;
  const cookies: Record<string, string> = {};
  const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;
  const refs = (res: { data: Record<string, any> | null }) => res.data!.contracts.edges.map((e: { node: { reference: string } }) => e.node.reference);

  async function upload(cookie: string, body: string, name = 'decp.json'): Promise<string> {
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie, 'x-upload-name': name, 'content-type': 'application/json' }, body });
    expect(res.status).toBe(201);
    return ((await res.json()) as { uploadId: string }).uploadId;
  }

  const record = (id: string, sirets: string[], over: Record<string, unknown> = {}) => ({
    id,
    acheteur: { id: '23450002300028' },
    objet: `Objet ${id}`,
    dateNotification: '2024-01-02',
    dureeMois: 12,
    montant: 4.35,
    titulaires: sirets.map((s) => ({ typeIdentifiant: 'SIRET', id: s })),
    ...over,
  });
  let decp: string;

  beforeAll(async () => {
    t = await startTestApp();
    tenants = await buildTwoTenants(t.db.orm.em);
    for (const role of [Role.BUYER, Role.ADMIN, Role.FINANCE, Role.AUDITOR]) cookies[role] = await t.signIn((await buildAgent(t.db.orm.em, [role])).email);
    cookies.a = await t.signIn(tenants.aOwner.email);
    decp = JSON.stringify({
      marches: [
        record('API-A', [tenants.a.siret!], { considerationsSociales: ['Clause sociale'], considerationsEnvironnementales: ['Critère environnemental'] }),
        record('API-B', [tenants.b.siret!], { dateNotification: '2019-06-01', dureeMois: 6 }),
        record('API-AB', [tenants.a.siret!, tenants.b.siret!], { dateNotification: '2022-05-01', dureeMois: 48 }),
        record('API-BAD', ['12345678901234']),
      ],
    });
  });
  afterAll(() => t.stop());

  it('importContracts: BUYER and ADMIN, dry run by default, the same report shape as the CLI (rejected: record + reason)', async () => {
    const buyerUpload = await upload(cookies[Role.BUYER]!, decp);
    const dry = await t.gql(IMPORT, { u: buyerUpload }, { cookie: cookies[Role.BUYER] });
    expect(dry.data!.importContracts).toEqual({
      dryRun: true, created: 3, updated: 0, unchanged: 0, skipped: 0, suppliersCreated: 0,
      rejected: [{ record: 'API-BAD', reason: 'titulaire : SIRET « 12345678901234 » : clé de contrôle (Luhn) invalide' }],
    });
    expect(await internalScope(t.db.orm.em.fork()).count(Contract, {})).toBe(0);
    const real = await t.gql(IMPORT, { u: buyerUpload, d: false }, { cookie: cookies[Role.BUYER] });
    expect(real.data!.importContracts).toMatchObject({ dryRun: false, created: 3, rejected: [{ record: 'API-BAD' }] });
    const admin = await t.gql(IMPORT, { u: await upload(cookies[Role.ADMIN]!, decp), d: false }, { cookie: cookies[Role.ADMIN] });
    expect(admin.data!.importContracts).toMatchObject({ created: 0, unchanged: 3 });
  });

  it('importContracts is refused to finance, audit, suppliers and anonymous users; an upload is its owner’s only', async () => {
    expect(code(await t.gql(IMPORT, { u: await upload(cookies[Role.FINANCE]!, decp), d: false }, { cookie: cookies[Role.FINANCE] }))).toBe('FORBIDDEN');
    expect(code(await t.gql(IMPORT, { u: await upload(cookies[Role.BUYER]!, decp), d: false }, { cookie: cookies[Role.AUDITOR] }))).toBe('FORBIDDEN');
    expect(code(await t.gql(IMPORT, { u: await upload(cookies.a!, '{}'), d: false }, { cookie: cookies.a }))).toBe('FORBIDDEN');
    expect(code(await t.gql(IMPORT, { u: '00000000-0000-4000-8000-000000000000' }))).toBe('UNAUTHENTICATED');
    const buyersUpload = await upload(cookies[Role.BUYER]!, decp);
    expect(code(await t.gql(IMPORT, { u: buyersUpload }, { cookie: cookies[Role.ADMIN] }))).toBe('NOT_FOUND');
  });

  it('contracts: agents see all, newest first, with amounts as Money, clause flags and holders; a supplier only the ones it holds', async () => {
    const all = await t.gql(LIST, {}, { cookie: cookies[Role.FINANCE] });
    expect(all.errors).toBeUndefined();
    expect(all.data!.contracts.totalCount).toBe(3);
    expect(refs(all)).toEqual(['API-A', 'API-AB', 'API-B']);
    expect(all.data!.contracts.edges[0].node).toEqual({
      reference: 'API-A', title: 'Objet API-A', buyerId: '23450002300028', startOn: '2024-01-02', endOn: '2025-01-02', durationMonths: 12,
      amount: { amount: '4.35', currency: 'EUR' }, socialClause: 'YES', environmentalClause: 'YES', lowCarbonTransport: 'UNKNOWN',
      holders: [{ legalName: 'Alpha Bois', identifier: tenants.a.siret }],
    });
    expect(all.data!.contracts.edges[1].node.holders.map((h: { legalName: string }) => h.legalName)).toEqual(['Alpha Bois', 'Beta Transports']);

    const own = await t.gql(LIST, {}, { cookie: cookies.a });
    expect(refs(own)).toEqual(['API-A', 'API-AB']);
    expect(own.data!.contracts.totalCount).toBe(2);
    const theirs = await t.gql(LIST, { filter: { supplierId: tenants.b.id } }, { cookie: cookies.a });
    expect(refs(theirs)).toEqual(['API-AB']);
  });

  it('contracts: filters, keyset pages capped at 100, and no more than 3 SQL statements a page', async () => {
    const q = (filter: Record<string, unknown>) => t.gql(LIST, { filter }, { cookie: cookies[Role.BUYER] }).then(refs);
    expect(await q({ runningIn: 2020 })).toEqual([]);
    expect(await q({ runningIn: 2019 })).toEqual(['API-B']);
    expect(await q({ runningIn: 2025 })).toEqual(['API-A', 'API-AB']);
    expect(await q({ search: 'api-b' })).toEqual(['API-B']);
    expect(await q({ search: 'api_b' })).toEqual([]); // an underscore is an underscore, not a wildcard
    expect(await q({ search: '%' })).toEqual([]);
    expect(await q({ socialClause: 'YES' })).toEqual(['API-A']);
    expect(await q({ environmentalClause: 'UNKNOWN' })).toEqual(['API-AB', 'API-B']);
    expect(await q({ supplierId: tenants.b.id })).toEqual(['API-AB', 'API-B']);
    expect(await q({ buyerId: '99999999999999' })).toEqual([]);

    const first = await t.gql(LIST, { first: 2 }, { cookie: cookies[Role.BUYER] });
    expect(first.data!.contracts.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(LIST, { first: 2, after: first.data!.contracts.pageInfo.endCursor }, { cookie: cookies[Role.BUYER] });
    expect([...refs(first), ...refs(next)]).toEqual(['API-A', 'API-AB', 'API-B']);
    expect(next.data!.contracts.pageInfo.hasNextPage).toBe(false);
    expect(code(await t.gql(LIST, { first: 101 }, { cookie: cookies[Role.BUYER] }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(LIST, { after: 'nope' }, { cookie: cookies[Role.BUYER] }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(LIST, { filter: { supplierId: 'nope' } }, { cookie: cookies[Role.BUYER] }))).toBe('NOT_FOUND');
    expect(code(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');

    const knex = (t.db.orm.em as any).getKnex();
    let statements = 0;
    const count = () => statements++;
    knex.on('query', count);
    const res = await t.gql(LIST, { first: 100 }, { cookie: cookies[Role.BUYER] });
    knex.removeListener('query', count);
    expect(res.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(3);
  });
});
