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

// The payment rules turn the same few thousand days back and forth on every invoice list: each
// conversion is kept (bounded; a day is a few dozen bytes).
const MEMO_LIMIT = 50_000;
const dayNumbers = new Map<string, number>();
const daysByNumber = new Map<number, LocalDate>();

/** Days since 1970-01-01. */
export function dayNumber(date: LocalDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  if (!isLocalDate(date)) throw new Error(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = Date.UTC(y, m - 1, d) / DAY_MS;
  if (dayNumbers.size < MEMO_LIMIT) dayNumbers.set(date, n);
  return n;
}

export function fromDayNumber(n: number): LocalDate {
  const known = daysByNumber.get(n);
  if (known !== undefined) return known;
  const day = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (daysByNumber.size < MEMO_LIMIT) daysByNumber.set(n, day);
  return day;
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** b − a in days. */
export const daysBetween = (a: LocalDate, b: LocalDate): number => dayNumber(b) - dayNumber(a);

export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

// Building an Intl formatter costs far more than using one: built once.
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** The calendar day in Paris of an instant. */
export function parisDay(instant: Date): LocalDate {
  return PARIS_DAY.format(instant); // en-CA formats as YYYY-MM-DD
}

/** Paris's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instant: number): number {
  const p = Object.fromEntries(PARIS_PARTS.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day begins in Paris (midnight local time). */
export function parisStartOf(day: LocalDate): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return new Date(utcMidnight - parisOffsetMs(utcMidnight - parisOffsetMs(utcMidnight)));
}

/** The first day (1 January or 1 July) of the half-year a date falls in. */
export function halfYearStart(date: LocalDate): LocalDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-${m <= 6 ? '01' : '07'}-01`;
}

export function halfYearLabel(start: LocalDate): string {
  return `${start.endsWith('-01-01') ? 'S1' : 'S2'} ${start.slice(0, 4)}`;
}

/** The same day `months` months later, or the month's last day when it has no such day (31 Jan + 1 → 28 or 29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!isLocalDate(date) || !Number.isInteger(months)) throw new Error(`cannot add ${months} months to ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}
