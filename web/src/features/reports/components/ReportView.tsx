import type { Report } from '@shared/reports/report.schema.ts';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { Downloads } from './Downloads.tsx';
import { FigureTables } from './FigureTables.tsx';
import { isEmptyPeriod, previousHadAny } from './figures.ts';
import { GoalTable } from './GoalTable.tsx';
import { Highlights } from './Highlights.tsx';
import type { ReportChoice } from './period.ts';
import { ReportCharts } from './ReportCharts.tsx';
import '../../../components/empty-state.css';

export interface ReportViewProps {
  report: Report;
  choice: ReportChoice;
  /** The period and the one before, in words: "Q1 2027", "Q4 2026". */
  current: string;
  previous: string;
  /** The address of the period before, offered when this one is empty and that one is not. */
  previousSearch: string;
}

/** A loaded report: its highlights, its figures by section, its charts and its goals; or that it is empty. */
export function ReportView({ report, choice, current, previous, previousSearch }: ReportViewProps) {
  if (isEmptyPeriod(report)) {
    return (
      <div className="empty-state report-empty">
        <h2 className="empty-state__title">Nothing to report for {current}</h2>
        <p>
          No goal with a number to reach was active, and nothing was logged, finished, met or assessed in this
          period. Pick another period above.
        </p>
        {previousHadAny(report) && (
          <div className="empty-state__actions">
            <ButtonLink variant="secondary" to={previousSearch}>
              See {previous}
            </ButtonLink>
          </div>
        )}
      </div>
    );
  }
  return (
    <div className="page__stack report">
      <Downloads choice={choice} />
      <Panel id="report-highlights" title="Highlights">
        <Highlights highlights={report.highlights} />
      </Panel>
      <Panel id="report-figures" title="In numbers" description={`${current} beside ${previous}.`}>
        <FigureTables figures={report.figures} current={current} previous={previous} />
      </Panel>
      <Panel id="report-charts" title="Charts">
        <ReportCharts report={report} />
      </Panel>
      {report.goals.length > 0 && (
        <Panel id="report-goals" title="Goals">
          <GoalTable goals={report.goals} period={current} />
        </Panel>
      )}
    </div>
  );
}
