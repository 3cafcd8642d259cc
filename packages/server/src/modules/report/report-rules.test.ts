import { describe, expect, it } from 'vitest';
import { days, histogramStats, share, yearBounds } from './report-rules.js';

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

describe('histogramStats', () => {
  it('gives the count, the mean and the median of whole numbers counted per value', () => {
    // 3, 5, 5, 9 (even: the two middle values' mean) and 3, 5, 5, 9, 40 (odd: the middle one)
    expect(histogramStats([{ value: 9, n: 1 }, { value: 3, n: 1 }, { value: 5, n: 2 }])).toEqual({ total: 4, mean: 5.5, median: 5 });
    expect(histogramStats([{ value: 40, n: 1 }, { value: 9, n: 1 }, { value: 3, n: 1 }, { value: 5, n: 2 }])).toEqual({ total: 5, mean: 12.4, median: 5 });
    expect(histogramStats([{ value: 10, n: 2 }, { value: 20, n: 2 }]).median).toBe(15);
    expect(histogramStats([{ value: -2, n: 3 }, { value: 0, n: 0 }])).toEqual({ total: 3, mean: -2, median: -2 });
  });

  it('is empty without data', () => {
    expect(histogramStats([])).toEqual({ total: 0, mean: null, median: null });
  });
});
