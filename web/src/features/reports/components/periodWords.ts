// A report's period and its chart's buckets in words. The period's words are the API's own
// (@shared/reports/period-words.ts), so the heading reads like the Markdown and PDF of the report.
import { toDayNumber } from '@shared/calendar.ts';
import { MONTH_NAMES, shortMonth, weekdayOf } from '@shared/reports/period-words.ts';
import type { Span } from './period.ts';

export { isoWeek, periodWords, rangeWords } from '@shared/reports/period-words.ts';

const year = (date: string) => Number(date.slice(0, 4));
const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));

/** The number of days of a span, in words: "1 day", "38 days". */
export function daysWords({ from, to }: Span): string {
  const days = toDayNumber(to) - toDayNumber(from) + 1;
  return days === 1 ? '1 day' : `${days} days`;
}

export type Bucket = 'day' | 'week' | 'month';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A chart bucket in full, by its first day: "Mon, Mar 3, 2027", "Week of Mar 3, 2027", "March 2027". */
export function bucketName(bucket: Bucket, from: string): string {
  const date = `${shortMonth(from)} ${day(from)}, ${year(from)}`;
  if (bucket === 'month') return `${MONTH_NAMES[month(from) - 1]} ${year(from)}`;
  if (bucket === 'week') return `Week of ${date}`;
  return `${WEEKDAYS[weekdayOf(from)]}, ${date}`;
}

/**
 * A bucket under a chart's axis: "Mar 3" for days and weeks, "Mar" for months, with the year on
 * the first label and on January ("Jan 2027"), so the reader always knows it.
 */
export function bucketTick(bucket: Bucket, from: string, first: boolean): string {
  if (bucket !== 'month') return `${shortMonth(from)} ${day(from)}`;
  return first || month(from) === 1 ? `${shortMonth(from)} ${year(from)}` : shortMonth(from);
}

/** How many buckets, in words: "7 days", "13 weeks", "1 month". */
export function bucketCount(bucket: Bucket, n: number): string {
  return `${n} ${bucket}${n === 1 ? '' : 's'}`;
}
