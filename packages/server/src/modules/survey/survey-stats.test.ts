import { describe, expect, it } from 'vitest';
import { distribution, nps, satisfaction, suppress, wilson } from './survey-stats.js';

describe('satisfaction rate', () => {
  it.each([
    // answers, population, n, rate
    [[5, 4, 4, 3, 2], null, 5, 0.6],
    [[5, 4, null, null, 1], null, 3, 2 / 3],
    [[null, null], null, 0, null],
    [[4, 4, 4, 4, 5, 5, 5, 5, 3, 2], 100, 10, 0.8],
  ])('%j (audience %s) → n=%i, rate=%s', (answers, population, n, rate) => {
    const s = satisfaction(answers, population);
    expect(s.n).toBe(n);
    if (rate === null) expect(s.rate).toBeNull();
    else expect(s.rate).toBeCloseTo(rate, 10);
  });

  it('excludes "no opinion" from the denominator', () => {
    expect(satisfaction([5, 5, 5, 1, null, null, null], null)).toMatchObject({ n: 4, x: 3, rate: 0.75 });
  });

  it('has a Wilson margin that matches the textbook value without correction', () => {
    // 80 of 100: Wilson 95 % interval ≈ [0.7112, 0.8666] → half-width 7.8 points.
    const w = wilson(80, 100, null);
    expect(w.lower).toBeCloseTo(0.7112, 3);
    expect(w.upper).toBeCloseTo(0.8666, 3);
    expect(w.marginPoints).toBe(7.8);
  });

  it('narrows the margin as the audience is covered (finite-population correction), to 0 for a census', () => {
    const open = wilson(80, 100, null).marginPoints!;
    const half = wilson(80, 100, 200).marginPoints!;
    const most = wilson(80, 100, 110).marginPoints!;
    expect(half).toBeLessThan(open);
    expect(most).toBeLessThan(half);
    expect(wilson(80, 100, 100).marginPoints).toBe(0);
  });

  it('stays within [0, 1] at the edges', () => {
    expect(wilson(0, 5, null).lower).toBe(0);
    expect(wilson(5, 5, null).upper).toBe(1);
    expect(wilson(5, 5, null).lower).toBeGreaterThan(0.5);
  });
});

describe('NPS', () => {
  it.each([
    [[10, 9, 8, 7, 6], 20, 2, 1],
    [[9, 9, 9, 9], 100, 4, 0],
    [[0, 6, 6, 6], -100, 0, 4],
    [[7, 8, 7, 8], 0, 0, 0],
    [[9, 6], 0, 1, 1],
    [[], null, 0, 0],
  ])('%j → %s', (answers, score, promoters, detractors) => {
    expect(nps(answers)).toMatchObject({ score, promoters, detractors });
  });

  it('counts 6 as a detractor and 7–8 as passive, ignoring no opinion', () => {
    expect(nps([6, 7, 8, null])).toEqual({ n: 3, promoters: 0, passives: 2, detractors: 1, score: -33 });
  });
});

describe('breakdown suppression', () => {
  it('suppresses cells under 5, and one more when a single one would be recoverable from the total', () => {
    const cells = suppress([
      { group: 'MICRO', n: 12, value: 0.75 },
      { group: 'SMALL_MEDIUM', n: 7, value: 0.71 },
      { group: 'LARGE', n: 3, value: 1 },
    ]);
    expect(cells.map((c) => [c.group, c.suppressed])).toEqual([
      ['MICRO', false],
      ['SMALL_MEDIUM', true],
      ['LARGE', true],
    ]);
    expect(cells[2]).toEqual({ group: 'LARGE', n: 0, value: null, suppressed: true });
  });

  it('leaves a breakdown alone when every cell has 5 or more, and suppresses all small ones', () => {
    expect(suppress([{ group: 'a', n: 5, value: 1 }, { group: 'b', n: 9, value: 2 }]).every((c) => !c.suppressed)).toBe(true);
    const two = suppress([{ group: 'a', n: 4, value: 1 }, { group: 'b', n: 2, value: 2 }, { group: 'c', n: 30, value: 3 }]);
    expect(two.map((c) => c.suppressed)).toEqual([true, true, false]);
  });
});

describe('distribution', () => {
  it('counts single, multiple and missing values', () => {
    expect(Object.fromEntries(distribution(['a', 'b', 'a', null, ['a', 'c']]))).toEqual({ a: 3, b: 1, NA: 1, c: 1 });
  });
});
