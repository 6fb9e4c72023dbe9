// When an action item is due, in words, and whether it is late.
import { daysBetween } from '@shared/calendar.ts';
import type { ActionItem } from '@shared/mentoring/mentorship.schema.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

export interface ItemDue {
  /** "Due today", "Due tomorrow", "Due in 3 days", "Overdue by 2 days", "Done". */
  text: string;
  /** The date it speaks of, as written: the due date, or the day it was done. */
  date: string | null;
  overdue: boolean;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * An item's due date as of `today`: late from the day after it; a done item says when it was done
 * and is never late; null for an open item without a due date.
 */
export function itemDue(item: Pick<ActionItem, 'dueOn' | 'done' | 'doneOn'>, today: string): ItemDue | null {
  if (item.done) {
    return item.doneOn
      ? { text: 'Done on', date: formatDate(item.doneOn), overdue: false }
      : { text: 'Done', date: null, overdue: false };
  }
  if (item.dueOn === null) return null;
  const left = daysBetween(today, item.dueOn);
  const date = formatDate(item.dueOn);
  if (left < 0) return { text: `Overdue by ${days(-left)}`, date, overdue: true };
  if (left === 0) return { text: 'Due today', date, overdue: false };
  if (left === 1) return { text: 'Due tomorrow', date, overdue: false };
  return { text: `Due in ${days(left)}`, date, overdue: false };
}

/** "Overdue by 2 days · Mar 8, 2026": the words and the date in one line. */
export function itemDueLine(due: ItemDue): string {
  return due.date ? `${due.text}${due.text === 'Done on' ? ' ' : ' · '}${due.date}` : due.text;
}

/** How many of these open items are late: the count Home and the mentorship page say. */
export function overdueCount(
  items: readonly Pick<ActionItem, 'dueOn' | 'done' | 'doneOn'>[],
  today: string,
): number {
  return items.filter((item) => itemDue(item, today)?.overdue).length;
}
