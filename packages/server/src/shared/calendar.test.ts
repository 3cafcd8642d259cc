import { describe, expect, it } from 'vitest';
import { parisDay, parisStartOf } from './calendar.js';

describe('Paris calendar days', () => {
  it.each([
    ['2021-01-01', '2020-12-31T23:00:00.000Z'],
    ['2021-07-01', '2021-06-30T22:00:00.000Z'],
    // The spring change (28 March 2021, 2 h → 3 h) and the autumn one (31 October 2021).
    ['2021-03-28', '2021-03-27T23:00:00.000Z'],
    ['2021-03-29', '2021-03-28T22:00:00.000Z'],
    ['2021-10-31', '2021-10-30T22:00:00.000Z'],
    ['2021-11-01', '2021-10-31T23:00:00.000Z'],
  ])('%s begins at %s', (day, instant) => {
    const start = parisStartOf(day);
    expect(start.toISOString()).toBe(instant);
    expect(parisDay(start)).toBe(day);
    expect(parisDay(new Date(start.getTime() - 1))).not.toBe(day);
  });
});
