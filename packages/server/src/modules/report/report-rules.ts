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

/**
 * Mean and median of whole numbers given as a histogram (value → how many): the database counts
 * per value, which needs no sort of the rows, and the middle is found here. An even count's median
 * is the mean of the two middle values. Null without data.
 */
export function histogramStats(counts: readonly { value: number; n: number }[]): { total: number; mean: number | null; median: number | null } {
  const sorted = counts.filter((c) => c.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((t, c) => t + c.n, 0);
  if (!total) return { total: 0, mean: null, median: null };
  const mean = sorted.reduce((t, c) => t + c.value * c.n, 0) / total;
  const nth = (k: number) => {
    let seen = 0;
    for (const c of sorted) if ((seen += c.n) >= k) return c.value;
    return sorted.at(-1)!.value;
  };
  return { total, mean, median: (nth(Math.floor((total + 1) / 2)) + nth(Math.floor((total + 2) / 2))) / 2 };
}
