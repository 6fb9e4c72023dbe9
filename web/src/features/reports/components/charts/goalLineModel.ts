// The geometry of a goal's chart in a report: its value at the end of each bucket against its
// target line, across the period. Chart coordinates only (day, value); the component scales them.
import { addDays, daysBetween } from '@shared/calendar.ts';
import type { ReportSeries } from '@shared/reports/report.schema.ts';
import type { Point } from '../../../goals/components/chart/goalChartModel.ts';
import { allWhole, niceTicks } from '../../../goals/components/chart/ticks.ts';
import type { Span } from '../period.ts';

export type GoalPoint = ReportSeries['goals'][number]['points'][number];

export interface GoalLineModel {
  /** Days from the day before the period (x = 0, where `start` stands) to its last day. */
  days: number;
  /** The goal's values: its start, then the end of each bucket. */
  series: Point[];
  /** Where its schedule says it should be, at each bucket's end that has a target line. */
  target: Point[];
  yTicks: number[];
  yLo: number;
  yHi: number;
}

/** Day x of a date: the day before the period is 0, its first day 1. */
export const xOf = (span: Span, date: string) => daysBetween(addDays(span.from, -1), date);

/**
 * What the chart draws for a goal over `span`: the value `start` had when the period began
 * (null: the goal started inside it), then its points; the value axis holds every value and
 * every point of the target line.
 */
export function goalLineModel(span: Span, start: number | null, points: readonly GoalPoint[]): GoalLineModel {
  const series: Point[] = points.map((p) => [xOf(span, p.date), p.value] as const);
  if (start !== null) series.unshift([0, start]);
  const target = points.flatMap((p) =>
    p.expected === null ? [] : [[xOf(span, p.date), p.expected] as const],
  ) satisfies Point[];
  // The axis spans what is drawn, not from 0: a goal from 70 to 74 kg should not lie flat on the top.
  const drawn = [...series, ...target].map(([, v]) => v);
  const values = drawn.length > 0 ? drawn : [0];
  const nice = niceTicks(Math.min(...values), Math.max(...values), 4, allWhole(values));
  return {
    days: Math.max(1, xOf(span, span.to)),
    series,
    target,
    yTicks: nice.ticks,
    yLo: nice.lo,
    yHi: nice.hi,
  };
}
