import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'spaser.language';

/** Texts loaded later with the pages that use them (see i18n/payments.ts, i18n/surveys.ts). */
type PaymentTexts = typeof import('../i18n/payments.fr.json');
type SurveyTexts = typeof import('../i18n/surveys.fr.json');
type ContractTexts = typeof import('../i18n/contracts.fr.json');

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr & PaymentTexts & SurveyTexts & ContractTexts };
  }
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The language chosen on this device, if any (a private window or blocked storage has none). */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'fr';
}

/** Switches the pages' language; `remember` keeps the choice on this device. */
export async function setLanguage(language: Language, remember: boolean): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage refused: the choice lasts for this page only.
    }
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage() ?? 'fr',
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

export { i18next };
