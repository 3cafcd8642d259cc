import { useTranslation } from 'react-i18next';
import type texts from '../../i18n/ethics-office.fr.json';
import '../../i18n/ethics-office';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the back-office ethics texts (i18n/ethics-office.fr.json), plural forms under their base key. */
export type OfficeKey = Leaves<typeof texts>;
export type OfficeT = (key: OfficeKey, options?: Record<string, unknown>) => string;

/**
 * The back-office ethics pages' texts, checked against their own bundle: it loads with these pages,
 * so it is not part of the app's first-load resource type.
 */
export function useOfficeT(): OfficeT {
  const { t } = useTranslation();
  return t as unknown as OfficeT;
}
