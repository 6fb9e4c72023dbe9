// Period reports. Keys from api/keys.ts (`reportKeys`), which says why nothing invalidates them.
import type { Report, ReportFormat } from '@shared/reports/report.schema.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { reportKeys } from '../../../api/keys.ts';
import { paramsOf, type ReportChoice } from '../components/period.ts';
import { reportEndpoints } from './endpoints.ts';

/** The report of a period (or range of days) beside the one before it, with its charts' series. */
export function useReport(choice: ReportChoice) {
  const query = paramsOf(choice);
  return useQuery({
    queryKey: reportKeys.one(query),
    // Asked without a format, the answer is the report as JSON (a file comes only by `format`).
    queryFn: async () => (await api.call(reportEndpoints.get, { query })) as Report,
    // Every capability's writes move a report, and none of them names it: ask again on each visit.
    staleTime: 0,
  });
}

/** The address of the same report as a file: Markdown, CSV or PDF, sent as an attachment. */
export function downloadHref(choice: ReportChoice, format: Exclude<ReportFormat, 'json'>): string {
  return `${reportEndpoints.get.path}?${new URLSearchParams({ ...paramsOf(choice), format })}`;
}
