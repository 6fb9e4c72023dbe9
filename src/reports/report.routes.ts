import type { FastifyInstance, FastifyRequest } from 'fastify';
import { reportApi } from '../../shared/reports/report.contract.ts';
import type { ReportFormat } from '../../shared/reports/report.schema.ts';
import { route } from '../platform/http/route.ts';
import { reportSpans } from './domain/period.ts';
import { renderReport } from './format/index.ts';
import { ReportService } from './report.service.ts';

/** The media types a report is written in besides JSON, as Accept names them. */
const BY_MEDIA_TYPE: Record<string, ReportFormat> = {
  'application/json': 'json',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
};

/**
 * The format asked for: `format` in the query wins; else the first media type of Accept that is
 * one of ours, so a browser's `text/html, …, *\/*` gets JSON.
 */
export function formatAsked(format: ReportFormat | undefined, req: FastifyRequest): ReportFormat {
  if (format) return format;
  for (const part of String(req.headers.accept ?? '').split(',')) {
    const found = BY_MEDIA_TYPE[part.split(';')[0]!.trim().toLowerCase()];
    if (found) return found;
  }
  return 'json';
}

/** The period report, as JSON or, by `format` or Accept, as a Markdown, CSV or PDF file. */
export function reportRoutes(app: FastifyInstance): void {
  route(app, reportApi.get, async ({ ctx, query, req, reply }) => {
    const report = await new ReportService(ctx).report(reportSpans(query, ctx.today()));
    const format = formatAsked(query.format, req);
    // One address answers in several formats: caches must keep them apart.
    reply.header('vary', 'Accept');
    if (format === 'json') return report;
    const file = await renderReport(report, format, { name: ctx.actor.name });
    reply.type(file.contentType);
    reply.header(
      'content-disposition',
      `attachment; filename="trellis-report-${report.period.from}-${report.period.to}.${file.extension}"`,
    );
    return file.body;
  });
}
