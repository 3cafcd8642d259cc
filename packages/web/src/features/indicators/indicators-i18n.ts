import { useTranslation } from 'react-i18next';
import type texts from '../../i18n/indicators.fr.json';
import '../../i18n/indicators';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the indicator, explorer and API token texts (i18n/indicators.fr.json), plural forms under their base key. */
export type IndicatorsKey = Leaves<typeof texts>;
export type IndicatorsT = (key: IndicatorsKey, options?: Record<string, unknown>) => string;

/**
 * The texts of the indicator pages, the explorer and the API tokens, checked against their own
 * bundle: it loads with these pages, so it is not part of the app's first-load resource type.
 */
export function useIndicatorsT(): IndicatorsT {
  const { t } = useTranslation();
  return t as unknown as IndicatorsT;
}
