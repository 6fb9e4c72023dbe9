import { formatNumber } from '../../../../src/goals/domain/index.ts';
import { formatDate } from '../goals/dates.ts';
import { expectedOn, type GoalChartInput, type GoalChartModel } from './goalChartModel.ts';

/** The chart's numbers as a table behind "Show data": one row per date with check-ins, then the due date. */
export function ChartDataTable({ input, model }: { input: GoalChartInput; model: GoalChartModel }) {
  const { metric, days, dueDate } = input;
  const sum = metric.aggregation === 'sum';
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));
  return (
    <details className="chart-data">
      <summary>Show data</summary>
      <table className="data-table">
        <caption className="visually-hidden">
          Check-ins by date, in {metric.unit}, with the target line’s value on each date
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {sum && <th scope="col">Added</th>}
            <th scope="col">{sum ? 'Total' : 'Level'}</th>
            <th scope="col">Target line</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Start (baseline)</th>
            {sum && <td>—</td>}
            <td>{n(metric.baseline)}</td>
            <td>{n(metric.baseline)}</td>
          </tr>
          {days.map((day, i) => (
            <tr key={day.date}>
              <th scope="row">
                <time dateTime={day.date}>{formatDate(day.date)}</time>
              </th>
              {sum && <td>{n(day.value - (days[i - 1]?.value ?? metric.baseline))}</td>}
              <td>{n(day.value)}</td>
              <td>{n(expectedOn(input, day.date))}</td>
            </tr>
          ))}
          {model.todayX !== null && days.at(-1)?.date !== input.today && (
            <tr>
              <th scope="row">
                Today, <time dateTime={input.today}>{formatDate(input.today)}</time>
              </th>
              {sum && <td>—</td>}
              <td>{n(days.at(-1)?.value ?? metric.baseline)}</td>
              <td>{n(expectedOn(input, input.today))}</td>
            </tr>
          )}
          {dueDate && (
            <tr>
              <th scope="row">
                Due <time dateTime={dueDate}>{formatDate(dueDate)}</time>
                {model.projected && ' (forecast)'}
              </th>
              {sum && <td>—</td>}
              <td>{n(model.projected?.[1] ?? null)}</td>
              <td>{n(metric.target)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </details>
  );
}
