import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv.ts';
import { EMPTY_WEEK, OWNER, QUARTER } from './report.fixtures.ts';

/** The CSV read back, cut into its sections at the empty lines between them. */
function sectionsOf(text: string): string[][][] {
  const records: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: false });
  const sections: string[][][] = [[]];
  for (const record of records) {
    if (record.length === 1 && record[0] === '') sections.push([]);
    else sections[sections.length - 1]!.push(record);
  }
  return sections;
}

describe('a report as CSV', () => {
  it('writes one section per table, each with its header row, ISO dates and plain numbers', () => {
    const text = renderCsv(QUARTER, OWNER);
    // RFC 4180: every record ends with CRLF; no bare LF outside the one quoted goal title.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').replace('books\non', '')).not.toMatch(/[\r\n]/);
    const [report, highlights, goals, time, network, skills, goalRows, timeSeries, contentSeries, ...rest] =
      sectionsOf(text);
    expect(rest).toEqual([]);
    expect(report).toEqual([
      ['Report for', 'Period', 'From', 'To', 'Previous from', 'Previous to'],
      ['Ada Quill', 'Q1 2027 (Jan 1 – Mar 31, 2027)', '2027-01-01', '2027-03-31', '2026-10-01', '2026-12-31'],
    ]);
    expect(highlights).toEqual([
      ['Highlights'],
      ['Learning up 43% on last quarter: 31.5 h against 22 h'],
      ['Goals achieved: 1, against none'],
    ]);
    // Negative numbers are numbers: -1 is written without the apostrophe text would get.
    expect(goals).toEqual([
      ['Goals', 'This period', 'Previous', 'Change'],
      ['Active goals', '4', '3', '1'],
      ['Goals achieved', '1', '0', '1'],
      ['Goals missed', '0', '1', '-1'],
      ['On track', '2', '1', '1'],
      ['At risk', '1', '1', '0'],
      ['Off track', '0', '1', '-1'],
    ]);
    // Unrounded, unlike the Markdown: 12.25 − 14 = −1.75.
    expect(time![2]).toEqual(['Practice hours', '12.25', '14', '-1.75']);
    expect(time![4]).toEqual(['Content minutes', '1230', '980', '250']);
    expect(network![0]).toEqual(['Network and mentoring', 'This period', 'Previous', 'Change']);
    expect(network).toHaveLength(6);
    expect(skills).toEqual([
      ['Skills', 'This period', 'Previous', 'Change'],
      ['Assessments', '2', '0', '2'],
      ['Testing | QA level', '3', '2', '1'],
    ]);
    // The title keeps its line break (quoted); a goal without a schedule has an empty Expected.
    expect(goalRows).toEqual([
      ['Goal', 'Unit', 'Start', 'End', 'Change', 'Expected', 'Status'],
      ['Read 12 books\non systems', 'books', '2', '5', '3', '', 'No due date'],
      ['Run | walk 500 km', 'km', '120', '180', '60', '200', 'At risk'],
    ]);
    // 14 buckets: Jan 1–3, twelve whole ISO weeks, Mar 29–31.
    expect(timeSeries).toHaveLength(15);
    expect(timeSeries![0]).toEqual(['From', 'To', 'Learning hours', 'Practice hours']);
    expect(timeSeries![1]).toEqual(['2027-01-01', '2027-01-03', '3', '0']);
    expect(timeSeries![14]).toEqual(['2027-03-29', '2027-03-31', '1', '1']);
    // The second week finished one item of 205 minutes.
    expect(contentSeries![2]).toEqual(['2027-01-04', '2027-01-10', '1', '205', '0']);
  });

  it('writes text a spreadsheet would run as a formula with a leading apostrophe, and quotes commas and quotes', () => {
    const [read, run] = QUARTER.goals;
    const report = {
      ...QUARTER,
      goals: [
        { ...read!, goal: { ...read!.goal, title: '=SUM(A1)' } },
        { ...run!, goal: { ...run!.goal, title: 'Talks, "live" and recorded', unit: '-' } },
      ],
      highlights: ['+40% practice', '@mention', '\tindented'],
    };
    const text = renderCsv(report, { name: '-Ada' });
    // A comma or a quote makes the field quoted, its quotes doubled.
    expect(text).toContain('\r\n"Talks, ""live"" and recorded",\'-,120,180,60,200,At risk\r\n');
    const sections = sectionsOf(text);
    expect(sections[0]![1]![0]).toBe("'-Ada");
    expect(sections[1]).toEqual([['Highlights'], ["'+40% practice"], ["'@mention"], ["'\tindented"]]);
    expect(sections[6]!.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ["'=SUM(A1)", 'books'],
      ['Talks, "live" and recorded', "'-"],
    ]);
  });

  it('keeps every section of an empty week, each with at least its header', () => {
    const sections = sectionsOf(renderCsv(EMPTY_WEEK, OWNER));
    expect(sections.map((s) => s[0]![0])).toEqual([
      'Report for',
      'Highlights',
      'Goals',
      'Time and content',
      'Network and mentoring',
      'Skills',
      'Goal',
      'From',
      'From',
    ]);
    expect(sections[1]).toEqual([['Highlights']]);
    expect(sections[6]).toEqual([['Goal', 'Unit', 'Start', 'End', 'Change', 'Expected', 'Status']]);
    // Seven days, no content.
    expect(sections[7]).toHaveLength(8);
    expect(sections[8]).toHaveLength(1);
  });
});
