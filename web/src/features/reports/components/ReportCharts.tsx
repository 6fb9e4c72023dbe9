import type { Report } from '@shared/reports/report.schema.ts';
import { ContentChart } from './charts/ContentChart.tsx';
import { GoalLineChart } from './charts/GoalLineChart.tsx';
import { SkillsChart } from './charts/SkillsChart.tsx';
import { TimeChart } from './charts/TimeChart.tsx';

/**
 * The report's charts, as the API sends their series: time and content per bucket, each goal
 * against its target line, and the skills. A goal is drawn only when the report names it.
 */
export function ReportCharts({ report }: { report: Report }) {
  const { series } = report;
  const goals = series.goals.flatMap((line) => {
    const row = report.goals.find((g) => g.goal.id === line.goalId);
    return row ? [{ row, points: line.points }] : [];
  });
  return (
    <div className="report-charts">
      <div className="report-charts__pair">
        <TimeChart bucket={series.bucket} time={series.time} />
        <ContentChart bucket={series.bucket} content={series.content} />
      </div>
      {goals.length > 0 && (
        <div className="report-charts__goals">
          {goals.map(({ row, points }) => (
            <GoalLineChart
              key={row.goal.id}
              span={report.period}
              goal={row.goal}
              start={row.start}
              points={points}
            />
          ))}
        </div>
      )}
      {series.skills.length > 0 && <SkillsChart skills={series.skills} />}
    </div>
  );
}
