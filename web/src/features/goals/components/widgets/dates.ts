import { daysBetween, todayIn } from '@shared/calendar.ts';
import { browserTimeZone } from '../../../../components/timeZones.ts';
import { useMe } from '../../../accounts/api/session.ts';

/** A calendar date ("2026-03-12") as the browser's locale writes it, e.g. "12 Mar 2026". */
export function formatDate(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  // The date has no time zone of its own: format it in UTC so it never shifts a day.
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** "Due in 34 days", "Due today", "Overdue by 5 days". */
export function dueText(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days === 0) return 'Due today';
  if (days > 0) return `Due in ${days} ${days === 1 ? 'day' : 'days'}`;
  return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
}

/** Today's date in the signed-in person's time zone, the same "today" the API computes progress for. */
export function useToday(): string {
  const { data: user } = useMe();
  const zone = user?.timezone ?? browserTimeZone() ?? 'UTC';
  try {
    return todayIn(zone, new Date());
  } catch {
    return todayIn('UTC', new Date());
  }
}
