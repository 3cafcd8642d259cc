import type { QuestionType, SurveyAnswerInput } from '../../gql/graphql';

/**
 * The answering form's rules, pure: which questions are shown as the supplier answers, what goes
 * to the server and back, how the questions fall into pages, and what is still missing. The server
 * checks everything again (survey-logic.ts there); these only keep the form in step with it.
 */
export interface QuestionDef {
  id: string;
  type: QuestionType;
  required: boolean;
  options: readonly { value: string }[];
  showIf?: { questionId: string; anyOf: readonly string[] } | null;
}

/** "Sans avis" on a scale. */
export const NO_OPINION = 'NA';
export const FREE_TEXT_MAX = 2000;
export const QUESTIONS_PER_PAGE = 3;

/** One answer as the form holds it: a number or "NA" (scales), a choice, choices, yes/no, or text. */
export type AnswerValue = number | string | readonly string[] | boolean;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** An answer as the server sends a draft back (one field set, by question type). */
export interface SavedAnswer {
  questionId: string;
  number?: number | null;
  noOpinion: boolean;
  choice?: string | null;
  choices?: readonly string[] | null;
  yes?: boolean | null;
  text?: string | null;
}

export const isScale = (type: QuestionType) => type === 'SATISFACTION_5' || type === 'RECOMMEND_10';

/** The points of a scale: 1 to 5, or 0 to 10 (none for other types). */
export function scalePoints(type: QuestionType): number[] {
  if (type === 'SATISFACTION_5') return [1, 2, 3, 4, 5];
  if (type === 'RECOMMEND_10') return Array.from({ length: 11 }, (_, i) => i);
  return [];
}

/** The values a show-if condition compares: the number, the choice(s), "yes" or "no". */
export function conditionKeys(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  return [String(value)];
}

export function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * The questions shown, in order: a conditional one when the earlier answer it names is one of its
 * values. An answer to a hidden question counts for nothing (as on the server), so a condition on
 * a hidden question hides its own question too.
 */
export function shownQuestions<Q extends QuestionDef>(questions: readonly Q[], answers: Answers): Q[] {
  const counted: Record<string, AnswerValue> = {};
  return questions.filter((q) => {
    const shown = !q.showIf || conditionKeys(counted[q.showIf.questionId]).some((v) => q.showIf!.anyOf.includes(v));
    const value = answers[q.id];
    if (shown && !isEmpty(value)) counted[q.id] = value!;
    return shown;
  });
}

/** What the server receives: one field per answer, for shown questions only, nothing empty. */
export function toAnswerInputs(questions: readonly QuestionDef[], answers: Answers): SurveyAnswerInput[] {
  return shownQuestions(questions, answers).flatMap((q): SurveyAnswerInput[] => {
    const value = answers[q.id];
    if (isEmpty(value)) return [];
    const questionId = q.id;
    switch (q.type) {
      case 'SATISFACTION_5':
      case 'RECOMMEND_10':
        return [value === NO_OPINION ? { questionId, noOpinion: true } : { questionId, number: Number(value) }];
      case 'SINGLE_CHOICE':
        return [{ questionId, choice: String(value) }];
      case 'MULTIPLE_CHOICE':
        return [{ questionId, choices: [...(value as readonly string[])] }];
      case 'YES_NO':
        return [{ questionId, yes: value === true }];
      case 'FREE_TEXT':
        return [{ questionId, text: String(value) }];
    }
  });
}

/** A saved draft (or an identified response) back into the form's answers. */
export function fromSavedAnswers(questions: readonly QuestionDef[], saved: readonly SavedAnswer[]): Record<string, AnswerValue> {
  const types = new Map(questions.map((q) => [q.id, q.type]));
  const out: Record<string, AnswerValue> = {};
  for (const a of saved) {
    const type = types.get(a.questionId);
    const value =
      type === undefined
        ? null
        : isScale(type)
          ? a.noOpinion
            ? NO_OPINION
            : a.number
          : type === 'SINGLE_CHOICE'
            ? a.choice
            : type === 'MULTIPLE_CHOICE'
              ? a.choices
              : type === 'YES_NO'
                ? a.yes
                : a.text;
    if (value !== null && value !== undefined) out[a.questionId] = value;
  }
  return out;
}

/**
 * Pages of questions: the whole questionnaire cut in fixed groups, each page showing its shown
 * questions; a page whose questions are all hidden is skipped. Conditions look back only, so an
 * answer never removes the page it is on.
 */
export function pagesOf<Q extends QuestionDef>(questions: readonly Q[], answers: Answers, perPage = QUESTIONS_PER_PAGE): Q[][] {
  const shown = new Set(shownQuestions(questions, answers));
  const pages: Q[][] = [];
  for (let i = 0; i < questions.length; i += perPage) {
    const page = questions.slice(i, i + perPage).filter((q) => shown.has(q));
    if (page.length) pages.push(page);
  }
  return pages;
}

/** Answered shown questions over shown questions (what the progress bar says). */
export function progressOf(questions: readonly QuestionDef[], answers: Answers): { answered: number; shown: number } {
  const shown = shownQuestions(questions, answers);
  return { answered: shown.filter((q) => !isEmpty(answers[q.id])).length, shown: shown.length };
}

/** The required questions among these that have no answer yet. */
export function missingRequired<Q extends QuestionDef>(questions: readonly Q[], answers: Answers): Q[] {
  return questions.filter((q) => q.required && isEmpty(answers[q.id]));
}

/**
 * Where a resumed draft opens: the first page with a required question unanswered, else the first
 * with any question unanswered; `pages.length` (the review) when everything is answered.
 */
export function resumePage(pages: readonly (readonly QuestionDef[])[], answers: Answers): number {
  const first = (unanswered: (q: QuestionDef) => boolean) => pages.findIndex((page) => page.some(unanswered));
  const required = first((q) => q.required && isEmpty(answers[q.id]));
  if (required >= 0) return required;
  const any = first((q) => isEmpty(answers[q.id]));
  return any >= 0 ? any : pages.length;
}

/** Problems as the server reports them ({ questionId, problem }), by question. */
export function problemsByQuestion(problems: readonly unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems as { questionId?: unknown; problem?: unknown }[]) {
    if (typeof p?.questionId === 'string' && typeof p.problem === 'string') out[p.questionId] = p.problem;
  }
  return out;
}
