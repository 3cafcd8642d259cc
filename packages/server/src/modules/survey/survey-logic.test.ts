import { describe, expect, it } from 'vitest';
import { type QuestionDef, checkAnswers, isShown, progress, QuestionType as T, segmentSnapshot } from './survey-logic.js';

const q = (id: string, type: T, extra: Partial<QuestionDef> = {}): QuestionDef => ({ id, type, required: true, options: [], showIf: null, ...extra });
const questions: QuestionDef[] = [
  q('sat', T.SATISFACTION_5),
  q('why', T.FREE_TEXT, { required: false, showIf: { questionId: 'sat', anyOf: ['1', '2'] } }),
  q('nps', T.RECOMMEND_10),
  q('channel', T.SINGLE_CHOICE, { options: [{ value: 'mail' }, { value: 'portal' }] }),
  q('topics', T.MULTIPLE_CHOICE, { required: false, options: [{ value: 'pay' }, { value: 'tender' }] }),
  q('again', T.YES_NO),
];

describe('answers', () => {
  it('shows a conditional question only when the earlier answer matches', () => {
    expect(isShown(questions[1]!, { sat: 2 })).toBe(true);
    expect(isShown(questions[1]!, { sat: 4 })).toBe(false);
    expect(isShown(questions[1]!, {})).toBe(false);
  });

  it('accepts a complete submission and drops answers to hidden questions', () => {
    const r = checkAnswers(questions, { sat: 5, why: 'hidden now', nps: 9, channel: 'portal', again: true }, 'submit');
    expect(r.problems).toEqual([]);
    expect(r.answers).toEqual({ sat: 5, nps: 9, channel: 'portal', again: true });
  });

  it('requires the shown required questions at submission, not in a draft', () => {
    expect(checkAnswers(questions, { sat: 'NA' }, 'draft').problems).toEqual([]);
    expect(checkAnswers(questions, { sat: 'NA' }, 'submit').problems.map((p) => p.questionId)).toEqual(['nps', 'channel', 'again']);
  });

  it.each([
    ['sat', 6],
    ['sat', 0],
    ['nps', 11],
    ['nps', 4.5],
    ['channel', 'fax'],
    ['topics', ['pay', 'pay']],
    ['topics', []],
    ['again', 'yes'],
    ['unknown', 1],
  ])('refuses %s = %j', (id, value) => {
    const r = checkAnswers(questions, { [id]: value } as never, 'draft');
    if (Array.isArray(value) && value.length === 0) expect(r.answers[id]).toBeUndefined();
    else expect(r.problems.map((p) => p.questionId)).toContain(id);
  });

  it('counts progress over the shown questions', () => {
    expect(progress(questions, { sat: 1 })).toEqual({ answered: 1, shown: 6 });
    expect(progress(questions, { sat: 5 })).toEqual({ answered: 1, shown: 5 });
  });
});

describe('segment snapshot', () => {
  const audience = [
    ...Array.from({ length: 6 }, () => ({ sizeCategory: 'MICRO', isRegional: true })),
    ...Array.from({ length: 2 }, () => ({ sizeCategory: 'LARGE', isRegional: false })),
  ];
  it('keeps a dimension only where the audience group has at least 5 members (anonymous)', () => {
    expect(segmentSnapshot({ sizeCategory: 'MICRO', isRegional: true }, audience, true)).toEqual({ sizeCategory: 'MICRO', isRegional: true });
    expect(segmentSnapshot({ sizeCategory: 'LARGE', isRegional: false }, audience, true)).toEqual({ sizeCategory: null, isRegional: null });
  });
  it('keeps everything in an identified campaign', () => {
    expect(segmentSnapshot({ sizeCategory: 'LARGE', isRegional: false }, audience, false)).toEqual({ sizeCategory: 'LARGE', isRegional: false });
  });
});
