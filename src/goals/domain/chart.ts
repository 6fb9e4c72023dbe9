// The series a goal's chart draws, from the same counted check-ins and fit as its progress, so the
// picture cannot disagree with the numbers beside it.

import { addDays, daysBetween } from '../../../shared/calendar.ts';
import type { DatedValue, ProgressChart } from '../../../shared/goals/goal.schema.ts';
import { clean } from '../../../shared/numbers.ts';
import { lineAt } from './fit.ts';
import { measure } from './metric-progress.ts';
import { countedCheckIns } from './series.ts';
import type { GoalNode, Metric } from './types.ts';

/**
 * The chart of a metric goal as of `asOf`: the target line, the counted value per date, and two
 * points of the fitted forecast line (the day before the start, and the due date or `asOf`).
 */
export function progressChart(
  goal: GoalNode,
  metric: Metric,
  asOf: string,
  counted = countedCheckIns(goal, metric, asOf),
): ProgressChart {
  const { days, line, n } = measure(goal, metric, asOf, counted);
  const dateOf = (x: number) => addDays(goal.startDate, x - 1);
  const dayBefore = dateOf(0);
  const forecastEnd = n ?? Math.max(1, daysBetween(goal.startDate, asOf) + 1);
  const at = (x: number): DatedValue => ({ date: dateOf(x), value: clean(lineAt(line!, x)) });
  const forecast = line === null ? null : ([at(0), at(forecastEnd)] as [DatedValue, DatedValue]);
  return {
    targetLine:
      n === null
        ? null
        : [
            { date: dayBefore, value: metric.baseline },
            { date: goal.dueDate!, value: metric.target },
          ],
    // A sum past the largest double is no value to draw either.
    values: days.filter((day) => Number.isFinite(day.value)),
    // A line too steep for a double is no line to draw.
    forecastLine: forecast?.every((p) => Number.isFinite(p.value)) ? forecast : null,
  };
}
