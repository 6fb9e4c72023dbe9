// A report as CSV (RFC 4180: CRLF, fields quoted when they must be; UTF-8): one section per table,
// each with its header row, sections separated by an empty line. Dates are ISO (YYYY-MM-DD) and
// numbers are written as numbers, so a spreadsheet can compute with them.
import { clean } from '../../../shared/numbers.ts';
import type { Report } from '../../../shared/reports/report.schema.ts';
import { type CsvCell, csvText } from '../../platform/csv.ts';
import { FIGURE_HEADER, formatPeriod, GOAL_HEADER, STATUS_LABELS, sectionsOf } from './labels.ts';

// Formula-like text is defused and numbers stay numbers (src/platform/csv.ts): a goal titled
// "=HYPERLINK(…)" is the person's own text, but a shared file is opened by others.
const section = (header: string[], rows: CsvCell[][]) => csvText([header, ...rows]);

/** A number without float noise (0.7 + 0.1 is written 0.8); null, an empty cell, stays empty. */
const num = (n: number | null) => (n === null ? null : clean(n));

/** The report as CSV text. */
export function renderCsv(report: Report, owner: { name: string }): string {
  const sections = [
    section(
      ['Report for', 'Period', 'From', 'To', 'Previous from', 'Previous to'],
      [
        [
          owner.name,
          formatPeriod(report.kind, report.period),
          report.period.from,
          report.period.to,
          report.previous.from,
          report.previous.to,
        ],
      ],
    ),
    section(
      ['Highlights'],
      report.highlights.map((h) => [h]),
    ),
    // The first header cell names the section, as each Markdown table's heading does.
    ...sectionsOf(report).map((s) =>
      section(
        [s.title, ...FIGURE_HEADER.slice(1)],
        s.rows.map((r) => [r.label, num(r.value), num(r.previous), num(r.change)]),
      ),
    ),
    section(
      [GOAL_HEADER[0]!, 'Unit', ...GOAL_HEADER.slice(1)],
      report.goals.map((g) => [
        g.goal.title,
        g.goal.unit,
        num(g.start),
        num(g.end),
        num(g.change),
        num(g.expected),
        STATUS_LABELS[g.status],
      ]),
    ),
    // The charts' data, for a spreadsheet to draw its own.
    section(
      ['From', 'To', 'Learning hours', 'Practice hours'],
      report.series.time.map((p) => [p.from, p.to, num(p.learningHours), num(p.practiceHours)]),
    ),
    section(
      ['From', 'To', 'Content done', 'Content minutes', 'Content pages'],
      report.series.content.map((p) => [p.from, p.to, num(p.done), num(p.minutes), num(p.pages)]),
    ),
  ];
  return sections.join('\r\n');
}
