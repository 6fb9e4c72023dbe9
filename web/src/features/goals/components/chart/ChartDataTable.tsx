import { formatNumber } from '@shared/numbers.ts';
import { unitFor } from '@shared/units.ts';
import { bandedProjection } from '../detail/projection.ts';
import { formatDate } from '../widgets/dates.ts';
import { type GoalChartInput, type GoalChartModel, targetLineOn } from './goalChartModel.ts';
import './GoalChart.css';

/** The chart's numbers as a table behind "Show data": one row per date with check-ins, then the due date. */
export function ChartDataTable({ input, model }: { input: GoalChartInput; model: GoalChartModel }) {
  const { metric, dueDate } = input;
  const days = input.chart.values;
  const sum = metric.aggregation === 'sum';
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));
  // The forecast at the due date, held to the same band as the numbers above the chart.
  const projected = model.projected && bandedProjection(metric, model.projected[1]);
  const forecastCell =
    projected === null
      ? '—'
      : `${projected.beyond === 'above' ? 'more than ' : projected.beyond === 'below' ? 'less than ' : ''}${n(projected.value)}`;
  return (
    <details className="chart-data">
      <summary>Show data</summary>
      <table className="data-table">
        <caption className="visually-hidden">
          Check-ins by date, in {unitFor(metric.unit, 2)}, with the target line’s value on each date
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
              <td>{n(targetLineOn(input, day.date))}</td>
            </tr>
          ))}
          {model.todayX !== null && days.at(-1)?.date !== input.today && (
            <tr>
              <th scope="row">
                Today, <time dateTime={input.today}>{formatDate(input.today)}</time>
              </th>
              {sum && <td>—</td>}
              <td>{n(days.at(-1)?.value ?? metric.baseline)}</td>
              <td>{n(targetLineOn(input, input.today))}</td>
            </tr>
          )}
          {dueDate && (
            <tr>
              <th scope="row">
                Due <time dateTime={dueDate}>{formatDate(dueDate)}</time>
                {model.projected && ' (forecast)'}
              </th>
              {sum && <td>—</td>}
              <td>{forecastCell}</td>
              <td>{n(metric.target)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </details>
  );
}
