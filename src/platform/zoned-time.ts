// Local wall-clock times in a time zone and the instants they fall on: pure, no I/O. The server
// works in instants (UTC); people write dates and times of day in their own zone.
import { toDayNumber } from '../../shared/calendar.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading (as if it were UTC) of `instant` in `timeZone`, in milliseconds. */
export function wallClock(instant: number, timeZone: string): number {
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
 * The instant a local date and time of day (minutes after midnight) fall on in `timeZone`. The
 * zone's offset is read at a first guess and again at the answer, which settles it across a
 * daylight-saving change; a time the clocks skip lands just after the change.
 */
export function instantAt(date: string, minuteOfDay: number, timeZone: string): Date {
  const wall = toDayNumber(date) * 86_400_000 + minuteOfDay * 60_000;
  let instant = wall - (wallClock(wall, timeZone) - wall);
  instant = wall - (wallClock(instant, timeZone) - instant);
  return new Date(instant);
}
