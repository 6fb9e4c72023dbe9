import { formatQuantity } from '@shared/numbers.ts';
import { TOO_EARLY } from '../detail/phrases.ts';
import { projectionText } from '../detail/projection.ts';
import { formatDate } from '../widgets/dates.ts';
import { type GoalChartInput, type GoalChartModel, targetLineOn } from './goalChartModel.ts';

/**
 * The chart in one paragraph, for its accessible name: where the goal stands today against the
 * target line, and where the forecast lands. The data table below the chart has every number.
 */
export function chartSummary(
  title: string,
  input: GoalChartInput,
  model: GoalChartModel,
  tooEarly = false,
): string {
  const { metric, today, dueDate } = input;
  const days = input.chart.values;
  const q = (n: number) => formatQuantity(n, metric.unit);
  const parts = [`Chart of ${title}, from ${q(metric.baseline)} towards a target of ${q(metric.target)}`];
  parts[0] += dueDate ? ` by ${formatDate(dueDate)}.` : ', with no due date.';
  const last = days.at(-1);
  if (!last) parts.push('No check-ins yet.');
  else {
    const count = days.length === 1 ? '1 day with check-ins' : `${days.length} days with check-ins`;
    parts.push(`${count}; ${q(last.value)} on ${formatDate(last.date)}.`);
  }
  const expected = targetLineOn(input, today);
  if (expected !== null) parts.push(`The target line stands at ${q(expected)} today, ${formatDate(today)}.`);
  if (tooEarly) parts.push(`${TOO_EARLY}.`);
  else if (model.projected)
    parts.push(`The forecast reaches ${projectionText(metric, model.projected[1])} by the due date.`);
  else if (model.forecast) parts.push('The forecast line follows the trend of the check-ins.');
  return parts.join(' ');
}
