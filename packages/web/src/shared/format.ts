import { currentLanguage } from '../app/i18n';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const TIME_ZONE = 'Europe/Paris';

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(LOCALES[currentLanguage()], { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(LOCALES[currentLanguage()], { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
}
