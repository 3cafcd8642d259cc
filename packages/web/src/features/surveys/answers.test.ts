import { describe, expect, it } from 'vitest';
import {
  type Answers,
  fromSavedAnswers,
  missingRequired,
  pagesOf,
  problemsByQuestion,
  progressOf,
  type QuestionDef,
  resumePage,
  shownQuestions,
  toAnswerInputs,
} from './answers';

const q = (id: string, type: QuestionDef['type'], extra: Partial<QuestionDef> = {}): QuestionDef => ({ id, type, required: true, options: [], showIf: null, ...extra });

/** The demo questionnaire's shape: a headline, a text shown only for 1 or 2, scales, choices, yes/no, an optional text. */
const QUESTIONS: QuestionDef[] = [
  q('global', 'SATISFACTION_5'),
  q('why', 'FREE_TEXT', { required: false, showIf: { questionId: 'global', anyOf: ['1', '2'] } }),
  q('payment', 'SATISFACTION_5'),
  q('tenders', 'SATISFACTION_5'),
  q('recommend', 'RECOMMEND_10'),
  q('channel', 'SINGLE_CHOICE', { options: [{ value: 'portal' }, { value: 'email' }] }),
  q('improve', 'MULTIPLE_CHOICE', { required: false, options: [{ value: 'payment' }, { value: 'lots' }] }),
  q('tendered', 'YES_NO'),
  q('suggestions', 'FREE_TEXT', { required: false }),
];
const ids = (questions: readonly QuestionDef[]) => questions.map((x) => x.id);

describe('show-if', () => {
  it.each([
    [{}, false],
    [{ global: 1 }, true],
    [{ global: 2 }, true],
    [{ global: 3 }, false],
    [{ global: 'NA' }, false],
  ] as [Answers, boolean][])('with %o the follow-up question is shown: %s', (answers, shown) => {
    expect(ids(shownQuestions(QUESTIONS, answers)).includes('why')).toBe(shown);
  });

  it('reads yes/no as "yes"/"no" and several choices as any of them', () => {
    const questions = [
      q('a', 'YES_NO'),
      q('b', 'FREE_TEXT', { showIf: { questionId: 'a', anyOf: ['no'] } }),
      q('c', 'MULTIPLE_CHOICE', { options: [{ value: 'x' }, { value: 'y' }] }),
      q('d', 'FREE_TEXT', { showIf: { questionId: 'c', anyOf: ['y'] } }),
    ];
    expect(ids(shownQuestions(questions, { a: false, c: ['x', 'y'] }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(shownQuestions(questions, { a: true, c: ['x'] }))).toEqual(['a', 'c']);
  });

  it('hides a question whose condition rests on a hidden one, whatever that one still holds', () => {
    const questions = [
      q('a', 'YES_NO'),
      q('b', 'SATISFACTION_5', { showIf: { questionId: 'a', anyOf: ['yes'] } }),
      q('c', 'FREE_TEXT', { showIf: { questionId: 'b', anyOf: ['1'] } }),
    ];
    expect(ids(shownQuestions(questions, { a: true, b: 1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(shownQuestions(questions, { a: false, b: 1 }))).toEqual(['a']);
  });
});

describe('answers to and from the API', () => {
  it('sends one field per answer, for shown questions only, nothing empty', () => {
    const answers: Answers = {
      global: 4,
      why: 'kept locally, hidden now',
      payment: 'NA',
      recommend: 0,
      channel: 'email',
      improve: [],
      tendered: false,
      suggestions: '   ',
    };
    expect(toAnswerInputs(QUESTIONS, answers)).toEqual([
      { questionId: 'global', number: 4 },
      { questionId: 'payment', noOpinion: true },
      { questionId: 'recommend', number: 0 },
      { questionId: 'channel', choice: 'email' },
      { questionId: 'tendered', yes: false },
    ]);
    expect(toAnswerInputs(QUESTIONS, { global: 2, why: 'Trop lent', improve: ['lots'] })).toEqual([
      { questionId: 'global', number: 2 },
      { questionId: 'why', text: 'Trop lent' },
      { questionId: 'improve', choices: ['lots'] },
    ]);
  });

  it('reads a saved draft back by question type (the server fills both choice and text for a string)', () => {
    const saved = [
      { questionId: 'global', number: 2, noOpinion: false, choice: null, choices: null, yes: null, text: null },
      { questionId: 'why', number: null, noOpinion: false, choice: 'Trop lent', choices: null, yes: null, text: 'Trop lent' },
      { questionId: 'payment', number: null, noOpinion: true, choice: null, choices: null, yes: null, text: null },
      { questionId: 'channel', number: null, noOpinion: false, choice: 'portal', choices: null, yes: null, text: 'portal' },
      { questionId: 'improve', number: null, noOpinion: false, choice: null, choices: ['payment'], yes: null, text: null },
      { questionId: 'tendered', number: null, noOpinion: false, choice: null, choices: null, yes: false, text: null },
      { questionId: 'gone', number: 3, noOpinion: false },
    ];
    const answers = fromSavedAnswers(QUESTIONS, saved);
    expect(answers).toEqual({ global: 2, why: 'Trop lent', payment: 'NA', channel: 'portal', improve: ['payment'], tendered: false });
    expect(toAnswerInputs(QUESTIONS, answers)).toEqual([
      { questionId: 'global', number: 2 },
      { questionId: 'why', text: 'Trop lent' },
      { questionId: 'payment', noOpinion: true },
      { questionId: 'channel', choice: 'portal' },
      { questionId: 'improve', choices: ['payment'] },
      { questionId: 'tendered', yes: false },
    ]);
  });

  it('keeps the problems the server names by question', () => {
    expect(problemsByQuestion([{ questionId: 'a', problem: 'réponse obligatoire' }, { nope: 1 }, null])).toEqual({ a: 'réponse obligatoire' });
  });
});

describe('pages, progress and resuming', () => {
  it('cuts the questionnaire in pages of three, showing only shown questions', () => {
    expect(pagesOf(QUESTIONS, {}).map(ids)).toEqual([
      ['global', 'payment'],
      ['tenders', 'recommend', 'channel'],
      ['improve', 'tendered', 'suggestions'],
    ]);
    expect(pagesOf(QUESTIONS, { global: 1 })[0]!.map((x) => x.id)).toEqual(['global', 'why', 'payment']);
  });

  it('skips a page whose questions are all hidden', () => {
    const questions = [q('a', 'YES_NO'), q('b', 'FREE_TEXT', { showIf: { questionId: 'a', anyOf: ['yes'] } }), q('c', 'YES_NO')];
    expect(pagesOf(questions, {}, 1).map(ids)).toEqual([['a'], ['c']]);
    expect(pagesOf(questions, { a: true }, 1).map(ids)).toEqual([['a'], ['b'], ['c']]);
  });

  it('counts answered questions among the shown ones', () => {
    expect(progressOf(QUESTIONS, {})).toEqual({ answered: 0, shown: 8 });
    expect(progressOf(QUESTIONS, { global: 2, why: 'x', payment: 4, improve: [] })).toEqual({ answered: 3, shown: 9 });
  });

  it('names the required questions left unanswered', () => {
    expect(ids(missingRequired(QUESTIONS.slice(0, 4), { global: 1, why: '', payment: 'NA' }))).toEqual(['tenders']);
  });

  it('resumes on the first page with a required question unanswered, else an unanswered one, else the review', () => {
    const pages = (answers: Answers) => pagesOf(QUESTIONS, answers);
    const half: Answers = { global: 4, payment: 5, tenders: 3 };
    expect(resumePage(pages(half), half)).toBe(1);
    const required: Answers = { ...half, recommend: 9, channel: 'email', tendered: true };
    expect(resumePage(pages(required), required)).toBe(2);
    const all: Answers = { ...required, improve: ['lots'], suggestions: 'Merci' };
    expect(resumePage(pages(all), all)).toBe(3);
  });
});
