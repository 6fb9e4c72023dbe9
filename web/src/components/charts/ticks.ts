// Axis ticks for charts: round values, and calendar dates that fall on month (or week) starts.
import { addDays, daysBetween } from '../../../../src/goals/domain/index.ts';

/** About `count` round values (1, 2 or 5 × 10ⁿ apart) covering `lo`…`hi`, and the widened range. */
export function niceTicks(lo: number, hi: number, count = 5): { ticks: number[]; lo: number; hi: number } {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return niceTicks(lo - pad, hi + pad, count);
  }
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Counting steps (not adding floats) keeps 0.1 + 0.2 noise out of the labels.
  for (let i = 0; first + i * step <= last + step / 1e9; i++)
    ticks.push(Number((first + i * step).toFixed(10)));
  return { ticks, lo: first, hi: last };
}

export interface DateTick {
  date: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Dates between `from` and `to` (inclusive) to label the time axis with, at most `max` of them:
 * first days of months (every 1, 2, 3, 6 or 12), or weekly ticks when the range is short.
 * A tick names the year on January and on the first tick, so the reader always knows it.
 */
export function dateTicks(from: string, to: string, max: number): DateTick[] {
  const span = daysBetween(from, to);
  if (span < 62) {
    const step = [1, 2, 7, 14, 28].find((s) => span / s < max) ?? 28;
    const ticks: DateTick[] = [];
    for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, step)) {
      ticks.push({ date: d, label: `${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]}` });
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
  return picked.map((date, i) => {
    const name = MONTHS[Number(date.slice(5, 7)) - 1]!;
    return { date, label: i === 0 || name === 'Jan' ? `${name} ${date.slice(0, 4)}` : name };
  });
}
