import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../shared/roles.js';
import { type TestApp, startTestApp } from '../test/app.js';
import { buildAgent } from '../test/factories.js';
import { LIMITS } from './graphql-limits.js';

/** Abusive documents are refused before anything runs, quickly, while the server goes on serving. */
describe('GraphQL document limits', () => {
  let t: TestApp;
  let agent: string;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
  });
  afterAll(() => t.stop());

  const refused = async (query: string) => {
    const started = Date.now();
    const res = await t.gql(query, {}, { cookie: agent });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(res.data).toBeNull();
    return res.errors![0]!;
  };

  it('refuses a document nested deeper than the limit, also through fragments', async () => {
    const nest = (n: number): string => (n === 0 ? 'name' : `fields { type { ${nest(n - 1)} } }`);
    expect((await refused(`{ __type(name: "Query") { ${nest(10)} } }`)).message).toContain('trop profonde');
    const spread = `fragment F on __Type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } }
      query { __type(name: "Query") { fields { type { ...F ...G } } } }
      fragment G on __Type { fields { type { fields { type { fields { type { ...F } } } } } } }`;
    expect((await refused(spread)).message).toContain('trop profonde');
  });

  it('refuses too many aliases, directives or tokens', async () => {
    const aliases = Array.from({ length: LIMITS.MAX_ALIASES + 1 }, (_, i) => `a${i}: viewer { email }`).join(' ');
    expect((await refused(`{ ${aliases} }`)).message).toContain("Trop d'alias");
    const directives = Array.from({ length: LIMITS.MAX_DIRECTIVES + 1 }, () => 'email @include(if: true)').join(' ');
    expect((await refused(`{ viewer { ${directives} } }`)).message).toContain('Trop de directives');
    const tokens = `{ viewer { ${'email '.repeat(LIMITS.MAX_TOKENS)} } }`;
    expect((await refused(tokens)).extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('lets the explorer run the full introspection query, and serves others meanwhile', async () => {
    const [introspection, viewer] = await Promise.all([t.gql(getIntrospectionQuery(), {}, { cookie: agent }), t.gql('{ viewer { roles } }', {}, { cookie: agent })]);
    expect(introspection.errors).toBeUndefined();
    expect(viewer.data).toEqual({ viewer: { roles: ['AUDITOR'] } });
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const res = await t.gql('{ viewr { email } }', {});
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });
});
