// A report in the formats people download: Markdown, CSV and PDF. Pure: each is a function of the
// report (computed elsewhere, as JSON) and the name of the person it is for.
import type { Report } from '../../../shared/reports/report.schema.ts';
import { renderCsv } from './csv.ts';
import { renderMarkdown } from './markdown.ts';

export interface RenderedReport {
  contentType: string;
  body: string | Buffer;
  extension: string;
}

/** The report as a file of `format`, with its media type and file extension. */
export async function renderReport(
  report: Report,
  format: 'md' | 'csv' | 'pdf',
  owner: { name: string },
): Promise<RenderedReport> {
  switch (format) {
    case 'md':
      return {
        contentType: 'text/markdown; charset=utf-8',
        body: renderMarkdown(report, owner),
        extension: 'md',
      };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', body: renderCsv(report, owner), extension: 'csv' };
    case 'pdf': {
      // PDFKit and its font metrics load on the first PDF, not with the server.
      const { renderPdf } = await import('./pdf.ts');
      return { contentType: 'application/pdf', body: await renderPdf(report, owner), extension: 'pdf' };
    }
  }
}
