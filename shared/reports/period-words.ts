// A report's period in words, alike in the web's heading and the server's Markdown, CSV and PDF:
// "Week 1 of 2025" (ISO weeks), "March 2027", "Q1 2027", "2027", and ranges of days as people write
// them. Written out by hand rather than by a locale, so every format reads the same.
import { addDays, daysBetween, toDayNumber } from '../calendar.ts';
import type { Report, Span } from './report.schema.ts';

export const MONTH_NAMES = [
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
] as const;

/** 0 for Monday … 6 for Sunday: day 0 of the day numbers, 1970-01-01, was a Thursday. */
export const weekdayOf = (date: string): number => (((toDayNumber(date) + 3) % 7) + 7) % 7;

const year = (date: string) => Number(date.slice(0, 4));
const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));
/** "Mar" for a date in March. */
export const shortMonth = (date: string): string => MONTH_NAMES[month(date) - 1]!.slice(0, 3);

/** The ISO week number and its year (the year holding the week's Thursday): week 1 holds 4 January. */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(date, 3 - weekdayOf(date));
  return {
    year: year(thursday),
    week: Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1,
  };
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

/** A period in words by its kind and first day ("Q1 2027"); a range by its days. */
export function periodWords(kind: Report['kind'], span: Span): string {
  switch (kind) {
    case 'week': {
      const week = isoWeek(span.from);
      return `Week ${week.week} of ${week.year}`;
    }
    case 'month':
      return `${MONTH_NAMES[month(span.from) - 1]} ${year(span.from)}`;
    case 'quarter':
      return `Q${Math.floor((month(span.from) - 1) / 3) + 1} ${year(span.from)}`;
    case 'year':
      return String(year(span.from));
    case 'range':
      return rangeWords(span);
  }
}
