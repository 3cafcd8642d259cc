import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { SIZE_LABELS, SizeCategory } from '../supplier/size-category.js';
import { getCampaign, invitationStats, questionsOf } from './campaign.service.js';
import { NO_OPINION, QuestionType } from './survey-logic.js';
import { distribution, MIN_CELL, nps, satisfaction, suppress } from './survey-stats.js';
import { CampaignStatus, SurveyCampaign, SurveyQuestion, SurveyResponse } from './survey.entities.js';

/**
 * Aggregated results of a campaign (SPEC §3): nothing here names a supplier. Breakdown cells under
 * 5 responses are suppressed (with complementary suppression), free text is shown only for 5
 * responses or more, and an anonymous campaign with fewer than 5 responses shows counts only.
 */
const scale = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export async function campaignResults(em: EntityManager, campaignId: string) {
  const campaign = await getCampaign(em, campaignId);
  const questions = await questionsOf(em, campaignId);
  const responses: Pick<SurveyResponse, 'answers' | 'sizeCategory' | 'isRegional'>[] = await em.find(SurveyResponse, { campaign: campaignId }, { fields: ['answers', 'sizeCategory', 'isRegional'] });
  type Row = (typeof responses)[number];
  const stats = await invitationStats(em, campaignId);
  const countsOnly = campaign.anonymous && responses.length < MIN_CELL;
  const headline = questions.find((q) => q.headline);
  const recommend = questions.find((q) => q.type === QuestionType.RECOMMEND_10);
  const answersTo = (id: string | undefined, rows: Row[] = responses) => (id ? rows.map((r) => r.answers[id]).filter((a) => a !== undefined) : []);
  const headlineValues = (rows: Row[]) => answersTo(headline?.id, rows).map(scale);

  const breakdown = (dimension: 'SIZE' | 'REGIONAL') => {
    const groups = dimension === 'SIZE' ? [...Object.values(SizeCategory), null] : [true, false, null];
    const cells = groups.map((g) => {
      const rows = responses.filter((r) => (dimension === 'SIZE' ? r.sizeCategory : r.isRegional) === g);
      const s = satisfaction(headlineValues(rows), null);
      return { group: g === null ? 'UNKNOWN' : String(g), n: rows.length, value: { satisfactionRate: s.rate, answers: s.n } };
    });
    return { dimension, cells: suppress(cells.filter((c) => c.n > 0 || c.group !== 'UNKNOWN')) };
  };

  const previous = await em.findOne(SurveyCampaign, { year: campaign.year - 1, status: { $in: [CampaignStatus.CLOSED, CampaignStatus.ARCHIVED] } }, { orderBy: { closesOn: 'desc' } });
  const previousSummary = previous ? await campaignSummary(em, previous) : null;

  return {
    campaign,
    invited: stats.invited,
    responses: responses.length,
    responseRate: stats.invited ? responses.length / stats.invited : null,
    countsOnly,
    satisfaction: countsOnly || !headline ? null : satisfaction(headlineValues(responses), stats.invited),
    nps: countsOnly || !recommend ? null : nps(answersTo(recommend.id).map(scale)),
    questions: countsOnly
      ? []
      : questions.map((q) => {
          const given = answersTo(q.id);
          const counts = distribution(given.map((v) => (v === NO_OPINION ? null : typeof v === 'boolean' ? (v ? 'yes' : 'no') : (v as string | number | string[]))));
          const FIXED: Record<string, { fr: string; en: string }> = { NA: { fr: 'Sans avis', en: 'No opinion' }, yes: { fr: 'Oui', en: 'Yes' }, no: { fr: 'Non', en: 'No' } };
          const label = (value: string) => {
            const option = q.options.find((o) => o.value === value);
            return option ? { fr: option.labelFr, en: option.labelEn } : (FIXED[value] ?? { fr: value, en: value });
          };
          return {
            question: q,
            answered: given.length,
            distribution: q.type === QuestionType.FREE_TEXT ? [] : [...counts].map(([value, count]) => ({ value, labelFr: label(value).fr, labelEn: label(value).en, count })).sort((a, b) => sortKey(a.value) - sortKey(b.value)),
            texts: q.type === QuestionType.FREE_TEXT && given.length >= MIN_CELL ? (given as string[]).slice().sort() : [],
            textsSuppressed: q.type === QuestionType.FREE_TEXT && given.length > 0 && given.length < MIN_CELL,
          };
        }),
    breakdowns: countsOnly ? [] : [breakdown('SIZE'), breakdown('REGIONAL')],
    previous: previousSummary,
  };
}

const sortKey = (v: string) => (v === 'NA' ? 1e9 : Number.isFinite(Number(v)) ? Number(v) : 1e6 + v.charCodeAt(0));
export const groupLabel = (dimension: string, group: string) =>
  dimension === 'SIZE' ? (SIZE_LABELS[group as SizeCategory] ?? 'Inconnue') : group === 'true' ? 'Régional' : group === 'false' ? 'Hors région' : 'Inconnu';

/**
 * A campaign's headline figures (the results page's comparison, the yearly report): responses,
 * response rate, satisfaction rate and NPS — hidden (null) for an anonymous campaign below the
 * smallest cell.
 */
export async function campaignSummary(em: EntityManager, campaign: SurveyCampaign) {
  return (await campaignSummaries(em, [campaign])).get(campaign.id)!;
}

export type CampaignSummary = ReturnType<typeof summaryOf>;

/** The summaries of several campaigns (a range of yearly reports) in three statements, however many. */
export async function campaignSummaries(em: EntityManager, campaigns: SurveyCampaign[]): Promise<Map<string, CampaignSummary>> {
  if (!campaigns.length) return new Map();
  const ids = campaigns.map((c) => c.id);
  const questions = await em.find(SurveyQuestion, { campaign: { $in: ids } }, { orderBy: { position: 'asc' } });
  const responses: Pick<SurveyResponse, 'answers' | 'campaign'>[] = await em.find(SurveyResponse, { campaign: { $in: ids } }, { fields: ['answers', 'campaign'] });
  const knex = (em as SqlEntityManager).getKnex();
  const invitations = (await knex('survey_invitation').whereIn('campaign_id', ids).groupBy('campaign_id').select('campaign_id', knex.raw('count(*) as invited'))) as { campaign_id: string; invited: unknown }[];
  const invited = new Map(invitations.map((r) => [String(r.campaign_id), Number(r.invited)]));
  return new Map(campaigns.map((c) => [c.id, summaryOf(c, questions.filter((q) => q.campaign.id === c.id), responses.filter((r) => r.campaign.id === c.id), invited.get(c.id) ?? 0)]));
}

function summaryOf(campaign: SurveyCampaign, questions: SurveyQuestion[], responses: Pick<SurveyResponse, 'answers'>[], invited: number) {
  const headline = questions.find((q) => q.headline);
  const recommend = questions.find((q) => q.type === QuestionType.RECOMMEND_10);
  const hidden = campaign.anonymous && responses.length < MIN_CELL;
  return {
    campaignId: campaign.id,
    title: campaign.title,
    year: campaign.year,
    responses: responses.length,
    responseRate: invited ? responses.length / invited : null,
    satisfactionRate: hidden || !headline ? null : satisfaction(responses.map((r) => scale(r.answers[headline.id])), invited).rate,
    nps: hidden || !recommend ? null : nps(responses.map((r) => scale(r.answers[recommend.id]))).score,
  };
}
