import { describe, expect, it } from 'vitest';
import {
  blankQuestion,
  conditionTargets,
  type EditedQuestion,
  editedQuestions,
  hasBlankWording,
  moveQuestion,
  newOptionValue,
  removeQuestion,
  toQuestionInputs,
  updateQuestion,
} from './questionnaire';

const saved = [
  { id: 'q2', position: 1, type: 'FREE_TEXT' as const, labelFr: 'Pourquoi ?', labelEn: 'Why?', required: false, headline: false, options: [], showIf: { questionId: 'q1', anyOf: ['1', '2'] } },
  { id: 'q1', position: 0, type: 'SATISFACTION_5' as const, labelFr: 'Satisfait ?', labelEn: 'Satisfied?', required: true, headline: true, options: [], showIf: null },
];

describe('questionnaire editor', () => {
  it('edits the saved questions in order, keyed by their ids, and sends them back whole', () => {
    const edited = editedQuestions(saved);
    expect(edited.map((q) => q.key)).toEqual(['q1', 'q2']);
    expect(toQuestionInputs(edited)).toEqual([
      { key: 'q1', type: 'SATISFACTION_5', labelFr: 'Satisfait ?', labelEn: 'Satisfied?', required: true, headline: true, options: [], showIf: null },
      { key: 'q2', type: 'FREE_TEXT', labelFr: 'Pourquoi ?', labelEn: 'Why?', required: false, headline: false, options: [], showIf: { questionKey: 'q1', anyOf: ['1', '2'] } },
    ]);
  });

  it('adds a question (the headline when there is none), moves and removes one, dropping conditions on it', () => {
    const edited = editedQuestions(saved);
    expect(blankQuestion('new-1', edited).headline).toBe(false);
    expect(blankQuestion('new-1', []).headline).toBe(true);
    const withNew = [...edited, blankQuestion('new-1', edited)];
    expect(moveQuestion(withNew, 2, -1).map((q) => q.key)).toEqual(['q1', 'new-1', 'q2']);
    expect(moveQuestion(withNew, 0, -1).map((q) => q.key)).toEqual(['q1', 'q2', 'new-1']);
    expect(removeQuestion(withNew, 0).map((q) => [q.key, q.showIf])).toEqual([
      ['q2', null],
      ['new-1', null],
    ]);
  });

  it('keeps one headline on a 1–5 scale, and conditions to the answers still offered', () => {
    let edited: EditedQuestion[] = [...editedQuestions(saved), { ...blankQuestion('new-1', []), headline: false }];
    edited = updateQuestion(edited, 2, { headline: true });
    expect(edited.map((q) => q.headline)).toEqual([false, false, true]);
    edited = updateQuestion(edited, 0, { type: 'YES_NO' });
    expect(edited[0]!.headline).toBe(false);
    expect(edited[1]!.showIf).toEqual({ questionKey: 'q1', anyOf: [] });
    expect(conditionTargets(edited, 2).map((q) => q.key)).toEqual(['q1']);
  });

  it('sends choices only for choice questions, with values of their own', () => {
    const options = [{ value: 'c1', labelFr: ' Courriel ', labelEn: 'E-mail' }];
    expect(newOptionValue(options)).toBe('c2');
    expect(newOptionValue([{ value: 'c2', labelFr: '', labelEn: '' }])).toBe('c3');
    const single = { ...blankQuestion('k', []), type: 'SINGLE_CHOICE' as const, options };
    expect(toQuestionInputs([single])[0]!.options).toEqual([{ value: 'c1', labelFr: 'Courriel', labelEn: 'E-mail' }]);
    expect(toQuestionInputs([{ ...single, type: 'YES_NO' }])[0]!.options).toEqual([]);
  });

  it('finds blank wording before anything is sent, in questions and in the choices of choice questions', () => {
    const q = { ...blankQuestion('k', []), labelFr: 'Canal ?', labelEn: 'Channel?' };
    expect(hasBlankWording([q])).toBe(false);
    expect(hasBlankWording([{ ...q, labelEn: '  ' }])).toBe(true);
    const options = [{ value: 'c1', labelFr: 'Courriel', labelEn: '' }];
    expect(hasBlankWording([{ ...q, type: 'SINGLE_CHOICE', options }])).toBe(true);
    expect(hasBlankWording([{ ...q, type: 'YES_NO', options }])).toBe(false);
  });
});
