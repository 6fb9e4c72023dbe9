// Which check-ins count for a metric goal, and the value they build up to day by day.
import { compareDates } from './calendar.ts';
import { clean } from './rounding.ts';
import type { CheckInPoint, GoalNode, Metric } from './types.ts';

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

/** True when a check-in on a goal with `other` as its metric also counts for a goal measuring `metric`. */
export function sharesMeasure(metric: Metric, other: Metric | null): boolean {
  return other !== null && other.unit === metric.unit && other.aggregation === metric.aggregation;
}

/** Orders ISO timestamps by instant, falling back to text so equal instants keep a stable order. */
function compareTimestamps(a: string, b: string): number {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders check-ins by date, then by the time they were created. */
export function compareCheckIns(a: CheckInPoint, b: CheckInPoint): number {
  return compareDates(a.date, b.date) || compareTimestamps(a.createdAt, b.createdAt);
}

/** Check-ins of every descendant (at any depth) whose metric shares `metric`'s unit and aggregation. */
function descendantCheckIns(goal: GoalNode, metric: Metric): CheckInPoint[] {
  return goal.children.flatMap((child) => [
    ...(sharesMeasure(metric, child.metric) ? child.checkIns : []),
    ...descendantCheckIns(child, metric),
  ]);
}

/** Check-ins counting for a metric goal as of `asOf` (its own and its matching descendants'), in order. */
export function countedCheckIns(goal: GoalNode, metric: Metric, asOf: string): CheckInPoint[] {
  return [...goal.checkIns, ...descendantCheckIns(goal, metric)]
    .filter((checkIn) => compareDates(checkIn.date, asOf) <= 0)
    .sort(compareCheckIns);
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
