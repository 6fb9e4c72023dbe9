// What the goal chart draws, in chart coordinates (day x, metric y). The series come from the API
// with the goal's progress (`progress.chart`), worked out by the same rules as the numbers beside
// the chart, so the picture cannot disagree with them: this module only places them.
import { addDays, daysBetween } from '@shared/calendar.ts';
import type { DatedValue, Goal, ProgressChart } from '@shared/goals/goal.schema.ts';
import { allWhole, niceTicks } from './ticks.ts';

export interface GoalChartInput {
  startDate: string;
  dueDate: string | null;
  metric: NonNullable<Goal['metric']>;
  /** The day progress is measured on (the API's `progress.asOf`). */
  today: string;
  /** The series the API answers with the goal's progress. */
  chart: ProgressChart;
}

export type Point = readonly [x: number, y: number];

export interface GoalChartModel {
  /** Day numbers: 0 is the day before the start (where the baseline stands), `endX` the last day shown. */
  endX: number;
  /** x of the due date, or null without one. */
  dueX: number | null;
  todayX: number | null;
  /** Value ticks: whole numbers only when the unit is counted (every number the chart draws is whole). */
  yTicks: number[];
  yLo: number;
  yHi: number;
  /** The target line, from (0, baseline) to (due date, target); null without a due date. */
  targetLine: [Point, Point] | null;
  /** The check-in series as a polyline: steps for `sum`, straight segments between levels for `last`. */
  series: Point[];
  /** The dated check-in values (one per date), drawn as markers. */
  points: Point[];
  /** The forecast line carried across the whole chart; null before the first check-in. */
  forecast: [Point, Point] | null;
  /** The forecast at the due date (the API's `projected`); null without a due date or a forecast. */
  projected: Point | null;
}

/** Day number of a date: the start date is day 1, so the baseline sits at day 0. */
export const dayOf = (startDate: string, date: string) => daysBetween(startDate, date) + 1;

/** The date of a day number. */
export const dateOf = (startDate: string, x: number) => addDays(startDate, x - 1);

/** The chart's frame and what it draws in it, from the API's series. */
export function goalChartModel({ startDate, dueDate, metric, today, chart }: GoalChartInput): GoalChartModel {
  const { baseline, target } = metric;
  const x = (date: string) => dayOf(startDate, date);
  const dueX = dueDate === null ? null : Math.max(1, x(dueDate));
  const points = chart.values.map((day) => [x(day.date), day.value] as const);
  const lastCheckInX = points.at(-1)?.[0] ?? 0;
  // Start to due date (stretched for any check-in after it, but not to a today long past it);
  // without a due date, what happened so far and a stretch ahead to read the trend into.
  const sofar = Math.max(x(today), lastCheckInX);
  const endX =
    dueX === null ? Math.max(sofar + Math.max(14, Math.round(sofar / 4)), 1) : Math.max(dueX, lastCheckInX);
  const todayX = x(today) >= 0 && x(today) <= endX ? x(today) : null;

  const series: Point[] = [[0, baseline]];
  for (const [px, py] of points) {
    if (metric.aggregation === 'sum') series.push([px, series.at(-1)![1]]);
    series.push([px, py]);
  }
  // The latest value holds until today (or the end of the chart, if that came first): a sum does
  // not change without a check-in, nor does a level.
  const holdX = Math.min(x(today), endX);
  if (holdX > series.at(-1)![0]) series.push([holdX, series.at(-1)![1]]);

  const forecastAt = chart.forecastLine && lineThrough(placed(startDate, chart.forecastLine));
  const forecast: [Point, Point] | null = forecastAt && [
    [0, forecastAt(0)],
    [endX, forecastAt(endX)],
  ];
  const projected: Point | null = forecastAt && dueX !== null ? [dueX, forecastAt(dueX)] : null;
  const targetLine = chart.targetLine && placed(startDate, chart.targetLine);

  // The y range holds the baseline, the target and every value; a forecast that flies far off is
  // let out of the frame (clipped) rather than flattening everything else.
  const values = [baseline, target, ...points.map(([, v]) => v)];
  const span = Math.abs(target - baseline);
  const [minV, maxV] = [Math.min(...values), Math.max(...values)];
  const lo = Math.min(minV, ...(forecast?.map(([, v]) => v) ?? []).filter((v) => v >= minV - span / 2));
  const hi = Math.max(maxV, ...(forecast?.map(([, v]) => v) ?? []).filter((v) => v <= maxV + span / 2));
  // Books and talks are counted one by one: when the baseline, the target and every value drawn
  // are whole, so are the ticks ("2.5 books" would read as nonsense).
  const nice = niceTicks(lo, hi, 5, allWhole(values));

  return {
    endX,
    dueX,
    todayX,
    yTicks: nice.ticks,
    yLo: nice.lo,
    yHi: nice.hi,
    targetLine,
    series,
    points,
    forecast,
    projected,
  };
}

/**
 * The target line's value on a date (the API's `expected` on that day), held at its ends: the
 * baseline before the start, the target after the due date; null without a due date.
 */
export function targetLineOn(input: GoalChartInput, date: string): number | null {
  const line = input.chart.targetLine;
  if (!line) return null;
  const [from, to] = placed(input.startDate, line);
  const x = dayOf(input.startDate, date);
  if (x <= from[0]) return from[1];
  if (x >= to[0]) return to[1];
  return lineThrough([from, to])(x);
}

/** A line's two dated points as chart points. */
function placed(startDate: string, [a, b]: readonly [DatedValue, DatedValue]): [Point, Point] {
  return [
    [dayOf(startDate, a.date), a.value],
    [dayOf(startDate, b.date), b.value],
  ];
}

/**
 * The straight line through two points, to carry one across the chart; at either point it answers
 * that point's own value, unrounded. Two points on one day make a level line.
 */
function lineThrough([[x0, y0], [x1, y1]]: readonly [Point, Point]): (x: number) => number {
  if (x1 === x0) return () => y1;
  const slope = (y1 - y0) / (x1 - x0);
  return (x) => (x === x0 ? y0 : x === x1 ? y1 : y0 + slope * (x - x0));
}
