import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobs } from '../../app/jobs.js';
import { addDays, parisDay } from '../../shared/calendar.js';
import { Role } from '../../shared/roles.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { SizeCategory } from '../supplier/size-category.js';
import { OutboxMessage } from '../notification/outbox-message.entity.js';

const today = parisDay(new Date());
const QUESTIONS = [
  { key: 'sat', type: 'SATISFACTION_5', labelFr: 'Satisfaction globale ?', labelEn: 'Overall satisfaction?', headline: true },
  { key: 'why', type: 'FREE_TEXT', labelFr: 'Pourquoi ?', labelEn: 'Why?', required: false, showIf: { questionKey: 'sat', anyOf: ['1', '2'] } },
  { key: 'nps', type: 'RECOMMEND_10', labelFr: 'Recommanderiez-vous la Région ?', labelEn: 'Would you recommend the Region?' },
  { key: 'pay', type: 'YES_NO', labelFr: 'Payé à temps ?', labelEn: 'Paid on time?' },
];
const FORM = `query($c: ID, $t: String) { surveyForm(campaignId: $c, token: $t) { campaignId anonymous answered supplierName questions { id type headline } answers { questionId number noOpinion yes text } progress { answered shown } } }`;
const SAVE = `mutation($c: ID, $t: String, $a: [SurveyAnswerInput!]!) { saveSurveyDraft(campaignId: $c, token: $t, answers: $a) { problems { questionId problem } progress { answered shown } } }`;
const SUBMIT = `mutation($c: ID, $t: String, $a: [SurveyAnswerInput!]!) { submitSurvey(campaignId: $c, token: $t, answers: $a) }`;

describe('survey campaigns end to end (API)', () => {
  let t: TestApp;
  let manager: string;
  let campaignId: string;
  let q: Record<string, string>;
  const suppliers: { id: string; owner: string; member: string; email: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.signIn((await buildAgent(t.db.orm.em, [Role.SURVEY_MANAGER])).email);
    for (let i = 0; i < 7; i++) {
      const s = await buildSupplier(t.db.orm.em, { legalName: `Répondant ${i}`, sizeCategory: i < 6 ? SizeCategory.MICRO : SizeCategory.LARGE, postalCode: i < 6 ? '45000' : '75001' });
      const owner = await buildSupplierUser(t.db.orm.em, s, { owner: true });
      const member = await buildSupplierUser(t.db.orm.em, s);
      suppliers.push({ id: s.id, owner: await t.signIn(owner.email), member: await t.signIn(member.email), email: owner.email });
    }
  });
  afterAll(() => t.stop());

  const answersFor = (sat: number | 'NA', extra: Record<string, unknown>[] = []) => [
    sat === 'NA' ? { questionId: q.sat, noOpinion: true } : { questionId: q.sat, number: sat },
    { questionId: q.nps, number: 9 },
    { questionId: q.pay, yes: true },
    ...extra,
  ];

  it('designs a draft campaign and refuses a questionnaire without one headline 1–5 question', async () => {
    const created = await t.gql(
      `mutation($i: SurveyCampaignInput!) { createSurveyCampaign(input: $i) { id status anonymous } }`,
      { i: { title: 'Enquête fournisseurs', year: Number(today.slice(0, 4)), opensOn: today, closesOn: addDays(today, 20), reminderGapDays: 1, maxReminders: 1 } },
      { cookie: manager },
    );
    expect(created.data!.createSurveyCampaign).toMatchObject({ status: 'DRAFT', anonymous: true });
    campaignId = created.data!.createSurveyCampaign.id;
    const SET = `mutation($c: ID!, $q: [SurveyQuestionInput!]!) { setSurveyQuestions(campaignId: $c, questions: $q) { questions { id labelFr showIf { questionId anyOf } } } }`;
    const bad = await t.gql(SET, { c: campaignId, q: QUESTIONS.map((x) => ({ ...x, headline: false })) }, { cookie: manager });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const blank = await t.gql(SET, { c: campaignId, q: [{ ...QUESTIONS[0], labelFr: '' }] }, { cookie: manager });
    expect(blank.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(blank.errors![0]!.message).toMatch(/longueur non admise/);
    expect(blank.errors![0]!.extensions!.details.fields[0].field).toMatch(/labelFr$/);
    const ok = await t.gql(SET, { c: campaignId, q: QUESTIONS }, { cookie: manager });
    const questions = ok.data!.setSurveyQuestions.questions;
    q = { sat: questions[0].id, why: questions[1].id, nps: questions[2].id, pay: questions[3].id };
    expect(questions[1].showIf).toEqual({ questionId: q.sat, anyOf: ['1', '2'] });
  });

  it('opens it: one invitation per supplier, an e-mail with a secret link to each', async () => {
    const opened = await t.gql(`mutation($id: ID!) { openSurveyCampaign(id: $id) { status stats { invited answered } } }`, { id: campaignId }, { cookie: manager });
    expect(opened.data!.openSurveyCampaign).toEqual({ status: 'OPEN', stats: { invited: 7, answered: 0 } });
    const mails = await t.db.orm.em.fork().find(OutboxMessage, { idempotencyKey: { $like: 'survey-invitation:%' } });
    expect(mails.length).toBeGreaterThanOrEqual(14); // contact address + two users each
    expect(mails[0]!.text).toMatch(/\/enquetes\/repondre\/[\w-]{43}/);
    const again = await t.gql(`mutation($id: ID!) { setSurveyQuestions(campaignId: $id, questions: []) { id } }`, { id: campaignId }, { cookie: manager });
    expect(again.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lets a supplier answer half, resume on another session, then submit once for the whole supplier', async () => {
    const s = suppliers[0]!;
    const mine = await t.gql('{ mySurveys { campaignId answered hasDraft anonymous } }', {}, { cookie: s.owner });
    expect(mine.data!.mySurveys).toEqual([{ campaignId, answered: false, hasDraft: false, anonymous: true }]);
    const saved = await t.gql(SAVE, { c: campaignId, a: [{ questionId: q.sat, number: 2 }, { questionId: q.why, text: 'Délais trop longs' }, { questionId: q.nps, number: 42 }] }, { cookie: s.owner });
    expect(saved.data!.saveSurveyDraft.problems.map((p: any) => p.questionId)).toEqual([q.nps]);
    // The colleague, on another device, finds the draft.
    const resumed = await t.gql(FORM, { c: campaignId }, { cookie: s.member });
    expect(resumed.data!.surveyForm.answers).toEqual(expect.arrayContaining([expect.objectContaining({ questionId: q.sat, number: 2 }), expect.objectContaining({ questionId: q.why, text: 'Délais trop longs' })]));
    expect(resumed.data!.surveyForm.progress).toEqual({ answered: 2, shown: 4 });
    const incomplete = await t.gql(SUBMIT, { c: campaignId, a: [{ questionId: q.sat, number: 2 }] }, { cookie: s.member });
    expect(incomplete.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const done = await t.gql(SUBMIT, { c: campaignId, a: answersFor(2, [{ questionId: q.why, text: 'Délais trop longs' }]) }, { cookie: s.member });
    expect(done.data!.submitSurvey).toBe(true);
    const twice = await t.gql(SUBMIT, { c: campaignId, a: answersFor(5) }, { cookie: s.owner });
    expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await t.gql(FORM, { c: campaignId }, { cookie: s.owner })).data!.surveyForm).toMatchObject({ answered: true, answers: [] });
  });

  it('leaves no path back from an anonymous response to its supplier', async () => {
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    const responses = await knex('survey_response').select('*');
    expect(responses).toHaveLength(1);
    const r = responses[0]!;
    expect(r.supplier_id).toBeNull();
    expect(r.respondent_id).toBeNull();
    expect(r.submitted_at).toBeNull();
    expect(Object.keys(r).sort()).toEqual(['answers', 'campaign_id', 'id', 'is_regional', 'respondent_id', 'size_category', 'submitted_at', 'submitted_on', 'supplier_id']);
    expect(JSON.stringify(r)).not.toContain(suppliers[0]!.id);
    const invitation = await knex('survey_invitation').where({ supplier_id: suppliers[0]!.id }).first();
    expect(invitation.answered ? 1 : 0).toBe(1);
    expect(invitation.answered_at).toBeNull();
    expect(await knex('survey_draft').where({ supplier_id: suppliers[0]!.id })).toHaveLength(0);
    // Six MICRO suppliers in the audience: the size is kept; the regional group (6) too.
    expect(r.size_category).toBe('MICRO');
  });

  it('answers through the secret link without signing in', async () => {
    const mail = (await t.db.orm.em.fork().find(OutboxMessage, { recipient: suppliers[1]!.email, idempotencyKey: { $like: 'survey-invitation:%' } }))[0]!;
    const token = mail.text.match(/repondre\/([\w-]{43})/)![1]!;
    const form = await t.gql(FORM, { t: token });
    expect(form.data!.surveyForm).toMatchObject({ campaignId, anonymous: true, answered: false, supplierName: 'Répondant 1' });
    expect((await t.gql(SUBMIT, { t: token, a: answersFor(4) })).data!.submitSurvey).toBe(true);
    expect((await t.gql(FORM, { t: 'not-a-token' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('reminds only those who have not answered, once, even with two runners at the same time', async () => {
    const later = new Date(Date.now() + 2 * 86_400_000);
    const [a, b] = await Promise.all([runJobs(t.db.orm, t.url, later), runJobs(t.db.orm, t.url, later)]);
    expect(a!.surveyRemindersSent! + b!.surveyRemindersSent!).toBe(5);
    const reminders = await t.db.orm.em.fork().find(OutboxMessage, { idempotencyKey: { $like: 'survey-reminder:%' } });
    expect(reminders.some((m) => m.recipient === suppliers[0]!.email || m.recipient === suppliers[1]!.email)).toBe(false);
    expect((await runJobs(t.db.orm, t.url, new Date(later.getTime() + 5 * 86_400_000))).surveyRemindersSent).toBe(0); // max 1 reminder
  });

  it('shows counts only while an anonymous campaign has fewer than 5 responses, then the statistics', async () => {
    const RESULTS = `query($c: ID!) { surveyResults(campaignId: $c) { invited responses responseRate countsOnly satisfaction { n satisfied rate marginPoints } nps { score } questions { question { type } answered texts textsSuppressed } breakdowns { dimension cells { group suppressed responses satisfactionRate } } } }`;
    const few = await t.gql(RESULTS, { c: campaignId }, { cookie: manager });
    expect(few.data!.surveyResults).toMatchObject({ invited: 7, responses: 2, countsOnly: true, satisfaction: null, questions: [], breakdowns: [] });
    for (const [i, sat] of [[2, 5], [3, 4], [4, 'NA'], [5, 1], [6, 5]] as const) {
      const extra = sat === 1 ? [{ questionId: q.why, text: `Raison ${i}` }] : [];
      expect((await t.gql(SUBMIT, { c: campaignId, a: answersFor(sat, extra) }, { cookie: suppliers[i]!.owner })).errors).toBeUndefined();
    }
    const r = (await t.gql(RESULTS, { c: campaignId }, { cookie: manager })).data!.surveyResults;
    // Headline answers 2, 4, 5, 4, no opinion, 1, 5: six counted, four satisfied.
    expect(r).toMatchObject({ responses: 7, countsOnly: false, satisfaction: { n: 6, satisfied: 4 }, nps: { score: 100 } });
    expect(r.satisfaction.rate).toBeCloseTo(2 / 3, 10);
    // Six of an audience of seven: the finite-population correction narrows the margin a lot.
    expect(r.satisfaction.marginPoints).toBeGreaterThan(0);
    expect(r.satisfaction.marginPoints).toBeLessThan(20);
    const why = r.questions.find((x: any) => x.question.type === 'FREE_TEXT');
    expect(why).toMatchObject({ answered: 2, texts: [], textsSuppressed: true });
    const size = r.breakdowns.find((b: any) => b.dimension === 'SIZE');
    // 6 MICRO responses are shown; the LARGE supplier (alone in its group) kept no size → UNKNOWN, 1 response: suppressed, and so is its complement.
    expect(size.cells.filter((c: any) => !c.suppressed).every((c: any) => c.responses >= 5)).toBe(true);
    expect(size.cells.filter((c: any) => c.suppressed).length).not.toBe(1);
    const auditor = await t.signIn((await buildAgent(t.db.orm.em, [Role.AUDITOR])).email);
    expect((await t.gql(RESULTS, { c: campaignId }, { cookie: auditor })).data!.surveyResults.responses).toBe(7);
    expect((await t.gql(RESULTS, { c: campaignId }, { cookie: suppliers[0]!.owner })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('exports the aggregates as French CSV, and refuses raw responses of an anonymous campaign', async () => {
    const res = await fetch(`${t.url}/exports/surveys/${campaignId}/results.csv`, { headers: { cookie: manager } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="enquete-\d{4}-resultats\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = bytes.toString('utf8');
    expect(text).toContain('taux de satisfaction;0,6667\r\n');
    expect(text).not.toMatch(/Répondant/);
    expect((await fetch(`${t.url}/exports/surveys/${campaignId}/responses.csv`, { headers: { cookie: manager } })).status).toBe(403);
    expect((await fetch(`${t.url}/exports/surveys/${campaignId}/results.csv`, { headers: { cookie: suppliers[0]!.owner } })).status).toBe(403);
    expect((await fetch(`${t.url}/exports/surveys/${campaignId}/results.csv`)).status).toBe(401);
  });

  it('closes at the close date, then answers are refused', async () => {
    const after = new Date(Date.now() + 30 * 86_400_000);
    expect((await runJobs(t.db.orm, t.url, after)).surveysClosed).toBe(1);
    const knex = (t.db.orm.em as SqlEntityManager).getKnex();
    await knex('survey_invitation').where({ supplier_id: suppliers[0]!.id }).update({ answered: false });
    const late = await t.gql(SUBMIT, { c: campaignId, a: answersFor(5) }, { cookie: suppliers[0]!.owner });
    expect(late.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const archived = await t.gql(`mutation($id: ID!) { archiveSurveyCampaign(id: $id) { status } }`, { id: campaignId }, { cookie: manager });
    expect(archived.data!.archiveSurveyCampaign.status).toBe('ARCHIVED');
  });

  it('lists campaigns as a connection: newest year first, paged by cursor, filtered by status, page size capped', async () => {
    const year = Number(today.slice(0, 4));
    for (const [title, y] of [['Ancienne', year - 2], ['Même année A', year - 1], ['Même année B', year - 1]] as const) {
      const created = await t.gql(`mutation($i: SurveyCampaignInput!) { createSurveyCampaign(input: $i) { id } }`, { i: { title, year: y, opensOn: today, closesOn: addDays(today, 20) } }, { cookie: manager });
      expect(created.errors).toBeUndefined();
    }
    const LIST = `query($s: CampaignStatus, $f: Int, $a: String) { surveyCampaigns(status: $s, first: $f, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title year status } } } }`;
    const all = (await t.gql(LIST, { f: 100 }, { cookie: manager })).data!.surveyCampaigns;
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e: any) => e.node.year)).toEqual([year, year - 1, year - 1, year - 2]);
    expect(all.edges.slice(1, 3).map((e: any) => e.node.title).sort()).toEqual(['Même année A', 'Même année B']);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = (await t.gql(LIST, { f: 3, a: after }, { cookie: manager })).data!.surveyCampaigns;
      expect(page.totalCount).toBe(4);
      paged.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(all.edges.map((e: any) => e.node.id));
    const drafts = (await t.gql(LIST, { s: 'DRAFT', f: 2 }, { cookie: manager })).data!.surveyCampaigns;
    expect(drafts.totalCount).toBe(3);
    expect(drafts.edges.map((e: any) => e.node.status)).toEqual(['DRAFT', 'DRAFT']);
    const rest = (await t.gql(LIST, { s: 'DRAFT', f: 2, a: drafts.pageInfo.endCursor }, { cookie: manager })).data!.surveyCampaigns;
    expect(rest.edges.map((e: any) => e.node.title)).toEqual(['Ancienne']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await t.gql(LIST, { f: 101 }, { cookie: manager })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(LIST, { a: 'nope' }, { cookie: manager })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
