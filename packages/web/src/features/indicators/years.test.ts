import { describe, expect, it } from 'vitest';
import { chosenYear, thisYear, yearOf, yearsBetween } from './years';

describe('indicator years', () => {
  const years = yearsBetween(2018, 2026);

  it('lists the years of a range', () => {
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(yearsBetween(2021, 2021)).toEqual([2021]);
    expect(yearsBetween(2022, 2021)).toEqual([]);
  });

  it('reads the year in Paris', () => {
    expect(yearOf('2021-12-31')).toBe(2021);
    // 31 December 23:30 UTC is already New Year's Day in Paris.
    expect(thisYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
  });

  it("takes the URL's year when offered, else the last full year", () => {
    expect(chosenYear('2021', years, 2026)).toBe(2021);
    expect(chosenYear(' 2026 ', years, 2026)).toBe(2026);
    expect(chosenYear(null, years, 2026)).toBe(2025);
    expect(chosenYear('2017', years, 2026)).toBe(2025);
    expect(chosenYear('deux mille', years, 2026)).toBe(2025);
    expect(chosenYear('20211', years, 2026)).toBe(2025);
  });

  it('falls back to the latest past year offered, or the only one', () => {
    expect(chosenYear(null, [2018, 2020, 2021, 2026], 2026)).toBe(2021);
    expect(chosenYear(null, [2026], 2026)).toBe(2026);
    expect(chosenYear(null, [], 2026)).toBeNull();
  });
});
