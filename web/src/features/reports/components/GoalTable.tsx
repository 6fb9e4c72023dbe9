import { formatQuantity } from '@shared/numbers.ts';
import type { ReportGoal } from '@shared/reports/report.schema.ts';
import { Link } from 'react-router';
import { StatusBadge } from '../../goals/components/widgets/StatusBadge.tsx';
import { Change } from './Change.tsx';

/**
 * Each goal with a metric active in the period: its value at the start and the end, the change,
 * where its schedule says it should be by the end, and its status then.
 */
export function GoalTable({ goals, period }: { goals: readonly ReportGoal[]; period: string }) {
  return (
    <div className="report-scroll">
      <table className="report-table report-table--goals">
        <caption>Goals in {period}</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Change</th>
            <th scope="col">Expected</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((row) => {
            const q = (n: number) => formatQuantity(n, row.goal.unit, 2);
            return (
              <tr key={row.goal.id}>
                <th scope="row">
                  <Link to={`/goals/${row.goal.id}`}>{row.goal.title}</Link>
                </th>
                <td>{q(row.start)}</td>
                <td>{q(row.end)}</td>
                <td>
                  <Change change={row.change} maxDecimals={2} />
                </td>
                <td>
                  {row.expected === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">none</span>
                    </>
                  ) : (
                    q(row.expected)
                  )}
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
