/**
 * Survey statistics (pure), as SPEC §3 defines them: satisfaction rate with its number of answers
 * and 95 % margin (Wilson score interval with the finite-population correction), NPS, distributions,
 * and breakdowns where a cell of fewer than 5 responses is suppressed — complementarily, so that no
 * suppressed cell can be recovered by subtracting shown cells from the total.
 */
export const MIN_CELL = 5;
export const Z_95 = 1.959963984540054;

/** 1–5 scale answers; null is "no opinion" (excluded from the denominator). */
export type ScaleAnswer = number | null;

export interface Proportion {
  /** Answers counted (no opinion excluded). */
  n: number;
  /** Successes (satisfied: 4 or 5). */
  x: number;
  /** x / n, or null when n = 0. */
  rate: number | null;
  /** Half-width of the 95 % interval, in percentage points (one decimal), or null when n = 0. */
  marginPoints: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Wilson score interval for x successes out of n drawn from a population of `population` (the
 * audience): the correction (N − n)/(N − 1) shrinks the variance, through an effective sample size
 * n / f², to zero when everyone answered.
 */
export function wilson(x: number, n: number, population: number | null, z = Z_95): Pick<Proportion, 'lower' | 'upper' | 'marginPoints'> {
  if (n === 0) return { lower: null, upper: null, marginPoints: null };
  const N = population && population >= n ? population : null;
  if (N !== null && N === n) {
    const p = x / n;
    return { lower: p, upper: p, marginPoints: 0 };
  }
  const fpc = N !== null && N > 1 ? (N - n) / (N - 1) : 1;
  const nEff = n / fpc;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / nEff;
  const centre = (p + z2 / (2 * nEff)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / nEff + z2 / (4 * nEff * nEff));
  const lower = Math.max(0, centre - half);
  const upper = Math.min(1, centre + half);
  return { lower, upper, marginPoints: Math.round(((upper - lower) / 2) * 1000) / 10 };
}

export function satisfaction(answers: readonly ScaleAnswer[], population: number | null): Proportion {
  const counted = answers.filter((a): a is number => typeof a === 'number');
  const x = counted.filter((a) => a >= 4).length;
  const n = counted.length;
  return { n, x, rate: n ? x / n : null, ...wilson(x, n, population) };
}

/** Net Promoter Score: % promoters (9–10) − % detractors (0–6), rounded; null without answers. */
export function nps(answers: readonly (number | null)[]): { n: number; promoters: number; passives: number; detractors: number; score: number | null } {
  const counted = answers.filter((a): a is number => typeof a === 'number');
  const promoters = counted.filter((a) => a >= 9).length;
  const detractors = counted.filter((a) => a <= 6).length;
  const n = counted.length;
  return { n, promoters, passives: n - promoters - detractors, detractors, score: n ? Math.round(((promoters - detractors) / n) * 100) : null };
}

/** How often each value was chosen (multiple choice: each chosen value counts). */
export function distribution(values: readonly (string | number | boolean | null | readonly (string | number)[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) {
    for (const one of Array.isArray(v) ? v : [v]) {
      const key = one === null ? 'NA' : String(one);
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

export interface Cell<T> {
  group: string;
  n: number;
  /** Null when suppressed. */
  value: T | null;
  suppressed: boolean;
}

/**
 * Cells of a breakdown with primary suppression (n < 5) and complementary suppression: when only
 * one cell of a dimension is suppressed, the next smallest shown cell is suppressed too, so the
 * total minus the shown cells does not give it away. Suppressed cells show neither value nor count.
 */
export function suppress<T>(cells: readonly { group: string; n: number; value: T }[]): Cell<T>[] {
  const out = cells.map((c) => ({ ...c, suppressed: c.n < MIN_CELL }));
  const suppressedCount = () => out.filter((c) => c.suppressed).length;
  if (suppressedCount() === 1 && out.length > 1) {
    const next = out.filter((c) => !c.suppressed).sort((a, b) => a.n - b.n)[0];
    if (next) next.suppressed = true;
  }
  return out.map((c) => (c.suppressed ? { group: c.group, n: 0, value: null, suppressed: true } : { ...c }));
}
