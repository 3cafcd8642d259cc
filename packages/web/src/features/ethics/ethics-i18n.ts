import { useTranslation } from 'react-i18next';
import type texts from '../../i18n/ethics.fr.json';
import '../../i18n/ethics';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the ethics texts (i18n/ethics.fr.json), plural forms under their base key. */
export type EthicsKey = Leaves<typeof texts>;
export type EthicsT = (key: EthicsKey, options?: Record<string, unknown>) => string;

/**
 * The ethics pages' texts, checked against their own bundle: that bundle loads with these pages,
 * so it is not part of the app's first-load resource type.
 */
export function useEthicsT(): EthicsT {
  const { t } = useTranslation();
  return t as unknown as EthicsT;
}
