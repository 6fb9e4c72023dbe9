// Which week's digest is due at an instant, in a person's time zone: pure, no I/O.
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/calendar.ts';
import { instantAt, wallClock } from '../../platform/zoned-time.ts';

/** The local time on Monday when a week's digest goes out. */
export const DIGEST_HOUR = 8;

/** The Monday on or before a date. 1970-01-01, day 0, was a Thursday: Monday is 3 days before. */
function mondayOf(date: string): string {
  const day = toDayNumber(date);
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return fromDayNumber(day - sinceMonday);
}

/** When the digest of the week starting on `monday` goes out: Monday 08:00 in `timeZone`. */
export function digestInstant(monday: string, timeZone: string): Date {
  return instantAt(monday, DIGEST_HOUR * 60, timeZone);
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
