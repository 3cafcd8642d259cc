import { describe, expect, it } from 'vitest';
import { formatLocalDate, isLocalDate, todayInParis } from './format';

describe('calendar days', () => {
  it.each([
    ['2025-03-03', '3 mars 2025', '3 March 2025'],
    ['2025-06-06', '6 juin 2025', '6 June 2025'],
    ['2025-01-01', '1er janvier 2025', '1 January 2025'],
    ['2024-02-29', '29 février 2024', '29 February 2024'],
    ['2025-12-31', '31 décembre 2025', '31 December 2025'],
  ])('%s → %s / %s', (day, french, english) => {
    expect(formatLocalDate(day, 'fr')).toBe(french);
    expect(formatLocalDate(day, 'en')).toBe(english);
  });

  it('never moves a day through a time zone, and leaves anything else as it is', () => {
    // new Date('2025-01-01') is midnight UTC: 31 December in America. The string is read as it is.
    expect(formatLocalDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(formatLocalDate('2025-13-01', 'fr')).toBe('2025-13-01');
    expect(formatLocalDate('hier', 'fr')).toBe('hier');
  });

  it("gives today's date in Paris", () => {
    expect(todayInParis(new Date('2025-03-02T23:30:00Z'))).toBe('2025-03-03');
    expect(todayInParis(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
  });

  it('tells real days apart', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-04-31')).toBe(false);
    expect(isLocalDate('2025-4-01')).toBe(false);
  });
});
