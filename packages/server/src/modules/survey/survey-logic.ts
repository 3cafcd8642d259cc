/**
 * Questions and answers (pure): which questions are shown given earlier answers, whether an answer
 * fits its question, what a draft or a submission may hold, and the segment a response keeps.
 */
export enum QuestionType {
  /** 1–5: very dissatisfied … very satisfied, with "no opinion". */
  SATISFACTION_5 = 'SATISFACTION_5',
  /** 0–10: how likely to recommend (NPS), with "no opinion". */
  RECOMMEND_10 = 'RECOMMEND_10',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  YES_NO = 'YES_NO',
  FREE_TEXT = 'FREE_TEXT',
}

export const NO_OPINION = 'NA';
export const FREE_TEXT_MAX = 2000;

export interface QuestionDef {
  id: string;
  type: QuestionType;
  required: boolean;
  options: { value: string }[];
  /** Shown only when the earlier question's answer is one of these values. */
  showIf: { questionId: string; anyOf: string[] } | null;
}

/** An answer as stored: a number (scales), "NA" (no opinion), a choice, choices, yes/no, or text. */
export type AnswerValue = number | string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

const asKey = (v: AnswerValue | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)];

/** Whether a question is shown, given the answers so far (questions are in order; conditions look back). */
export function isShown(question: QuestionDef, answers: Answers): boolean {
  if (!question.showIf) return true;
  const given = asKey(answers[question.showIf.questionId]);
  return given.some((v) => question.showIf!.anyOf.includes(v));
}

export function answerProblem(question: QuestionDef, value: AnswerValue): string | null {
  const options = new Set(question.options.map((o) => o.value));
  switch (question.type) {
    case QuestionType.SATISFACTION_5:
      return value === NO_OPINION || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5) ? null : 'une note de 1 à 5 ou « sans avis » est attendue';
    case QuestionType.RECOMMEND_10:
      return value === NO_OPINION || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10) ? null : 'une note de 0 à 10 ou « sans avis » est attendue';
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' && options.has(value) ? null : 'un des choix proposés est attendu';
    case QuestionType.MULTIPLE_CHOICE:
      return Array.isArray(value) && value.length > 0 && new Set(value).size === value.length && value.every((v) => options.has(v)) ? null : 'un ou plusieurs des choix proposés sont attendus';
    case QuestionType.YES_NO:
      return typeof value === 'boolean' ? null : 'oui ou non est attendu';
    case QuestionType.FREE_TEXT:
      return typeof value === 'string' && value.trim().length > 0 && value.length <= FREE_TEXT_MAX ? null : `un texte de 1 à ${FREE_TEXT_MAX} caractères est attendu`;
  }
}

export interface AnswerCheck {
  /** The answers kept: those to shown questions, well formed. */
  answers: Answers;
  problems: { questionId: string; problem: string }[];
}

/**
 * Checks answers against the questions. A draft keeps what is well formed and reports the rest; a
 * submission also needs every shown required question. Answers to hidden questions are dropped.
 */
export function checkAnswers(questions: readonly QuestionDef[], given: Answers, mode: 'draft' | 'submit'): AnswerCheck {
  const answers: Answers = {};
  const problems: AnswerCheck['problems'] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) if (!known.has(id)) problems.push({ questionId: id, problem: 'question inconnue' });
  for (const q of questions) {
    if (!isShown(q, answers)) continue;
    const value = given[q.id];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (mode === 'submit' && q.required) problems.push({ questionId: q.id, problem: 'réponse obligatoire' });
      continue;
    }
    const problem = answerProblem(q, value);
    if (problem) problems.push({ questionId: q.id, problem });
    else answers[q.id] = typeof value === 'string' && q.type === QuestionType.FREE_TEXT ? value.trim() : value;
  }
  return { answers, problems };
}

/** Answered shown questions over shown questions (for the progress bar). */
export function progress(questions: readonly QuestionDef[], answers: Answers): { answered: number; shown: number } {
  const shown = questions.filter((q) => isShown(q, answers));
  return { answered: shown.filter((q) => answers[q.id] !== undefined).length, shown: shown.length };
}

/**
 * The segment a response keeps (SPEC §3): its supplier's size and regional group — in an anonymous
 * campaign only where the audience has at least 5 members in that group, so that no response can
 * be narrowed down to fewer than 5 suppliers.
 */
export function segmentSnapshot(
  supplier: { sizeCategory: string | null; isRegional: boolean },
  audience: readonly { sizeCategory: string | null; isRegional: boolean }[],
  anonymous: boolean,
  minGroup = 5,
): { sizeCategory: string | null; isRegional: boolean | null } {
  if (!anonymous) return { sizeCategory: supplier.sizeCategory, isRegional: supplier.isRegional };
  const sameSize = audience.filter((a) => a.sizeCategory === supplier.sizeCategory).length;
  const sameRegion = audience.filter((a) => a.isRegional === supplier.isRegional).length;
  return {
    sizeCategory: supplier.sizeCategory && sameSize >= minGroup ? supplier.sizeCategory : null,
    isRegional: sameRegion >= minGroup ? supplier.isRegional : null,
  };
}

/** A question as the editor sends it (the whole ordered list at once); `key` names it for conditions. */
export interface QuestionInput {
  key: string;
  type: QuestionType;
  labelFr: string;
  labelEn: string;
  required: boolean;
  options: { value: string; labelFr: string; labelEn: string }[];
  showIf: { questionKey: string; anyOf: string[] } | null;
  headline: boolean;
}

/** Checks a whole questionnaire: types, options, conditions on earlier answers, one headline 1–5 question. */
export function questionnaireProblems(questions: readonly QuestionInput[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const seen = new Map<string, QuestionInput>();
  if (!questions.length) problems.push('Ajoutez au moins une question.');
  const headlines = questions.filter((q) => q.headline);
  if (headlines.length !== 1 || headlines[0]!.type !== QuestionType.SATISFACTION_5) {
    problems.push('Une et une seule question de satisfaction (échelle 1 à 5) doit être la question principale.');
  }
  questions.forEach((q, i) => {
    const at = `Question ${i + 1}`;
    if (keys.has(q.key)) problems.push(`${at} : identifiant en double.`);
    keys.add(q.key);
    if (!q.labelFr.trim() || !q.labelEn.trim()) problems.push(`${at} : libellés français et anglais obligatoires.`);
    const choice = q.type === QuestionType.SINGLE_CHOICE || q.type === QuestionType.MULTIPLE_CHOICE;
    if (choice && q.options.length < 2) problems.push(`${at} : au moins deux choix.`);
    if (!choice && q.options.length) problems.push(`${at} : ce type de question n'a pas de choix.`);
    if (new Set(q.options.map((o) => o.value)).size !== q.options.length) problems.push(`${at} : choix en double.`);
    if (q.showIf) {
      const target = seen.get(q.showIf.questionKey);
      if (!target) problems.push(`${at} : la condition doit porter sur une question précédente.`);
      else if (target.type === QuestionType.FREE_TEXT) problems.push(`${at} : une condition ne peut pas porter sur un texte libre.`);
      if (!q.showIf.anyOf.length) problems.push(`${at} : la condition doit citer au moins une réponse.`);
    }
    if (q.headline && q.showIf) problems.push(`${at} : la question principale ne peut pas être conditionnelle.`);
    seen.set(q.key, q);
  });
  return problems;
}

