import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useReport } from '../api/reports.ts';
import { PeriodPicker } from '../components/PeriodPicker.tsx';
import { choiceOf, searchOf, shifted, spanOf } from '../components/period.ts';
import { daysWords, periodWords, rangeWords } from '../components/periodWords.ts';
import { ReportView } from '../components/ReportView.tsx';
import '../../../components/page.css';
import '../components/reports.css';
import '../components/reports-print.css';

/**
 * The Reports page: what you did in a week, month, quarter, year or range of days, beside the period
 * before it. The period lives in the address (?period=quarter&date=2027-03-31, or ?from=&to=), so a
 * report can be linked to, and Back returns to the period before. Without one: this month.
 */
export function ReportsPage() {
  const [params] = useSearchParams();
  const choice = choiceOf(params);
  const today = useToday();
  const report = useReport(choice);
  const data = report.data;
  // The API's own spans once it answers; until then the same spans worked out here.
  const span = data?.period ?? spanOf(choice, today);
  const before = shifted(choice, -1, today);
  const previousSpan = data?.previous ?? spanOf(before, today);
  const current = periodWords(choice.kind, span);
  const previous = periodWords(choice.kind, previousSpan);
  useDocumentTitle(`Report for ${current}`);

  return (
    <div className="page page--wide reports-page">
      <header className="page-header">
        <h1 className="page-header__title">Report for {current}</h1>
        <p className="page-header__lead">
          {choice.kind === 'range'
            ? `${daysWords(span)}, compared with the ${daysWords(previousSpan)} before: ${rangeWords(previousSpan)}`
            : `${rangeWords(span)}, compared with ${previous} (${rangeWords(previousSpan)})`}
        </p>
      </header>
      <PeriodPicker choice={choice} today={today} />
      <p className="visually-hidden" role="status">
        {data ? `Showing the report for ${current}.` : ''}
      </p>
      {report.isPending && <Loading label={`Loading the report for ${current}…`} />}
      {report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />}
      {data && (
        <ReportView
          report={data}
          choice={choice}
          current={current}
          previous={previous}
          previousSearch={searchOf(before)}
        />
      )}
    </div>
  );
}
