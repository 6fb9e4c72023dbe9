// A goal among its relatives: descendants, the slice a date falls in, and the check-ins that count
// for it, computed with the server's own domain rules.
import {
  compareDates,
  countedCheckIns,
  type DailyValue,
  dailyValues,
  type GoalNode,
  sharesMeasure,
} from '../../../../../src/goals/domain/index.ts';
import type { CheckIn, Goal } from '../../../../../src/goals/goal.schema.ts';

/** Every goal below `id`, at any depth. */
export function descendantsOf(goals: readonly Goal[], id: string): Goal[] {
  const children = goals.filter((g) => g.parentId === id);
  return children.flatMap((child) => [child, ...descendantsOf(goals, child.id)]);
}

/** The goal with its descendants and their check-ins, as the domain rules take it. */
export function goalNode(goal: Goal, goals: readonly Goal[], checkIns: readonly CheckIn[]): GoalNode {
  return {
    ...goal,
    checkIns: checkIns.filter((c) => c.goalId === goal.id),
    children: goals.filter((g) => g.parentId === goal.id).map((child) => goalNode(child, goals, checkIns)),
  };
}

/** The goal's value at the end of each date with counted check-ins, up to its `progress.asOf`. */
export function countedDays(goal: Goal, goals: readonly Goal[], checkIns: readonly CheckIn[]): DailyValue[] {
  if (!goal.metric) return [];
  const node = goalNode(goal, goals, checkIns);
  return dailyValues(goal.metric, countedCheckIns(node, goal.metric, goal.progress.asOf));
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
