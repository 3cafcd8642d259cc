import { useTranslation } from 'react-i18next';
import type texts from '../../i18n/mediation.fr.json';
import '../../i18n/mediation';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the mediation texts (i18n/mediation.fr.json), plural forms under their base key. */
export type MediationKey = Leaves<typeof texts>;
export type MediationT = (key: MediationKey, options?: Record<string, unknown>) => string;

/** The mediation pages' texts, checked against their own bundle (it loads with these pages). */
export function useMediationT(): MediationT {
  const { t } = useTranslation();
  return t as unknown as MediationT;
}
