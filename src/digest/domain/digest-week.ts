// Which week's digest is due at an instant, in a person's time zone: pure, no I/O.
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/calendar.ts';

/** The local time on Monday when a week's digest goes out. */
export const DIGEST_HOUR = 8;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading (as if it were UTC) of `instant` in `timeZone`, in milliseconds. */
function wallClock(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
  wall.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0);
  return wall.getTime() + (instant % 1000);
}

/**
 * The instant a local date and hour fall on in `timeZone`. The zone's offset is read at a first
 * guess and again at the answer, which settles it across a daylight-saving change.
 */
function instantOf(date: string, hour: number, timeZone: string): Date {
  const wall = toDayNumber(date) * 86_400_000 + hour * 3_600_000;
  let instant = wall - (wallClock(wall, timeZone) - wall);
  instant = wall - (wallClock(instant, timeZone) - instant);
  return new Date(instant);
}

/** The Monday on or before a date. 1970-01-01, day 0, was a Thursday: Monday is 3 days before. */
function mondayOf(date: string): string {
  const day = toDayNumber(date);
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return fromDayNumber(day - sinceMonday);
}

/** When the digest of the week starting on `monday` goes out: Monday 08:00 in `timeZone`. */
export function digestInstant(monday: string, timeZone: string): Date {
  return instantOf(monday, DIGEST_HOUR, timeZone);
}

/**
 * The week (its Monday, `YYYY-MM-DD` in the person's calendar) whose digest is the latest due at
 * `instant`: that of the latest Monday 08:00 local at or before it.
 */
export function digestWeekAt(instant: Date, timeZone: string): string {
  const wall = wallClock(instant.getTime(), timeZone);
  const monday = mondayOf(fromDayNumber(Math.floor(wall / 86_400_000)));
  return instant.getTime() >= digestInstant(monday, timeZone).getTime() ? monday : addDays(monday, -7);
}
