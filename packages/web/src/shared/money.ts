import { currentLanguage, type Language } from '../app/i18n';

/**
 * Money and rates arrive as decimal strings ("12000.00", "11.15"). They are never turned into
 * binary floats: formatting works on the digits, and the few sums the pages show (interest +
 * indemnity, ECB rate + 8 points) are done in integer hundredths.
 */
export interface MoneyValue {
  amount: string;
  currency: string;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** French groups thousands with a narrow no-break space and puts a no-break space before "€" and "%". */
const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

interface Parts {
  negative: boolean;
  integer: string;
  fraction: string;
}

function parts(decimal: string, fractionDigits: number | null): Parts | null {
  const m = DECIMAL.exec(decimal.trim());
  if (!m) return null;
  const integer = m[2]!.replace(/^0+(?=\d)/, '');
  let fraction = m[3] ?? '';
  if (fractionDigits !== null) fraction = fraction.padEnd(fractionDigits, '0').slice(0, Math.max(fractionDigits, fraction.replace(/0+$/, '').length));
  const zero = /^0*$/.test(integer + fraction);
  return { negative: !!m[1] && !zero, integer, fraction };
}

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function number(p: Parts, language: Language): string {
  const integer = group(p.integer, language === 'fr' ? NARROW_NBSP : ',');
  return p.fraction ? `${integer}${language === 'fr' ? ',' : '.'}${p.fraction}` : integer;
}

/** "12000.00" EUR → "12 000,00 €" (French) or "€12,000.00" (English). An unreadable amount is shown as given. */
export function formatMoney(money: MoneyValue, language: Language = currentLanguage()): string {
  const p = parts(money.amount, 2);
  if (!p) return `${money.amount} ${money.currency}`;
  const sign = p.negative ? '-' : '';
  const digits = number(p, language);
  if (money.currency === 'EUR') return language === 'fr' ? `${sign}${digits}${NBSP}€` : `${sign}€${digits}`;
  return language === 'fr' ? `${sign}${digits}${NBSP}${money.currency}` : `${sign}${money.currency}${NBSP}${digits}`;
}

/** "1234.5" → "1 234,5" (French) or "1,234.5" (English); an unreadable number is shown as given. */
export function formatDecimal(decimal: string, language: Language = currentLanguage()): string {
  const p = parts(decimal, null);
  return p ? `${p.negative ? '-' : ''}${number(p, language)}` : decimal;
}

/** "11.15" → "11,15 %" (French) or "11.15%" (English); trailing zeros stay as given ("2.50" → "2,50 %"). */
export function formatPercent(decimal: string, language: Language = currentLanguage()): string {
  const text = formatDecimal(decimal, language);
  return language === 'fr' ? `${text}${NBSP}%` : `${text}%`;
}

/** A decimal string as integer hundredths (cents, or hundredths of a percent); null when unreadable. */
export function toHundredths(decimal: string): bigint | null {
  const m = DECIMAL.exec(decimal.trim());
  if (!m || (m[3] ?? '').length > 2) return null;
  const value = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** Integer hundredths back to a decimal string with two decimals: 11332n → "113.32". */
export function fromHundredths(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The sum of amounts of one currency (null when one is unreadable or the currencies differ). */
export function addMoney(...values: MoneyValue[]): MoneyValue | null {
  if (values.length === 0) return null;
  const currency = values[0]!.currency;
  let total = 0n;
  for (const v of values) {
    const h = toHundredths(v.amount);
    if (h === null || v.currency !== currency) return null;
    total += h;
  }
  return { amount: fromHundredths(total), currency };
}

/** Whether an amount is above zero. */
export function isPositive(money: MoneyValue | null | undefined): boolean {
  const h = money ? toHundredths(money.amount) : null;
  return h !== null && h > 0n;
}

/** ECB rate + points, in percent: ("3.15", 8) → "11.15". */
export function addPoints(percent: string, points: number): string | null {
  const h = toHundredths(percent);
  return h === null ? null : fromHundredths(h + BigInt(points) * 100n);
}

/**
 * What a person typed as an amount in euros or a percentage ("1 234,56", "113.32", "2,5") as the API's
 * decimal string with two decimals ("1234.56"); null when it is not a non-negative amount with at
 * most two decimals.
 */
export function parseDecimalInput(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|%)$/, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  return fromHundredths(toHundredths(compact)!);
}
