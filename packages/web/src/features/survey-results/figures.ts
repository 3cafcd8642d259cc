import { currentLanguage, type Language } from '../../app/i18n';
import { formatDecimal, formatPercent } from '../../shared/money';

/**
 * The results' figures in words. Rates arrive as fractions (0.8), margins and differences in
 * points (3.2), the NPS as an integer score; all are rounded for display here, never before.
 */
const MINUS = '\u2212';

/** 0.8 → "80,0 %" (one decimal); null when the server withheld the figure. */
export function formatRate(rate: number | null | undefined, language: Language = currentLanguage()): string | null {
  return rate == null ? null : formatPercent((rate * 100).toFixed(1), language);
}

/** 3.2 → "3,2": points, one decimal. */
export function formatPoints(points: number, language: Language = currentLanguage()): string {
  return formatDecimal(Math.abs(points).toFixed(1), language);
}

/** A signed figure: "+12", "−5", "0" (NPS); with `decimals`, "+1,2" (a change in points). */
export function formatSigned(value: number, decimals = 0, language: Language = currentLanguage()): string {
  const rounded = Number(value.toFixed(decimals));
  const digits = formatDecimal(Math.abs(rounded).toFixed(decimals), language);
  return rounded > 0 ? `+${digits}` : rounded < 0 ? `${MINUS}${digits}` : digits;
}

/** The change between two rates, in points (0.80 vs 0.756 → 4.4); null when either is missing. */
export function pointsBetween(rate: number | null | undefined, previous: number | null | undefined): number | null {
  return rate == null || previous == null ? null : (rate - previous) * 100;
}

/** A count's share of a total, as a rate (0 when there is no total). */
export const shareOf = (count: number, total: number): number => (total > 0 ? count / total : 0);
