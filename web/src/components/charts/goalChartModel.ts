// What the goal chart draws, in goal coordinates (day x, metric y), computed with the server's own
// domain rules so that the picture cannot disagree with the numbers beside it.
import {
  addDays,
  type DailyValue,
  daysBetween,
  fitLine,
  lineAt,
  type Metric,
} from '../../../../src/goals/domain/index.ts';
import { niceTicks } from './ticks.ts';

export interface GoalChartInput {
  startDate: string;
  dueDate: string | null;
  metric: Metric;
  /** The day progress is measured on (the API's `progress.asOf`). */
  today: string;
  /** The goal's value at the end of each date with counted check-ins, oldest first. */
  days: readonly DailyValue[];
}

export type Point = readonly [x: number, y: number];

export interface GoalChartModel {
  /** Day numbers: 0 is the day before the start (where the baseline stands), `endX` the last day shown. */
  endX: number;
  /** x of the due date, or null without one. */
  dueX: number | null;
  todayX: number | null;
  yTicks: number[];
  yLo: number;
  yHi: number;
  /** The target line, from (0, baseline) to (due date, target); null without a due date. */
  targetLine: [Point, Point] | null;
  /** The check-in series as a polyline: steps for `sum`, straight segments between levels for `last`. */
  series: Point[];
  /** The dated check-in values (one per date), drawn as markers. */
  points: Point[];
  /** The least-squares forecast across the whole chart; null with fewer than one check-in. */
  forecast: [Point, Point] | null;
  /** The forecast's value at the due date (the API's `projected`). */
  projected: Point | null;
}

/** Day number of a date: the start date is day 1, so the baseline sits at day 0. */
export const dayOf = (startDate: string, date: string) => daysBetween(startDate, date) + 1;

/** The date of a day number. */
export const dateOf = (startDate: string, x: number) => addDays(startDate, x - 1);

export function goalChartModel({ startDate, dueDate, metric, today, days }: GoalChartInput): GoalChartModel {
  const { baseline, target } = metric;
  const x = (date: string) => dayOf(startDate, date);
  const dueX = dueDate === null ? null : Math.max(1, x(dueDate));
  const lastCheckInX = days.length > 0 ? x(days.at(-1)!.date) : 0;
  // Start to due date (stretched for any check-in after it, but not to a today long past it);
  // without a due date, what happened so far and a stretch ahead to read the trend into.
  const sofar = Math.max(x(today), lastCheckInX);
  const endX =
    dueX === null ? Math.max(sofar + Math.max(14, Math.round(sofar / 4)), 1) : Math.max(dueX, lastCheckInX);
  const todayX = x(today) >= 0 && x(today) <= endX ? x(today) : null;

  const points = days.map((day) => [x(day.date), day.value] as const);
  const series: Point[] = [[0, baseline]];
  for (const [px, py] of points) {
    if (metric.aggregation === 'sum') series.push([px, series.at(-1)![1]]);
    series.push([px, py]);
  }
  // The latest value holds until today (or the end of the chart, if that came first): a sum does
  // not change without a check-in, nor does a level.
  const holdX = Math.min(x(today), endX);
  if (holdX > series.at(-1)![0]) series.push([holdX, series.at(-1)![1]]);

  const line = fitLine([[0, baseline], ...points]);
  const forecast: [Point, Point] | null = line && [
    [0, lineAt(line, 0)],
    [endX, lineAt(line, endX)],
  ];
  const projected: Point | null = line && dueX !== null ? [dueX, lineAt(line, dueX)] : null;

  // The y range holds the baseline, the target and every value; a forecast that flies far off is
  // let out of the frame (clipped) rather than flattening everything else.
  const values = [baseline, target, ...points.map(([, v]) => v)];
  const span = Math.abs(target - baseline);
  const [minV, maxV] = [Math.min(...values), Math.max(...values)];
  const lo = Math.min(minV, ...(forecast?.map(([, v]) => v) ?? []).filter((v) => v >= minV - span / 2));
  const hi = Math.max(maxV, ...(forecast?.map(([, v]) => v) ?? []).filter((v) => v <= maxV + span / 2));
  const nice = niceTicks(lo, hi, 5);

  return {
    endX,
    dueX,
    todayX,
    yTicks: nice.ticks,
    yLo: nice.lo,
    yHi: nice.hi,
    targetLine:
      dueX === null
        ? null
        : [
            [0, baseline],
            [dueX, target],
          ],
    series,
    points,
    forecast,
    projected,
  };
}

/** The target line's value on a date (null without a due date), as the API's `expected`. */
export function expectedOn(input: GoalChartInput, date: string): number | null {
  if (input.dueDate === null) return null;
  const n = Math.max(1, dayOf(input.startDate, input.dueDate));
  const share = Math.min(1, Math.max(0, dayOf(input.startDate, date) / n));
  return input.metric.baseline + (input.metric.target - input.metric.baseline) * share;
}
