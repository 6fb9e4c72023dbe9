// Which check-ins count for a metric goal, and the value they build up to day by day.

import { sharesMeasure } from '../../../shared/goals/measure.ts';
import { clean } from '../../../shared/numbers.ts';
import type { CheckInPoint, GoalNode, Metric } from './types.ts';

export { sharesMeasure };

/** The value of a metric goal at the end of one date. */
export interface DailyValue {
  date: string;
  value: number;
}

/** 1 when the target lies above the baseline, −1 when below; throws when they are equal. */
export function directionOf(metric: Metric): 1 | -1 {
  const span = metric.target - metric.baseline;
  if (span === 0 || !Number.isFinite(span)) {
    throw new RangeError(`A metric's target must differ from its baseline (both are ${metric.baseline}).`);
  }
  return span > 0 ? 1 : -1;
}

/** True when `value` has reached the metric's target, in the metric's direction. */
export function hasReached(metric: Metric, value: number): boolean {
  return directionOf(metric) * (value - metric.target) >= 0;
}

/**
 * Orders ISO timestamps by instant. Timestamps of one shape (as `toISOString` writes them) order
 * as text, without parsing; others are parsed, falling back to text so equal instants keep a
 * stable order.
 */
function compareTimestamps(a: string, b: string): number {
  if (a.length !== b.length) {
    const [ta, tb] = [Date.parse(a), Date.parse(b)];
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders check-ins by date (`YYYY-MM-DD`, so text order is calendar order), then by creation time. */
export function compareCheckIns(a: CheckInPoint, b: CheckInPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return compareTimestamps(a.createdAt, b.createdAt);
}

/**
 * Check-ins counting for a metric goal as of `asOf` (its own and its matching descendants'), in
 * order. `counted` may answer the already-ordered counted check-ins of a descendant sharing the
 * measure, which then stand for its whole subtree: computing a tree children first, each check-in
 * is then sorted once per level rather than once per ancestor.
 */
export function countedCheckIns(
  goal: GoalNode,
  metric: Metric,
  asOf: string,
  counted: (descendant: GoalNode) => readonly CheckInPoint[] | undefined = () => undefined,
): CheckInPoint[] {
  const found: CheckInPoint[] = [];
  const take = (checkIns: readonly CheckInPoint[]) => {
    for (const c of checkIns) if (c.date <= asOf) found.push(c);
  };
  take(goal.checkIns);
  const seen = new Set<GoalNode>([goal]);
  // Depth first, in the children's order, with an explicit stack: a deep chain of goals must not
  // deepen the call stack.
  const stack = [...goal.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (seen.has(child)) continue;
    seen.add(child);
    if (sharesMeasure(metric, child.metric)) {
      const known = counted(child);
      if (known) {
        take(known);
        continue;
      }
      take(child.checkIns);
    }
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
  }
  // Sorted runs (a descendant's counted check-ins) merge in linear time in V8's TimSort.
  return found.sort(compareCheckIns);
}

/** The goal's value at the end of each date that has check-ins, given check-ins already in order. */
export function dailyValues(metric: Metric, ordered: readonly CheckInPoint[]): DailyValue[] {
  const days: DailyValue[] = [];
  let value = metric.baseline;
  for (const checkIn of ordered) {
    value = metric.aggregation === 'sum' ? clean(value + checkIn.value) : checkIn.value;
    const last = days.at(-1);
    if (last?.date === checkIn.date) last.value = value;
    else days.push({ date: checkIn.date, value });
  }
  return days;
}
