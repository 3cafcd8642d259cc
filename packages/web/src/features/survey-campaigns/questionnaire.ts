import type { QuestionType, SurveyQuestionInput } from '../../gql/graphql';
import { scalePoints } from '../surveys/answers';

/**
 * The questionnaire editor's state, pure. The API replaces the whole ordered list at once: each
 * question carries a `key` (its id when it exists, a local key when new) that conditions name.
 */
export interface EditedOption {
  value: string;
  labelFr: string;
  labelEn: string;
}

export interface EditedQuestion {
  key: string;
  type: QuestionType;
  labelFr: string;
  labelEn: string;
  required: boolean;
  headline: boolean;
  options: EditedOption[];
  showIf: { questionKey: string; anyOf: string[] } | null;
}

export const QUESTION_TYPES: readonly QuestionType[] = ['SATISFACTION_5', 'RECOMMEND_10', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'FREE_TEXT'];

export const hasOptions = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

interface SavedQuestion {
  id: string;
  position: number;
  type: QuestionType;
  labelFr: string;
  labelEn: string;
  required: boolean;
  headline: boolean;
  options: readonly EditedOption[];
  showIf?: { questionId: string; anyOf: readonly string[] } | null;
}

export function editedQuestions(saved: readonly SavedQuestion[]): EditedQuestion[] {
  return [...saved]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({
      key: q.id,
      type: q.type,
      labelFr: q.labelFr,
      labelEn: q.labelEn,
      required: q.required,
      headline: q.headline,
      options: q.options.map(({ value, labelFr, labelEn }) => ({ value, labelFr, labelEn })),
      showIf: q.showIf ? { questionKey: q.showIf.questionId, anyOf: [...q.showIf.anyOf] } : null,
    }));
}

/** The list as `setSurveyQuestions` takes it: options only on choice questions, the headline only on a 1–5 scale. */
export function toQuestionInputs(questions: readonly EditedQuestion[]): SurveyQuestionInput[] {
  return questions.map((q) => ({
    key: q.key,
    type: q.type,
    labelFr: q.labelFr.trim(),
    labelEn: q.labelEn.trim(),
    required: q.required,
    headline: q.headline && q.type === 'SATISFACTION_5',
    options: hasOptions(q.type) ? q.options.map((o) => ({ value: o.value, labelFr: o.labelFr.trim(), labelEn: o.labelEn.trim() })) : [],
    showIf: q.showIf && { questionKey: q.showIf.questionKey, anyOf: q.showIf.anyOf },
  }));
}

/** A new question: a required 1–5 scale, the headline when the questionnaire has none yet. */
export function blankQuestion(key: string, questions: readonly EditedQuestion[]): EditedQuestion {
  return { key, type: 'SATISFACTION_5', labelFr: '', labelEn: '', required: true, headline: !questions.some((q) => q.headline), options: [], showIf: null };
}

/** A value no other option of the question has ("c1", "c2"…): stored in responses, never shown. */
export function newOptionValue(options: readonly EditedOption[]): string {
  let n = options.length + 1;
  while (options.some((o) => o.value === `c${n}`)) n++;
  return `c${n}`;
}

/** Moves a question one place up (−1) or down (+1). */
export function moveQuestion(questions: readonly EditedQuestion[], index: number, delta: -1 | 1): EditedQuestion[] {
  const to = index + delta;
  if (to < 0 || to >= questions.length) return [...questions];
  const next = [...questions];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Removes a question; conditions that named it go with it. */
export function removeQuestion(questions: readonly EditedQuestion[], index: number): EditedQuestion[] {
  const gone = questions[index]?.key;
  return questions.filter((_, i) => i !== index).map((q) => (q.showIf?.questionKey === gone ? { ...q, showIf: null } : q));
}

/** The answers a condition may name on a question of this type ("yes"/"no", the numbers, the options). */
export function conditionValues(question: Pick<EditedQuestion, 'type' | 'options'>): string[] {
  if (question.type === 'YES_NO') return ['yes', 'no'];
  if (hasOptions(question.type)) return question.options.map((o) => o.value);
  return scalePoints(question.type).map(String);
}

/** The earlier questions a condition may name: any but free text. */
export const conditionTargets = (questions: readonly EditedQuestion[], index: number) => questions.slice(0, index).filter((q) => q.type !== 'FREE_TEXT');

/**
 * Changes one question; when its type or options change, the conditions on it keep only the
 * answers it still offers, and the headline stays on a 1–5 scale.
 */
export function updateQuestion(questions: readonly EditedQuestion[], index: number, change: Partial<EditedQuestion>): EditedQuestion[] {
  const changed = { ...questions[index]!, ...change };
  if (changed.type !== 'SATISFACTION_5') changed.headline = false;
  const offered = new Set(conditionValues(changed));
  return questions.map((q, i) => {
    if (i === index) return changed;
    if (change.headline && changed.headline) q = { ...q, headline: false };
    return q.showIf?.questionKey === changed.key ? { ...q, showIf: { ...q.showIf, anyOf: q.showIf.anyOf.filter((v) => offered.has(v)) } } : q;
  });
}

const blank = (text: string) => !text.trim();

/** Whether some wording is still blank: a question's or a choice's, in either language. */
export const hasBlankWording = (questions: readonly EditedQuestion[]) =>
  questions.some((q) => blank(q.labelFr) || blank(q.labelEn) || (hasOptions(q.type) && q.options.some((o) => blank(o.labelFr) || blank(o.labelEn))));
