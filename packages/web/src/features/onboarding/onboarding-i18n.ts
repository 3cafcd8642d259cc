import { useTranslation } from 'react-i18next';
import type firstLoad from '../../i18n/fr.json';
import type texts from '../../i18n/onboarding.fr.json';
import '../../i18n/onboarding';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the onboarding texts (i18n/onboarding.fr.json) or of the first-load texts, plural forms under their base key. */
export type OnboardingKey = Leaves<typeof texts> | Leaves<typeof firstLoad>;
export type OnboardingT = (key: OnboardingKey, options?: Record<string, unknown>) => string;

/**
 * The onboarding pages' texts, checked against their own bundle: that bundle loads with these
 * pages, so it is not part of the app's first-load resource type.
 */
export function useOnboardingT(): OnboardingT {
  const { t } = useTranslation();
  return t as unknown as OnboardingT;
}
