// The buckets a report's charts draw: days, ISO weeks or calendar months of the period, and the
// dated rows read from the database added up into them.
import { addDays, compareDates, daysBetween, periodEnd, periodStart } from '../../../shared/calendar.ts';
import type { ReportSeries } from '../../../shared/reports/report.schema.ts';
import { type DateSpan, periodOf } from './period.ts';

export type Bucket = ReportSeries['bucket'];
export type ReportKind = 'week' | 'month' | 'quarter' | 'year' | 'range';

/** Longest range charted by day, and by week; anything longer is charted by month. */
const DAYS_BY_DAY = 31;
const DAYS_BY_WEEK = 92;

/** Days for a week, weeks for a month or quarter, months for a year; a range by its length. */
export function bucketOf(kind: ReportKind, span: DateSpan): Bucket {
  if (kind === 'week') return 'day';
  if (kind === 'month' || kind === 'quarter') return 'week';
  if (kind === 'year') return 'month';
  const days = daysBetween(span.from, span.to) + 1;
  return days <= DAYS_BY_DAY ? 'day' : days <= DAYS_BY_WEEK ? 'week' : 'month';
}

/**
 * The buckets covering `span`, in order. The first and last are cut at the span's edges (a month's
 * first ISO week may begin in the month before), so the buckets add up to the period's figures.
 */
export function bucketsOf(span: DateSpan, bucket: Bucket): DateSpan[] {
  const out: DateSpan[] = [];
  for (let from = span.from; from <= span.to; ) {
    const whole =
      bucket === 'day'
        ? { from, to: from }
        : bucket === 'week'
          ? periodOf('week', from)
          : { from: periodStart(from, 'month'), to: periodEnd(from, 'month') };
    // The earlier of the whole bucket's last day and the span's.
    const to = compareDates(whole.to, span.to) < 0 ? whole.to : span.to;
    out.push({ from, to });
    from = addDays(to, 1);
  }
  return out;
}

/** A row read grouped by date: its date and the figures counted on it. */
export type Dated<K extends string> = { date: string } & Record<K, number>;

/** The figures `keys` of `rows` added up within `span`. */
export function totalIn<K extends string>(
  rows: readonly Dated<K>[],
  span: DateSpan,
  keys: readonly K[],
): Record<K, number> {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) {
    if (row.date < span.from || row.date > span.to) continue;
    for (const k of keys) total[k] += row[k];
  }
  return total;
}

/**
 * The figures `keys` of `rows` added up per bucket (buckets in order, without gaps): one pass,
 * each row placed by a binary search on the buckets' first days. Rows outside them are left out.
 */
export function totalsPer<K extends string>(
  rows: readonly Dated<K>[],
  buckets: readonly DateSpan[],
  keys: readonly K[],
): Record<K, number>[] {
  const totals = buckets.map(() => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>);
  const last = buckets.at(-1);
  for (const row of rows) {
    if (!last || row.date < buckets[0]!.from || row.date > last.to) continue;
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (buckets[mid]!.from <= row.date) lo = mid;
      else hi = mid - 1;
    }
    for (const k of keys) totals[lo]![k] += row[k];
  }
  return totals;
}
