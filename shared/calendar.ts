// Calendar dates as `YYYY-MM-DD` strings. All arithmetic runs on UTC day numbers, so a date never
// shifts with the server's local time zone or a daylight-saving change.

/** Calendar periods a goal can be broken down into. */
export type CalendarPeriod = 'half' | 'quarter' | 'month';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Progress reads the same few hundred dates over and over (tens of thousands of check-ins): each is
// parsed once. Cleared when it grows past what any one answer needs, so it stays small.
const dayNumbers = new Map<string, number>();
const DAY_NUMBERS_KEPT = 20_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date; throws a RangeError otherwise. */
export function toDayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const day = parseDayNumber(date);
  if (dayNumbers.size >= DAY_NUMBERS_KEPT) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

function parseDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
    utc.setUTCFullYear(year, month - 1, day);
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) {
      return Math.round(utc.getTime() / DAY_MS);
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** The `YYYY-MM-DD` date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): string {
  const utc = new Date(dayNumber * DAY_MS);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** True for a real calendar date written as `YYYY-MM-DD` (so 2027-02-29 is false). */
export function isValidDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b − a` in days: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** −1, 0 or 1 as `a` is before, equal to or after `b`; usable as a sort comparator. */
export function compareDates(a: string, b: string): number {
  return Math.sign(daysBetween(b, a));
}

/** True when `timeZone` is an IANA zone (or alias) this runtime knows, e.g. `Europe/Paris`. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Building a formatter costs far more than using one: one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date it is in `timeZone` at the instant `now`, years before 1000 padded to four digits. */
export function todayIn(timeZone: string, now: Date): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const MONTHS_PER_PERIOD: Record<CalendarPeriod, number> = { half: 6, quarter: 3, month: 1 };

/** Year and 0-based month of a valid date. */
function yearMonth(date: string): { year: number; month: number } {
  toDayNumber(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) - 1 };
}

/** Date of the first day of a (possibly overflowing) 0-based month. */
function firstOfMonth(year: number, month: number): string {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month, 1);
  return fromDayNumber(Math.round(utc.getTime() / DAY_MS));
}

/** 1-based index of the period containing `date` within its year: H1/H2, Q1–Q4 or months 1–12. */
export function periodIndex(date: string, period: CalendarPeriod): number {
  return Math.floor(yearMonth(date).month / MONTHS_PER_PERIOD[period]) + 1;
}

/** First day of the half-year, quarter or month containing `date`. */
export function periodStart(date: string, period: CalendarPeriod): string {
  const { year } = yearMonth(date);
  return firstOfMonth(year, (periodIndex(date, period) - 1) * MONTHS_PER_PERIOD[period]);
}

/** Last day of the half-year, quarter or month containing `date`. */
export function periodEnd(date: string, period: CalendarPeriod): string {
  const { year } = yearMonth(date);
  return addDays(firstOfMonth(year, periodIndex(date, period) * MONTHS_PER_PERIOD[period]), -1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as the API's messages write it for people: "Dec 31, 2026". (The web writes dates in the
 * browser's own locale; machine fields stay `YYYY-MM-DD`.)
 */
export function formatDate(date: string): string {
  const match = DATE_PATTERN.exec(date);
  if (!match) return date;
  return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${Number(match[1])}`;
}
