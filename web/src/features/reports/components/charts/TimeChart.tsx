import { formatNumber } from '@shared/numbers.ts';
import type { ReportSeries } from '@shared/reports/report.schema.ts';
import { bucketName } from '../periodWords.ts';
import { BarChart } from './BarChart.tsx';
import { timeText } from './chartText.ts';
import { Legend, ReportChart } from './ReportChart.tsx';

const hours = (n: number) => `${formatNumber(n, 1)} h`;

/** Learning and practice hours per bucket of the period, side by side. */
export function TimeChart({ bucket, time }: Pick<ReportSeries, 'bucket' | 'time'>) {
  return (
    <ReportChart
      title="Learning and practice hours"
      summary={timeText(bucket, time)}
      drawing={(ids) => (
        <BarChart
          {...ids}
          bucket={bucket}
          buckets={time}
          series={[
            {
              label: 'Learning',
              className: 'report-bar--learning',
              values: time.map((p) => p.learningHours),
              format: hours,
            },
            {
              label: 'Practice',
              className: 'report-bar--practice',
              hatched: true,
              values: time.map((p) => p.practiceHours),
              format: hours,
            },
          ]}
        />
      )}
      legend={
        <Legend
          entries={[
            {
              label: 'Learning (solid)',
              swatch: <rect className="report-swatch--learning" x="6" y="0" width="20" height="12" />,
            },
            {
              label: 'Practice (hatched)',
              swatch: (
                <>
                  <rect className="report-swatch--practice" x="6" y="0.5" width="20" height="11" />
                  <path className="report-swatch--practice" d="M6,8l8,-8M10,12l12,-12M18,12l8,-8" />
                </>
              ),
            },
          ]}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Hours of learning and practice in each {bucket}</caption>
          <thead>
            <tr>
              <th scope="col">{bucket === 'day' ? 'Day' : bucket === 'week' ? 'Week' : 'Month'}</th>
              <th scope="col">Learning</th>
              <th scope="col">Practice</th>
            </tr>
          </thead>
          <tbody>
            {time.map((p) => (
              <tr key={p.from}>
                <th scope="row">{bucketName(bucket, p.from)}</th>
                <td>{hours(p.learningHours)}</td>
                <td>{hours(p.practiceHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
