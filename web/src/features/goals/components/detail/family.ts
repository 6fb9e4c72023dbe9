// A goal among its relatives, as its page names them: descendants, the slice a date falls in.
import { compareDates } from '@shared/calendar.ts';
import type { Goal } from '@shared/goals/goal.schema.ts';
import { sharesMeasure } from '@shared/goals/measure.ts';

/** Every goal below `id`, at any depth. */
export function descendantsOf(goals: readonly Goal[], id: string): Goal[] {
  const children = goals.filter((g) => g.parentId === id);
  return children.flatMap((child) => [child, ...descendantsOf(goals, child.id)]);
}

/**
 * The direct slice a check-in on `date` belongs on: one measuring the same thing whose dates cover
 * it. Recording there counts for the slice and for this goal; recording on this goal only for this one.
 */
export function sliceFor(goal: Goal, children: readonly Goal[], date: string): Goal | undefined {
  if (!goal.metric) return undefined;
  return children.find(
    (child) =>
      child.state !== 'abandoned' &&
      sharesMeasure(goal.metric!, child.metric) &&
      compareDates(child.startDate, date) <= 0 &&
      (child.dueDate === null || compareDates(date, child.dueDate) <= 0),
  );
}

/** A slice's title without its parent's in front: "Study Rust — Q2 2026" → "Q2 2026". */
export function shortTitle(child: Pick<Goal, 'title'>, parentTitle: string): string {
  const prefix = `${parentTitle} — `;
  return child.title.startsWith(prefix) && child.title.length > prefix.length
    ? child.title.slice(prefix.length)
    : child.title;
}

/** "4 slices", "1 sub-goal" … counted words. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
