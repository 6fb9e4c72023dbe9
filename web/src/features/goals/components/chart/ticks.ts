// Axis ticks for charts: round values, and calendar dates that fall on month (or week) starts.
import { addDays, daysBetween } from '@shared/calendar.ts';

/**
 * About `count` round values (1, 2 or 5 × 10ⁿ apart) covering `lo`…`hi`, and the widened range.
 * With `whole`, for things counted one by one (books, talks), the step is a whole number, so no
 * tick reads "2.5 books".
 */
export function niceTicks(
  lo: number,
  hi: number,
  count = 5,
  whole = false,
): { ticks: number[]; lo: number; hi: number } {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return niceTicks(lo - pad, hi + pad, count, whole);
  }
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10]
    .map((m) => Number((m * power).toPrecision(12)))
    .filter((s) => !whole || (s >= 1 && Number.isInteger(s)));
  const step = steps.find((s) => s >= raw) ?? (whole ? Math.max(1, 10 * power) : 10 * power);
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Counting steps (not adding floats) keeps 0.1 + 0.2 noise out of the labels.
  for (let i = 0; first + i * step <= last + step / 1e9; i++)
    ticks.push(Number((first + i * step).toFixed(10)));
  return { ticks, lo: first, hi: last };
}

/** True when every number is whole: the baseline, the target and the values of a counted unit. */
export function allWhole(numbers: readonly number[]): boolean {
  return numbers.every((n) => Number.isInteger(n));
}

export interface DateTick {
  date: string;
  label: string;
}

/** Short date labels in `locale` (the browser's when undefined): "15 Feb" or "Feb 15", "Jan 2026", "Mar". */
function labeller(locale: string | undefined) {
  const format = (options: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    // The date has no time zone of its own: read it in UTC so it never shifts a day.
    return (date: string) => formatter.format(new Date(`${date}T00:00:00Z`));
  };
  return {
    day: format({ day: 'numeric', month: 'short' }),
    month: format({ month: 'short' }),
    monthYear: format({ month: 'short', year: 'numeric' }),
  };
}

/**
 * Dates between `from` and `to` (inclusive) to label the time axis with, at most `max` of them:
 * first days of months (every 1, 2, 3, 6 or 12), or weekly ticks when the range is short.
 * A tick names the year on January and on the first tick, so the reader always knows it. Labels
 * are in `locale`, the browser's own unless given.
 */
export function dateTicks(from: string, to: string, max: number, locale?: string): DateTick[] {
  const label = labeller(locale);
  const span = daysBetween(from, to);
  if (span < 62) {
    const step = [1, 2, 7, 14, 28].find((s) => span / s < max) ?? 28;
    const ticks: DateTick[] = [];
    for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, step)) {
      ticks.push({ date: d, label: label.day(d) });
    }
    return ticks;
  }
  const firsts: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  if (from.slice(8) !== '01') [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  for (;;) {
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (date > to) break;
    firsts.push(date);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(firsts.length / s) <= max) ?? 12;
  // Keep ticks on calendar-aligned months (Jan, Apr, Jul, Oct for quarters), not "every third from here".
  const picked = firsts.filter((d) => (Number(d.slice(5, 7)) - 1) % step === 0);
  return picked.map((date, i) => ({
    date,
    label: i === 0 || date.slice(5, 7) === '01' ? label.monthYear(date) : label.month(date),
  }));
}
