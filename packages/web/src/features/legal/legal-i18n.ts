import { useTranslation } from 'react-i18next';
import type texts from '../../i18n/legal.fr.json';
import '../../i18n/legal';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends string[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type Lists<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : T[K] extends string[] ? `${P}${K}` : Lists<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A text of the legal bundle (i18n/legal.fr.json), and a list of texts in it. */
export type LegalKey = Leaves<typeof texts>;
export type LegalListKey = Lists<typeof texts>;

export interface LegalT {
  (key: LegalKey, options?: Record<string, unknown>): string;
  list(key: LegalListKey): string[];
}

/** The feedback address of the accessibility statement. */
export const ACCESSIBILITY_CONTACT = 'accessibilite@centrevaldeloire.example';

/**
 * The legal pages' texts, checked against their own bundle: it loads with these pages (and with the
 * personal-data notice), so it is not part of the app's first-load resource type.
 */
export function useLegalT(): LegalT {
  const { t } = useTranslation();
  const text = ((key: string, options?: Record<string, unknown>) => (t as unknown as (k: string, o?: object) => string)(key, options)) as LegalT;
  text.list = (key) => {
    const value = (t as unknown as (k: string, o: object) => unknown)(key, { returnObjects: true });
    return Array.isArray(value) ? (value as string[]) : [];
  };
  return text;
}
