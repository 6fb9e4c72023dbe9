import { formatNumber } from '@shared/numbers.ts';
import type { ReportSeries } from '@shared/reports/report.schema.ts';
import { bucketName } from '../periodWords.ts';
import { BarChart } from './BarChart.tsx';
import { contentText } from './chartText.ts';
import { ReportChart } from './ReportChart.tsx';

/** Content finished per bucket of the period: a bar of how many; the minutes and pages in its table. */
export function ContentChart({ bucket, content }: Pick<ReportSeries, 'bucket' | 'content'>) {
  return (
    <ReportChart
      title="Content finished"
      summary={contentText(bucket, content)}
      drawing={(ids) => (
        <BarChart
          {...ids}
          bucket={bucket}
          buckets={content}
          series={[
            {
              label: 'Finished',
              className: 'report-bar--content',
              values: content.map((p) => p.done),
              format: (n) => `${formatNumber(n, 0)} finished`,
            },
          ]}
        />
      )}
      table={
        <table className="data-table">
          <caption className="visually-hidden">
            Content finished in each {bucket}, with its minutes and pages
          </caption>
          <thead>
            <tr>
              <th scope="col">{bucket === 'day' ? 'Day' : bucket === 'week' ? 'Week' : 'Month'}</th>
              <th scope="col">Finished</th>
              <th scope="col">Minutes</th>
              <th scope="col">Pages</th>
            </tr>
          </thead>
          <tbody>
            {content.map((p) => (
              <tr key={p.from}>
                <th scope="row">{bucketName(bucket, p.from)}</th>
                <td>{formatNumber(p.done, 0)}</td>
                <td>{formatNumber(p.minutes, 0)}</td>
                <td>{formatNumber(p.pages, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
