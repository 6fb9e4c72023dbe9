import { endpoint } from '../http/contract.ts';
import { Report, ReportFile, ReportQuery } from './report.schema.ts';

export const reportApi = {
  get: endpoint({
    method: 'GET',
    path: '/api/v1/reports',
    summary:
      'Your week, month, quarter or year holding `date` (or the days `from`–`to`) beside the period before it: figures, goals, skills, highlights and chart series; as Markdown, CSV or PDF by `format` or Accept',
    tag: 'Reports',
    auth: 'user',
    status: 200,
    query: ReportQuery,
    response: Report.or(ReportFile),
    produces: ['application/json', 'text/markdown', 'text/csv', 'application/pdf'],
  }),
};
