// A report's period in words: "Q1 2027", "Week 1 of 2025", "March 2027", "2027",
// "Jan 3 – Feb 9, 2027". Written out by hand rather than by the browser's locale, so the heading
// reads like the API's own Markdown and PDF of the same report.
import { addDays, toDayNumber } from '@shared/calendar.ts';
import { type ReportKind, type Span, weekdayOf } from './period.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const year = (date: string) => Number(date.slice(0, 4));
const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));
const shortMonth = (date: string) => MONTHS[month(date) - 1]!.slice(0, 3);

/** The ISO week of a date: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { year: number; week: number } {
  // The Thursday of a week decides its year.
  const thursday = addDays(date, 3 - weekdayOf(date));
  const isoYear = year(thursday);
  const firstDay = toDayNumber(`${thursday.slice(0, 4)}-01-01`);
  return { year: isoYear, week: Math.floor((toDayNumber(thursday) - firstDay) / 7) + 1 };
}

/**
 * A range of days as people write it: "Mar 3, 2027" for one day, "Mar 3 – 9, 2027" inside a
 * month, "Jan 3 – Feb 9, 2027" inside a year, "Dec 20, 2026 – Jan 9, 2027" across years.
 */
export function rangeWords({ from, to }: Span): string {
  const end = `${day(to)}, ${year(to)}`;
  if (from === to) return `${shortMonth(to)} ${end}`;
  if (year(from) !== year(to))
    return `${shortMonth(from)} ${day(from)}, ${year(from)} – ${shortMonth(to)} ${end}`;
  if (month(from) !== month(to)) return `${shortMonth(from)} ${day(from)} – ${shortMonth(to)} ${end}`;
  return `${shortMonth(from)} ${day(from)} – ${end}`;
}

/** A period in words by its kind and first day; a range by its days. */
export function periodWords(kind: ReportKind, span: Span): string {
  switch (kind) {
    case 'week': {
      const week = isoWeek(span.from);
      return `Week ${week.week} of ${week.year}`;
    }
    case 'month':
      return `${MONTHS[month(span.from) - 1]} ${year(span.from)}`;
    case 'quarter':
      return `Q${Math.floor((month(span.from) - 1) / 3) + 1} ${year(span.from)}`;
    case 'year':
      return String(year(span.from));
    case 'range':
      return rangeWords(span);
  }
}

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
  if (bucket === 'month') return `${MONTHS[month(from) - 1]} ${year(from)}`;
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
