/**
 * Money is integer cents (bigint where products can grow) and decimal strings at the edges; never
 * binary floating point.
 */
export function centsToDecimal(cents: bigint | number): string {
  const c = BigInt(cents);
  const sign = c < 0n ? '-' : '';
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** num / den rounded to the nearest integer, halves away from zero (both positive here). */
export function divideRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new Error('positive denominator expected');
  if (num < 0n) return -divideRoundHalfUp(-num, den);
  return (2n * num + den) / (2n * den);
}

/**
 * Parses an amount in euros written the French way or the plain way: `1 234,56`, `1234.56`,
 * `1 234,5`, with spaces, no-break or narrow no-break spaces as thousands separators. More than two
 * decimals are refused (not rounded: an amount is exact or it is wrong). Returns cents, or null.
 */
export function parseEuroAmount(raw: string): bigint | null {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}
