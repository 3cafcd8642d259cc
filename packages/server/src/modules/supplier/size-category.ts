import { registerEnumType } from 'type-graphql';

/** Company size categories of French decree 2008-1354 (TPE / PME / ETI / GE). */
export enum SizeCategory {
  MICRO = 'MICRO',
  SMALL_MEDIUM = 'SMALL_MEDIUM',
  INTERMEDIATE = 'INTERMEDIATE',
  LARGE = 'LARGE',
}

export const SIZE_LABELS: Record<SizeCategory, string> = {
  MICRO: 'TPE',
  SMALL_MEDIUM: 'PME',
  INTERMEDIATE: 'ETI',
  LARGE: 'GE',
};

/** Accepts the code names and the French abbreviations, in any case. */
export function parseSizeCategory(raw: string): SizeCategory | null {
  const v = raw.trim().toUpperCase();
  if (v in SizeCategory) return v as SizeCategory;
  const byLabel = Object.entries(SIZE_LABELS).find(([, label]) => label === v);
  return byLabel ? (byLabel[0] as SizeCategory) : null;
}

/**
 * The category from a firm's figures (decree 2008-1354, art. 3): staff, turnover and balance sheet
 * total in euros. Micro: < 10 staff and (turnover or balance sheet ≤ 2 M€); SME: < 250 staff and
 * (turnover ≤ 50 M€ or balance sheet ≤ 43 M€); intermediate: < 5 000 staff and (turnover ≤ 1.5 bn€
 * or balance sheet ≤ 2 bn€); large otherwise.
 */
export function sizeCategoryFromFigures(staff: number, turnoverEuros: number, balanceSheetEuros: number): SizeCategory {
  if (staff < 10 && (turnoverEuros <= 2e6 || balanceSheetEuros <= 2e6)) return SizeCategory.MICRO;
  if (staff < 250 && (turnoverEuros <= 50e6 || balanceSheetEuros <= 43e6)) return SizeCategory.SMALL_MEDIUM;
  if (staff < 5000 && (turnoverEuros <= 1.5e9 || balanceSheetEuros <= 2e9)) return SizeCategory.INTERMEDIATE;
  return SizeCategory.LARGE;
}

registerEnumType(SizeCategory, {
  name: 'SizeCategory',
  description: 'Company size (decree 2008-1354): TPE, PME, ETI, GE.',
  valuesConfig: {
    MICRO: { description: 'TPE: micro-enterprise.' },
    SMALL_MEDIUM: { description: 'PME: small or medium enterprise.' },
    INTERMEDIATE: { description: 'ETI: intermediate-sized enterprise.' },
    LARGE: { description: 'GE: large enterprise.' },
  },
});
