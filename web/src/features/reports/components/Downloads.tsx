import { downloadHref } from '../api/reports.ts';
import type { ReportChoice } from './period.ts';

const FORMATS = [
  { format: 'md', label: 'Markdown', type: 'text/markdown' },
  { format: 'pdf', label: 'PDF', type: 'application/pdf' },
  { format: 'csv', label: 'CSV', type: 'text/csv' },
] as const;

/**
 * The same report as a file: plain links the browser downloads (the API answers them as
 * attachments, and the session cookie goes with them like any same-origin request).
 */
export function Downloads({ choice }: { choice: ReportChoice }) {
  return (
    <div className="report-downloads">
      <span id="report-downloads-label">Download this report:</span>
      <ul aria-labelledby="report-downloads-label">
        {FORMATS.map(({ format, label, type }) => (
          <li key={format}>
            <a href={downloadHref(choice, format)} download type={type}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
