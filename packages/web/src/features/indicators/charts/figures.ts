import { currentLanguage, type Language } from '../../../app/i18n';
import { formatDecimal, formatMoney, formatPercent } from '../../../shared/money';

/**
 * The indicators' figures in words. Shares arrive as fractions (0.786), delays in days with one
 * decimal, money as decimal strings in euros; all are rounded here, for display only. A whole
 * figure drops its ",0": "76 %", "78,6 %", "18,8", "16".
 */

/** A number with at most `decimals` decimals, without trailing zeros, as a decimal string ("18.8", "76"). */
export function trimmed(value: number, decimals = 1): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') || '0' : fixed;
}

/** 0.786 → "78,6 %", 0.76 → "76 %"; null when there is no data. */
export function formatShare(share: number | null | undefined, language: Language = currentLanguage()): string | null {
  return share == null ? null : formatPercent(trimmed(share * 100), language);
}

/** 18.8 → "18,8", 16 → "16" (days, one decimal at most). */
export function formatFigure(value: number | null | undefined, language: Language = currentLanguage()): string | null {
  return value == null ? null : formatDecimal(trimmed(value), language);
}

/** A count: 1250 → "1 250". */
export function formatCount(value: number, language: Language = currentLanguage()): string {
  return formatDecimal(String(Math.round(value)), language);
}

/** "569.92" → "569,92 €"; null when the amount is unknown. With `whole`, a round amount drops its cents ("73 €"). */
export function formatEuros(amount: string | null | undefined, language: Language = currentLanguage(), whole = false): string | null {
  if (amount == null) return null;
  const round = whole ? /^(-?\d+)(?:\.0+)?$/.exec(amount) : null;
  if (round) return language === 'fr' ? `${formatDecimal(round[1]!, language)}\u00a0€` : `€${formatDecimal(round[1]!, language)}`;
  return formatMoney({ amount, currency: 'EUR' }, language);
}
