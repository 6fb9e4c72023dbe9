// A report as Markdown (GitHub's tables): the title, the highlights, then one table per section and
// one of the goals.
import type { Report } from '../../../shared/reports/report.schema.ts';
import {
  FIGURE_HEADER,
  formatChange,
  formatValue,
  GOAL_HEADER,
  goalCells,
  NO_GOALS,
  NO_HIGHLIGHTS,
  reportSubtitle,
  reportTitle,
  sectionsOf,
} from './labels.ts';

/** Text on one line: a line break inside a title would end a heading, list item or table row. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * Text in a table cell: on one line, with `|` escaped so it cannot start a new cell, and `\`
 * escaped first so a title ending in a backslash cannot escape the cell's closing pipe.
 */
export const cell = (text: string) => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

function table(header: string[], align: ('left' | 'right')[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(header),
    `| ${align.map((a) => (a === 'left' ? ':--' : '--:')).join(' | ')} |`,
    ...rows.map(line),
  ];
}

/** The report as a Markdown document, ending with a newline. */
export function renderMarkdown(report: Report, owner: { name: string }): string {
  const lines = [
    `# ${oneLine(reportTitle(report, owner))}`,
    '',
    reportSubtitle(report),
    '',
    '## Highlights',
    '',
  ];
  if (report.highlights.length === 0) lines.push(NO_HIGHLIGHTS);
  for (const h of report.highlights) lines.push(`- ${oneLine(h)}`);

  for (const section of sectionsOf(report)) {
    const rows = section.rows.map((r) => [
      r.label,
      formatValue(r.value),
      formatValue(r.previous),
      formatChange(r.change),
    ]);
    lines.push(
      '',
      `## ${section.title}`,
      '',
      ...table(FIGURE_HEADER, ['left', 'right', 'right', 'right'], rows),
    );
  }

  lines.push('', '## Goal progress', '');
  if (report.goals.length === 0) lines.push(NO_GOALS);
  else {
    const align = ['left', 'right', 'right', 'right', 'right', 'left'] as const;
    lines.push(...table(GOAL_HEADER, [...align], report.goals.map(goalCells)));
  }
  return `${lines.join('\n')}\n`;
}
