/**
 * The arithmetic of the SPASER yearly report (SPEC §4) once the database has counted: shares as
 * fractions rounded to 4 decimals, days to one decimal, a figure with no data is null.
 */
export const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export const days = (value: number | null): number | null => (value === null || Number.isNaN(value) ? null : Math.round(value * 10) / 10);

/** The year's bounds as calendar days, end excluded. */
export function yearBounds(year: number): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year out of range: ${year}`);
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}
