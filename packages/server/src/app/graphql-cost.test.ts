import {
  type DocumentNode, getNamedType, type GraphQLInputType, type GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, type OperationDefinitionNode, typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../shared/roles.js';
import { MAX_PAGE_SIZE } from '../shared/pagination.js';
import { type TestApp, startTestApp } from '../test/app.js';
import { buildAgent } from '../test/factories.js';
import { documentCost, MAX_COST } from './graphql-cost.js';
import { createSchema } from './schema.js';

/** Some value of an input type (only the page sizes change the cost). */
function sample(schema: GraphQLSchema, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(schema, f.type)]));
  }
  const scalar = getNamedType(inner).name;
  return scalar === 'Int' || scalar === 'Float' ? 1 : scalar === 'Boolean' ? true : scalar === 'LocalDate' ? '2026-01-01' : 'x';
}

const FULL_INVOICE = `id number status statusOn invoiceDate receivedOn deadline daysLate estimate rateUnknown fallbacks
  amountInclTax { amount currency } amountExclTax { amount currency } lateInterest { amount currency } recoveryIndemnity { amount currency }
  history { on status portalCode reason flag } payment { paymentDelayDays daysUsed daysLeft lateFrom accruing asOf }`;

describe('GraphQL cost limit', () => {
  let t: TestApp;
  let agent: string;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.signIn((await buildAgent(t.db.orm.em, [Role.FINANCE])).email);
  });
  afterAll(() => t.stop());

  it('refuses, within a second and before anything runs, a document asking for too many rows, while serving others', async () => {
    const pages = Array.from({ length: 8 }, (_, i) => `p${i}: invoices(first: $first) { edges { node { ${FULL_INVOICE} } } }`).join('\n');
    const started = Date.now();
    const [costly, other] = await Promise.all([
      t.gql(`query($first: Int!) { ${pages} }`, { first: MAX_PAGE_SIZE }, { cookie: agent }),
      t.gql('{ viewer { roles } }', {}, { cookie: agent }),
    ]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(costly.status).toBe(400);
    expect(costly.data ?? null).toBeNull();
    expect(costly.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.errors![0]!.message).toContain('trop coûteuse');
    expect(Number(/\((\d+) ;/.exec(costly.errors![0]!.message)![1])).toBeGreaterThan(MAX_COST);
    expect(other.data).toEqual({ viewer: { roles: ['FINANCE'] } });
  });

  it('counts the page size from the variables: the same document with small pages runs', async () => {
    const pages = Array.from({ length: 8 }, (_, i) => `p${i}: invoices(first: $first) { totalCount edges { node { ${FULL_INVOICE} } } }`).join('\n');
    const res = await t.gql(`query($first: Int!) { ${pages} }`, { first: 5 }, { cookie: agent });
    expect(res.errors).toBeUndefined();
    expect(res.data!.p0.totalCount).toBe(0);
  });

  it("lets every document of the web app through at the largest page size, with room to spare", async () => {
    const schema = await createSchema();
    // The web app's generated documents (imported by path: they are outside this package's sources).
    const web = (await import(new URL('../../../web/src/gql/graphql.ts', import.meta.url).href)) as Record<string, unknown>;
    const documents = Object.entries(web).filter((e): e is [string, DocumentNode] => e[0].endsWith('Document') && (e[1] as DocumentNode)?.kind === Kind.DOCUMENT);
    expect(documents.length).toBeGreaterThan(50);
    let heaviest = { name: '', cost: 0 };
    for (const [name, given] of documents) {
      const query = given;
      for (const op of query.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const variables = Object.fromEntries(
          (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.variable.name.value === 'first' ? MAX_PAGE_SIZE : sample(schema, typeFromAST(schema, v.type as never) as GraphQLInputType)]),
        );
        const cost = documentCost({ schema, query, operationName: op.name?.value, variables });
        if (cost > heaviest.cost) heaviest = { name, cost };
      }
    }
    expect(heaviest.cost).toBeGreaterThan(MAX_PAGE_SIZE); // a page of rows is counted as such
    expect(heaviest.cost, heaviest.name).toBeLessThan(MAX_COST / 2);
  });
});
