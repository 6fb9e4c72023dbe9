// The practice log by ISO week: Monday to Sunday, the newest week first, each with its total time.
import { addDays, toDayNumber } from '@shared/calendar.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

/** The Monday of the ISO week `date` falls in. */
export function mondayOf(date: string): string {
  // Day 0 (1970-01-01) was a Thursday: Monday is 0 counted this way.
  const weekday = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return addDays(date, -weekday);
}

export interface Week<T> {
  /** Its Monday and Sunday. */
  monday: string;
  sunday: string;
  /** The entries of the week, in the order given. */
  entries: T[];
  /** Their minutes, added up. */
  minutes: number;
}

/** Entries grouped by the ISO week of their date, the newest week first; within a week, as given. */
export function byWeek<T extends { date: string; minutes: number }>(entries: readonly T[]): Week<T>[] {
  const weeks = new Map<string, Week<T>>();
  for (const entry of entries) {
    const monday = mondayOf(entry.date);
    let week = weeks.get(monday);
    if (!week) {
      week = { monday, sunday: addDays(monday, 6), entries: [], minutes: 0 };
      weeks.set(monday, week);
    }
    week.entries.push(entry);
    week.minutes += entry.minutes;
  }
  return [...weeks.values()].sort((a, b) => (a.monday < b.monday ? 1 : -1));
}

/** "This week", "Last week", else "Week of Mar 2, 2026", as of `today`. */
export function weekTitle(monday: string, today: string): string {
  const thisWeek = mondayOf(today);
  if (monday === thisWeek) return 'This week';
  if (monday === addDays(thisWeek, -7)) return 'Last week';
  return `Week of ${formatDate(monday)}`;
}

/** "Mar 2 – Mar 8, 2026" as the locale writes both days. */
export function weekRange(week: Pick<Week<unknown>, 'monday' | 'sunday'>): string {
  return `${formatDate(week.monday)} – ${formatDate(week.sunday)}`;
}
