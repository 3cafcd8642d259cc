import { badInput } from '../../shared/errors.js';
import { type Answers, type AnswerValue, NO_OPINION, QuestionType } from './survey-logic.js';
import type { SurveyCampaign, SurveyQuestion } from './survey.entities.js';
import type { AnswerInput, AnswerNode, CampaignNode, QuestionNode } from './survey.types.js';

export function toCampaignNode(c: SurveyCampaign): CampaignNode {
  return {
    id: c.id, title: c.title, year: c.year, status: c.status, opensOn: c.opensOn, closesOn: c.closesOn, anonymous: c.anonymous,
    introFr: c.introFr, introEn: c.introEn, reminderGapDays: c.reminderGapDays, maxReminders: c.maxReminders, autoRemind: c.autoRemind,
    audience: {
      sizes: (c.audience.sizes as CampaignNode['audience']['sizes']) ?? null,
      regional: c.audience.regional ?? null,
      nafPrefixes: c.audience.nafPrefixes ?? null,
      paidInYear: c.audience.paidInYear ?? null,
    },
  };
}

export const toQuestionNode = (q: SurveyQuestion): QuestionNode => ({
  id: q.id, position: q.position, type: q.type, labelFr: q.labelFr, labelEn: q.labelEn, required: q.required, options: q.options, showIf: q.showIf, headline: q.headline,
});

/** Typed GraphQL answers → stored values (one field per answer). */
export function fromAnswerInputs(inputs: readonly AnswerInput[]): Answers {
  const out: Answers = {};
  for (const a of inputs) {
    const given: AnswerValue[] = [];
    if (a.noOpinion) given.push(NO_OPINION);
    if (a.number != null) given.push(a.number);
    if (a.choice != null) given.push(a.choice);
    if (a.choices != null) given.push(a.choices);
    if (a.yes != null) given.push(a.yes);
    if (a.text != null) given.push(a.text);
    if (given.length > 1) throw badInput('Une seule valeur par réponse.', { questionId: a.questionId });
    if (given.length === 1) out[a.questionId] = given[0]!;
  }
  return out;
}

/** Stored values → typed answers; a string is a choice or a text depending on its question. */
export function toAnswerNodes(answers: Answers, types: ReadonlyMap<string, QuestionType>): AnswerNode[] {
  return Object.entries(answers).map(([questionId, v]) => {
    const free = types.get(questionId) === QuestionType.FREE_TEXT;
    const word = typeof v === 'string' && v !== NO_OPINION ? v : null;
    return {
      questionId,
      number: typeof v === 'number' ? v : null,
      noOpinion: v === NO_OPINION,
      choice: free ? null : word,
      choices: Array.isArray(v) ? v : null,
      yes: typeof v === 'boolean' ? v : null,
      text: free ? word : null,
    };
  });
}
