import { describe, expect, it } from 'vitest';
import { ends, linearScale, markerPath, maxOf, niceStep, niceTicks, pathThrough, segments, spread } from './scales';

describe('chart scales', () => {
  it('maps a domain onto a range, upside down for the vertical axis', () => {
    const y = linearScale(0, 30, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(30)).toBe(0);
    expect(y(15)).toBe(100);
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10);
  });

  it('chooses round steps and ticks from 0 to just above the greatest value', () => {
    expect(niceStep(5.92)).toBe(10);
    expect(niceStep(4.2)).toBe(5);
    expect(niceStep(0.18)).toBe(0.2);
    expect(niceStep(0.23)).toBe(0.25);
    expect(niceStep(0)).toBe(1);
    expect(niceTicks(29.6)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(29.6, 6)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(31)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0.8, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('spreads the categories evenly, a single one in the middle', () => {
    expect(spread(3, 0, 100)).toEqual([0, 50, 100]);
    expect(spread(1, 0, 100)).toEqual([50]);
    expect(spread(0, 0, 100)).toEqual([]);
  });

  it('finds the greatest value and the ends of a series, skipping missing years', () => {
    expect(maxOf([[1, null, 3], [null, 29.6]])).toBe(29.6);
    expect(maxOf([[null]])).toBe(0);
    expect(ends([null, 29.6, 26.1, null])).toEqual({ first: { index: 1, value: 29.6 }, last: { index: 2, value: 26.1 } });
    expect(ends([null, null])).toBeNull();
  });

  it('breaks a line where a year has no value, and draws it as a path', () => {
    const runs = segments([1, 2, null, 4], [0, 10, 20, 30], (v) => v * 10);
    expect(runs).toEqual([
      [
        { x: 0, y: 10 },
        { x: 10, y: 20 },
      ],
      [{ x: 30, y: 40 }],
    ]);
    expect(segments([null, null], [0, 10], (v) => v)).toEqual([]);
    expect(pathThrough(runs[0]!)).toBe('M0 10L10 20');
    expect(pathThrough([{ x: 1.234, y: 5.678 }])).toBe('M1.2 5.7');
  });

  it('draws a distinct closed marker for each series', () => {
    const at = { x: 10, y: 10 };
    const shapes = (['circle', 'square', 'triangle', 'diamond'] as const).map((m) => markerPath(m, at));
    expect(new Set(shapes).size).toBe(4);
    for (const d of shapes) expect(d).toMatch(/^M.*Z$/);
    expect(markerPath('square', at, 2)).toBe('M8 8h4v4h-4Z');
  });
});
