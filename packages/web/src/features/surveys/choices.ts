import type { TFunction } from 'i18next';
import type { Language } from '../../app/i18n';
import type { QuestionType } from '../../gql/graphql';
import { type AnswerValue, conditionKeys, isEmpty, NO_OPINION, scalePoints } from './answers';
import '../../i18n/surveys';

/** What a question needs to be shown: its type, its wording and its options in both languages. */
export interface Labelled {
  type: QuestionType;
  labelFr: string;
  labelEn: string;
  options: readonly { value: string; labelFr: string; labelEn: string }[];
}

export interface Choice {
  value: string;
  label: string;
  /** The number of a scale point, shown apart from its words. */
  number?: string;
}

export const labelOf = (item: { labelFr: string; labelEn: string }, language: Language) => (language === 'en' ? item.labelEn : item.labelFr);

/** The answers a question offers, in order, with their words ("Sans avis" last on the scales). */
export function choicesOf(question: Pick<Labelled, 'type' | 'options'>, t: TFunction, language: Language): Choice[] {
  const noOpinion = { value: NO_OPINION, label: t('survey.noOpinion') };
  switch (question.type) {
    case 'SATISFACTION_5':
      return [...scalePoints(question.type).map((n) => ({ value: String(n), number: String(n), label: t(`survey.scale5.${n as 1 | 2 | 3 | 4 | 5}`) })), noOpinion];
    case 'RECOMMEND_10':
      return [...scalePoints(question.type).map((n) => ({ value: String(n), label: String(n) })), noOpinion];
    case 'YES_NO':
      return [
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ];
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return question.options.map((o) => ({ value: o.value, label: labelOf(o, language) }));
    case 'FREE_TEXT':
      return [];
  }
}

/** A choice in words: "4 — Satisfait" on the 1–5 scale, its label otherwise. */
export const choiceText = (choice: Choice) => (choice.number ? `${choice.number} — ${choice.label}` : choice.label);

/** An answer in words, for the review and the confirmation; null when there is none. */
export function answerText(question: Labelled, value: AnswerValue | undefined, t: TFunction, language: Language): string | null {
  if (isEmpty(value)) return null;
  if (question.type === 'FREE_TEXT') return String(value);
  const choices = choicesOf(question, t, language);
  return conditionKeys(value)
    .map((key) => choices.find((c) => c.value === key))
    .map((c, i) => (c ? choiceText(c) : conditionKeys(value)[i]!))
    .join(', ');
}
