/** A small seeded generator (mulberry32): the demo data is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/**
 * `n` positive integers around `mean` whose sum is exactly `n × mean` (rounded), none below `min`:
 * so that an average computed from the raw rows lands on the published figure.
 */
export function integersWithMean(random: Random, n: number, mean: number, spread: number, min: number): number[] {
  const values = Array.from({ length: n }, () => Math.max(min, Math.round(mean + (random.next() + random.next() + random.next() - 1.5) * 2 * spread)));
  let gap = Math.round(n * mean) - values.reduce((s, v) => s + v, 0);
  for (let i = 0; gap !== 0; i = (i + 1) % n) {
    if (gap > 0) {
      values[i]!++;
      gap--;
    } else if (values[i]! > min) {
      values[i]!--;
      gap++;
    }
  }
  return values;
}
