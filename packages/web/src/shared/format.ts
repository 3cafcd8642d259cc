import { currentLanguage, type Language } from '../app/i18n';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const TIME_ZONE = 'Europe/Paris';

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(LOCALES[currentLanguage()], { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(LOCALES[currentLanguage()], { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
}

/** A time of day in Paris: "14 h 32" in French, "14:32" in English. */
export function formatTime(date: Date, language: Language = currentLanguage()): string {
  const [hours, minutes] = date.toLocaleTimeString('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).split(':');
  return language === 'fr' ? `${Number(hours)} h ${minutes}` : `${hours}:${minutes}`;
}

const MONTHS: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day ("2025-03-03", no time, no zone) as words: "3 mars 2025", "1er avril 2025" in
 * French, "3 March 2025" in English. Read from the string itself, never through Date, so that no
 * time zone can move it to the day before.
 */
export function formatLocalDate(day: string, language: Language = currentLanguage()): string {
  const m = LOCAL_DATE.exec(day);
  const month = m ? MONTHS[language][Number(m[2]) - 1] : undefined;
  if (!m || !month) return day;
  const date = Number(m[3]);
  const dayText = language === 'fr' && date === 1 ? '1er' : String(date);
  return `${dayText} ${month} ${m[1]}`;
}

/** Today in Paris, as a calendar day ("2025-03-03"). */
export function todayInParis(now: Date = new Date()): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}

/** Whether a string is a real calendar day "YYYY-MM-DD". */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1]!;
}
