import { describe, expect, it } from 'vitest';
import { days, share, yearBounds } from './report-rules.js';

describe('report arithmetic', () => {
  it('gives shares as fractions, null without a denominator', () => {
    expect(share(285, 375)).toBe(0.76);
    expect(share(224, 285)).toBe(0.786);
    expect(share(1, 3)).toBe(0.3333);
    expect(share(0, 0)).toBeNull();
  });

  it('rounds days to one decimal, null when nothing was paid', () => {
    expect(days(18.8000000001)).toBe(18.8);
    expect(days(29.55)).toBe(29.6);
    expect(days(null)).toBeNull();
  });

  it('bounds a year, refusing nonsense', () => {
    expect(yearBounds(2021)).toEqual({ from: '2021-01-01', to: '2022-01-01' });
    expect(() => yearBounds(21)).toThrow(RangeError);
  });
});
