import { todayInParis } from '../../shared/format';

/** The first year the SPASER reports on (the seed's 29.6 days). */
export const FIRST_YEAR = 2018;

/** The year of a Paris calendar day ("2026-11-26" → 2026). */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** This year in Paris. */
export const thisYear = (now: Date = new Date()): number => yearOf(todayInParis(now));

/** Every year from `from` to `to`, in order. */
export function yearsBetween(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The year the URL asks for (`?annee=2021`) when it is one of `years`; otherwise the last full
 * year (the one before `current`), or the latest of `years` when that one is not offered.
 */
export function chosenYear(param: string | null, years: readonly number[], current: number): number | null {
  const asked = param && /^\d{4}$/.test(param.trim()) ? Number(param.trim()) : null;
  if (asked !== null && years.includes(asked)) return asked;
  if (years.includes(current - 1)) return current - 1;
  const past = years.filter((y) => y < current);
  return past.length ? past[past.length - 1]! : (years[years.length - 1] ?? null);
}
