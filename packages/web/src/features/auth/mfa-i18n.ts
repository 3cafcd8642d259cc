import { useTranslation } from 'react-i18next';
import type firstLoad from '../../i18n/fr.json';
import type texts from '../../i18n/mfa.fr.json';
import '../../i18n/mfa';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the second-factor texts (i18n/mfa.fr.json) or of the first-load texts. */
export type MfaKey = Leaves<typeof texts> | Leaves<typeof firstLoad>;
export type MfaT = (key: MfaKey, options?: Record<string, unknown>) => string;

/** The second-factor pages' texts, checked against their own bundle (it loads with these pages only). */
export function useMfaT(): MfaT {
  const { t } = useTranslation();
  return t as unknown as MfaT;
}
