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

/**
 * An amount in euros as open data writes it (a JSON number such as 4.35 or 1.5e3, or a decimal
 * string with a dot or a comma), rounded to the nearest cent, halves away from zero — computed on
 * the decimal digits, never in binary floating point (4.35 € is 435 cents, 0.125 € is 13).
 * A JSON number is read through its shortest decimal form, which is the text the file carried.
 * Returns cents, or null when the value is not an amount.
 */
export function roundedEuroCents(raw: number | string): bigint | null {
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    text = String(raw);
  } else {
    text = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
    if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  }
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d{1,3}))?$/i.exec(text);
  if (!m || !(m[2] || m[3])) return null;
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2] ?? ''}${fraction}` || '0');
  // value = digits × 10^(exponent − fraction length); cents = value × 100.
  const shift = 2 + Number(m[4] ?? 0) - fraction.length;
  if (shift > 30) return null;
  const cents = shift >= 0 ? digits * 10n ** BigInt(shift) : divideRoundHalfUp(digits, 10n ** BigInt(-shift));
  return m[1] === '-' ? -cents : cents;
}
