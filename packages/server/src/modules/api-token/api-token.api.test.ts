import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildTwoTenants } from '../../test/factories.js';
import { User } from '../identity/user.entity.js';
import { ApiToken } from './api-token.entity.js';

const CREATE = 'mutation($i: ApiTokenInput!) { createApiToken(input: $i) { secret token { id name prefix roles expiresAt revokedAt } } }';

describe('personal API tokens', () => {
  let t: TestApp;
  let agent: User;
  let cookie: string;
  let supplier: string;
  const bearer = async (secret: string, query: string) => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
  };
  const codeOf = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => r.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApp();
    agent = await buildAgent(t.db.orm.em, [Role.FINANCE, Role.AUDITOR]);
    cookie = await t.signIn(agent.email);
    supplier = await t.signIn((await buildTwoTenants(t.db.orm.em)).aOwner.email);
  });
  afterAll(() => t.stop());

  it('is shown once, stored hashed, and acts with the roles it carries', async () => {
    const created = await t.gql(CREATE, { i: { name: 'Tableur des finances', roles: ['AUDITOR'], days: 30 } }, { cookie });
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^spaser_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'Tableur des finances', roles: ['AUDITOR'], revokedAt: null, prefix: secret.slice(0, 12) });
    const stored = await internalScope(t.db.orm.em.fork()).findOneOrFail(ApiToken, { id: token.id });
    expect(stored.tokenHash).not.toContain(secret.slice(7));
    expect(JSON.stringify(await t.gql('{ apiTokens { edges { node { id name } } } }', {}, { cookie }))).not.toContain(secret);

    const me = await bearer(secret, '{ viewer { email roles } }');
    expect(me.body.data!.viewer).toEqual({ email: agent.email, roles: ['AUDITOR'] });
    // A FINANCE-only operation: refused to this token, reached with a FINANCE one (the upload is unknown).
    const importing = 'mutation { importInvoices(uploadId: "00000000-0000-4000-8000-000000000000", dryRun: true) { created } }';
    expect(codeOf(await bearer(secret, importing))).toBe('FORBIDDEN');
    const finance = (await t.gql(CREATE, { i: { name: 'Import', roles: ['FINANCE'] } }, { cookie })).data!.createApiToken.secret;
    expect(codeOf(await bearer(finance, importing))).toBe('NOT_FOUND');
    // A token cannot mint another one.
    expect(codeOf(await bearer(secret, `mutation { createApiToken(input: { name: "x" }) { secret } }`))).toBe('FORBIDDEN');
    // Agents may introspect (the explorer); with the token too.
    expect((await bearer(secret, '{ __schema { queryType { name } } }')).body.data!.__schema.queryType.name).toBe('Query');
  });

  it('cannot carry a role the agent lacks, nor outlive a year; suppliers have none', async () => {
    expect((await t.gql(CREATE, { i: { name: 'x', roles: ['ADMIN'] } }, { cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { i: { name: 'x', days: 400 } }, { cookie })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(CREATE, { i: { name: 'x' } }, { cookie: supplier })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('stops working once revoked, once expired, and loses a role the agent lost', async () => {
    const make = async () => (await t.gql(CREATE, { i: { name: 'Script' } }, { cookie })).data!.createApiToken;
    const revoked = await make();
    expect((await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: revoked.token.id }, { cookie })).data!.revokeApiToken.revokedAt).not.toBeNull();
    expect((await bearer(revoked.secret, '{ viewer { email } }')).body.data!.viewer).toBeNull();

    const expired = await make();
    await internalScope(t.db.orm.em.fork()).nativeUpdate(ApiToken, { id: expired.token.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await bearer(expired.secret, '{ viewer { email } }')).body.data!.viewer).toBeNull();

    const live = await make();
    await internalScope(t.db.orm.em.fork()).nativeUpdate(User, { id: agent.id }, { roles: [Role.FINANCE] });
    expect((await bearer(live.secret, '{ viewer { roles } }')).body.data!.viewer.roles).toEqual(['FINANCE']);
    expect((await bearer('spaser_' + 'x'.repeat(43), '{ viewer { email } }')).body.data!.viewer).toBeNull();
    // Another agent cannot revoke it.
    const other = await t.signIn((await buildAgent(t.db.orm.em, [Role.ADMIN])).email);
    expect((await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: live.token.id }, { cookie: other })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps introspection from suppliers and anonymous callers', async () => {
    const query = '{ __type(name: "Invoice") { name } }';
    expect((await t.gql(query, {}, { cookie: supplier })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(query, {})).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql('{ __typename }', {})).data).toEqual({ __typename: 'Query' });
  });
});
