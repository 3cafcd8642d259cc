import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDay } from '../shared/calendar.js';
import { Role } from '../shared/roles.js';
import { type TestApp, startTestApp } from '../test/app.js';
import { buildAgent, buildTwoTenants, uniqueSiret } from '../test/factories.js';
import { anyJson, badAmount, badDate, badSiret, garbageText, longText } from '../test/garbage.js';

/**
 * Issue 8, garbage input: the main mutations' and filters' inputs filled with generated garbage
 * (and now and then a value of the wrong type). Whatever arrives, the answer is a GraphQL answer
 * about the request (BAD_USER_INPUT, NOT_FOUND, …), never a 500 nor INTERNAL_SERVER_ERROR.
 */
const today = parisDay(new Date());
const text = fc.oneof(
  { weight: 6, arbitrary: garbageText(60) },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: garbageText(20).map((s) => `${s}\u0000${s}`) },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyJson });
const id = fc.oneof(fc.uuid(), garbageText(40), fc.constantFrom('', '0', '-1', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1"));
const day = fc.oneof(badDate, fc.constantFrom(today, '0001-01-01', '9999-12-31', '2024-02-29'), garbageText(12));
const amount = fc.oneof(badAmount, fc.constantFrom('50,00', '73.00', '0', '1 234,56'), garbageText(12));
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const scalar = fc.oneof(garbageText(20), fc.integer(), fc.double(), fc.constantFrom('9999-12-31', '', 'ZZZ', '00000000-0000-0000-0000-000000000000'));
/** Cursors: garbage, and well-formed ones (base64url JSON arrays) whose values are of any type. */
const cursor = fc.oneof(garbageText(40), fc.array(scalar, { minLength: 1, maxLength: 4 }).map(base64), anyJson.map(base64));
const first = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));
const enumOf = (...values: string[]) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: garbageText(12) });

interface Op {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  as: 'owner' | 'buyer' | 'anonymous';
}

const declarationInput = fc.record(
  {
    kind: enumOf('GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE'),
    amendsId: maybe(id),
    anonymous: maybe(fc.boolean()),
    attachmentUploadIds: maybe(fc.array(id, { maxLength: 3 })),
    beneficiaryAgentId: maybe(id),
    beneficiaryDepartment: maybe(text),
    beneficiaryName: maybe(text),
    description: maybe(text),
    eventOn: maybe(day),
    nature: maybe(text),
    occasion: maybe(text),
    place: maybe(text),
    value: maybe(amount),
    what: maybe(text),
  },
  { requiredKeys: ['kind'] },
);

const ops = (campaignId: () => string): fc.Arbitrary<Op> =>
  fc.oneof(
    declarationInput.map((i) => ({ name: 'fileDeclaration', query: 'mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id flags } }', variables: { i }, as: 'owner' as const })),
    declarationInput.map((i) => ({ name: 'checkDeclaration', query: 'query($i: DeclarationInput!) { checkDeclaration(input: $i) { flags } }', variables: { i }, as: 'owner' as const })),
    fc
      .record({
        filter: maybe(fc.record({ number: maybe(text), contractReference: maybe(text), from: maybe(day), to: maybe(day), overdue: maybe(fc.boolean()), statuses: maybe(fc.array(enumOf('PAID', 'SUBMITTED', 'SUSPENDED'), { maxLength: 3 })), supplierId: maybe(id) }, { requiredKeys: [] })),
        orderBy: maybe(fc.record({ field: enumOf('AMOUNT', 'DEADLINE', 'INVOICE_DATE', 'NUMBER', 'STATUS_DATE'), direction: enumOf('ASC', 'DESC') })),
        first: maybe(first),
        after: maybe(cursor),
        as: fc.constantFrom('owner' as const, 'buyer' as const),
      })
      .map(({ as, ...v }) => ({
        name: 'invoices',
        query: 'query($f: InvoiceFilter, $o: InvoiceOrder, $n: Int, $a: String) { invoices(filter: $f, orderBy: $o, first: $n, after: $a) { totalCount edges { cursor node { id number } } } }',
        variables: { f: v.filter, o: v.orderBy, n: v.first, a: v.after },
        as,
      })),
    fc
      .record({ search: maybe(text), buyerId: maybe(text), runningIn: maybe(fc.integer()), supplierId: maybe(id), socialClause: maybe(enumOf('YES', 'NO', 'UNKNOWN')), first: maybe(first), after: maybe(cursor) })
      .map(({ first: n, after: a, ...f }) => ({ name: 'contracts', query: 'query($f: ContractFilter, $n: Int, $a: String) { contracts(filter: $f, first: $n, after: $a) { totalCount } }', variables: { f, n, a }, as: 'buyer' as const })),
    fc
      .record({ search: maybe(text), isRegional: maybe(fc.boolean()), first: maybe(first), after: maybe(cursor) })
      .map(({ first: n, after: a, ...f }) => ({ name: 'suppliers', query: 'query($f: SupplierFilter, $n: Int, $a: String) { suppliers(filter: $f, first: $n, after: $a) { totalCount } }', variables: { f, n, a }, as: 'buyer' as const })),
    fc
      .record({
        real: fc.boolean(),
        c: maybe(id),
        t: maybe(garbageText(50)),
        answers: fc.array(fc.record({ questionId: id, choice: maybe(text), choices: maybe(fc.array(text, { maxLength: 3 })), noOpinion: maybe(fc.boolean()), number: maybe(fc.integer()), text: maybe(text), yes: maybe(fc.boolean()) }, { requiredKeys: ['questionId'] }), { maxLength: 4 }),
      })
      .map(({ real, c, t, answers }) => ({
        name: 'saveSurveyDraft',
        query: 'mutation($c: ID, $t: String, $a: [SurveyAnswerInput!]!) { saveSurveyDraft(campaignId: $c, token: $t, answers: $a) { problems { questionId problem } } }',
        variables: real ? { c: campaignId(), a: answers } : { c, t, a: answers },
        as: 'owner' as const,
      })),
    fc
      .record({ email: fc.oneof(text, fc.constant('a@b.example')), name: text, roleInCompany: text, message: maybe(text), siret: fc.oneof(badSiret, fc.constant(0).map(() => uniqueSiret()), text) })
      .map((i) => ({ name: 'requestAccess', query: 'mutation($i: AccessRequestInputType!) { requestAccess(input: $i) { recorded } }', variables: { i }, as: 'anonymous' as const })),
  );

describe('GraphQL inputs: garbage (issue 8)', () => {
  let t: TestApp;
  const cookies: Record<Op['as'], string | null> = { owner: null, buyer: null, anonymous: null };
  let campaignId = '';

  beforeAll(async () => {
    t = await startTestApp();
    const tenants = await buildTwoTenants(t.db.orm.em);
    cookies.owner = await t.signIn(tenants.aOwner.email);
    cookies.buyer = await t.signIn((await buildAgent(t.db.orm.em, [Role.BUYER])).email);
    // An open survey the owner's supplier is invited to, so drafts reach the answer checks.
    const manager = await t.signIn((await buildAgent(t.db.orm.em, [Role.SURVEY_MANAGER])).email);
    const created = await t.gql<{ createSurveyCampaign: { id: string } }>(
      'mutation($i: SurveyCampaignInput!) { createSurveyCampaign(input: $i) { id } }',
      { i: { title: 'Enquête', year: Number(today.slice(0, 4)), opensOn: today, closesOn: addDays(today, 20) } },
      { cookie: manager },
    );
    campaignId = created.data!.createSurveyCampaign.id;
    const questions = [{ key: 'sat', type: 'SATISFACTION_5', labelFr: 'Satisfaction ?', labelEn: 'Satisfaction?', headline: true }, { key: 'why', type: 'FREE_TEXT', labelFr: 'Pourquoi ?', labelEn: 'Why?', required: false }];
    await t.gql('mutation($c: ID!, $q: [SurveyQuestionInput!]!) { setSurveyQuestions(campaignId: $c, questions: $q) { id } }', { c: campaignId, q: questions }, { cookie: manager });
    const opened = await t.gql('mutation($id: ID!) { openSurveyCampaign(id: $id) { status } }', { id: campaignId }, { cookie: manager });
    expect(opened.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  it('answers any input with a client error at worst, never a server error', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(ops(() => campaignId), async (op) => {
        const res = await t.gql(op.query, op.variables, { cookie: cookies[op.as] });
        seen.set(op.name, (seen.get(op.name) ?? 0) + 1);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect(res.status, op.name).toBeLessThan(500);
        expect(codes, op.name).not.toContain('INTERNAL_SERVER_ERROR');
        expect(res.errors?.length || res.data).toBeTruthy();
      }),
      { numRuns: 300 },
    );
    // Every operation was exercised (the property is not vacuous).
    expect([...seen.keys()].sort()).toEqual(['checkDeclaration', 'contracts', 'fileDeclaration', 'invoices', 'requestAccess', 'saveSurveyDraft', 'suppliers']);
  }, 120_000);
});
