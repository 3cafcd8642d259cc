/**
 * Calendar days (pure): 'YYYY-MM-DD' strings, compared and shifted as whole days. The Region's days
 * are those of Europe/Paris; an instant becomes a day only through `parisDay`.
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01. */
export function dayNumber(date: LocalDate): number {
  if (!isLocalDate(date)) throw new Error(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** b − a in days. */
export const daysBetween = (a: LocalDate, b: LocalDate): number => dayNumber(b) - dayNumber(a);

export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

/** The calendar day in Paris of an instant. */
export function parisDay(instant: Date): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return parts; // en-CA formats as YYYY-MM-DD
}

/** The first day (1 January or 1 July) of the half-year a date falls in. */
export function halfYearStart(date: LocalDate): LocalDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-${m <= 6 ? '01' : '07'}-01`;
}

export function halfYearLabel(start: LocalDate): string {
  return `${start.endsWith('-01-01') ? 'S1' : 'S2'} ${start.slice(0, 4)}`;
}
