/**
 * The geometry of the charts, as pure functions: which numbers the axis shows, where a value sits,
 * the lines between the points a series has (a year without data leaves a gap, never a zero).
 */

export interface Point {
  x: number;
  y: number;
}

/** The drawing area inside the SVG's viewBox: the room left for the axes' labels is outside it. */
export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Maps [d0, d1] onto [r0, r1] (an empty domain maps everything to r0). */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The values the vertical axis marks, from 0 to a round number at or above `max` (about `count`
 * intervals): 29.6 → 0, 5, … 30. Nothing to show still gives an axis from 0 to 1.
 */
export function niceTicks(max: number, count = 5): number[] {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const step = niceStep(top / count);
  const last = Math.ceil(top / step - 1e-9);
  return Array.from({ length: last + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Where each of `count` categories sits on the horizontal axis: spread evenly, one alone in the middle. */
export function spread(count: number, left: number, right: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [(left + right) / 2];
  const step = (right - left) / (count - 1);
  return Array.from({ length: count }, (_, i) => left + i * step);
}

/** The greatest value of the series (0 when none has a value). */
export function maxOf(series: readonly (readonly (number | null)[])[]): number {
  let max = 0;
  for (const values of series) for (const v of values) if (v !== null && v > max) max = v;
  return max;
}

/** The runs of consecutive values as points: a missing value ends a run. */
export function segments(values: readonly (number | null)[], xs: readonly number[], y: (value: number) => number): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  values.forEach((value, i) => {
    if (value === null || xs[i] === undefined) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ x: xs[i], y: y(value) });
  });
  if (run.length) runs.push(run);
  return runs;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through the points ("M10 20L30 40"). */
export function pathThrough(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join('');
}

/** The marker drawn at each point of a series, so that series differ by shape as well as by colour. */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond'];

/** A marker centred on a point, as an SVG path (the circle too, so that one element draws them all). */
export function markerPath(marker: Marker, { x, y }: Point, size = 4): string {
  const s = size;
  switch (marker) {
    case 'circle':
      return `M${round(x - s)} ${round(y)}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0Z`;
    case 'square':
      return `M${round(x - s)} ${round(y - s)}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'triangle':
      return `M${round(x)} ${round(y - s * 1.2)}L${round(x + s * 1.2)} ${round(y + s)}L${round(x - s * 1.2)} ${round(y + s)}Z`;
    case 'diamond':
      return `M${round(x)} ${round(y - s * 1.3)}L${round(x + s * 1.3)} ${round(y)}L${round(x)} ${round(y + s * 1.3)}L${round(x - s * 1.3)} ${round(y)}Z`;
  }
}

/** The first and the last value a series has, with their positions (null when it has none). */
export function ends(values: readonly (number | null)[]): { first: { index: number; value: number }; last: { index: number; value: number } } | null {
  const first = values.findIndex((v) => v !== null);
  if (first < 0) return null;
  let last = values.length - 1;
  while (values[last] === null) last--;
  return { first: { index: first, value: values[first]! }, last: { index: last, value: values[last]! } };
}
