import { formatQuantity } from '../../../../src/goals/domain/index.ts';
import { formatDate } from '../goals/dates.ts';
import { expectedOn, type GoalChartInput, type GoalChartModel } from './goalChartModel.ts';

/**
 * The chart in one paragraph, for its accessible name: where the goal stands today against the
 * target line, and where the forecast lands. The data table below the chart has every number.
 */
export function chartSummary(title: string, input: GoalChartInput, model: GoalChartModel): string {
  const { metric, today, dueDate, days } = input;
  const q = (n: number) => formatQuantity(n, metric.unit);
  const parts = [`Chart of ${title}, from ${q(metric.baseline)} towards a target of ${q(metric.target)}`];
  parts[0] += dueDate ? ` by ${formatDate(dueDate)}.` : ', with no due date.';
  const last = days.at(-1);
  if (!last) parts.push('No check-ins yet.');
  else {
    const count = days.length === 1 ? '1 day with check-ins' : `${days.length} days with check-ins`;
    parts.push(`${count}; ${q(last.value)} on ${formatDate(last.date)}.`);
  }
  const expected = expectedOn(input, today);
  if (expected !== null) parts.push(`The target line stands at ${q(expected)} today, ${formatDate(today)}.`);
  if (model.projected) parts.push(`The forecast reaches ${q(model.projected[1])} by the due date.`);
  else if (model.forecast) parts.push('The forecast line follows the trend of the check-ins.');
  return parts.join(' ');
}
