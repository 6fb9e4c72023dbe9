import { describe, expect, it } from 'vitest';
import { cell, renderMarkdown } from './markdown.ts';
import { EMPTY_WEEK, OWNER, QUARTER } from './report.fixtures.ts';

describe('a report as Markdown', () => {
  it('writes the title, the highlights and one table per section, numbers rounded as the app shows them', () => {
    // Worked by hand from the fixture:
    // - 12.25 practice hours round half away from zero to 12.3; their change 12.25 − 14 = −1.75 to −1.8;
    // - 1230 content minutes are written with a thousands separator, 1,230;
    // - a positive change gets its "+", no change stays "0";
    // - the skill's level at the start (2) is the level the previous period ended with;
    // - goals keep the report's order; a goal without a schedule expects nothing (—);
    // - "|" in a goal title or skill name is escaped; the line break in a title becomes a space.
    expect(renderMarkdown(QUARTER, OWNER)).toBe(`# Report for Ada Quill: Q1 2027 (Jan 1 – Mar 31, 2027)

Jan 1 – Mar 31, 2027, compared with Oct 1 – Dec 31, 2026.

## Highlights

- Learning up 43% on last quarter: 31.5 h against 22 h
- Goals achieved: 1, against none

## Goals

| Figure | This period | Previous | Change |
| :-- | --: | --: | --: |
| Active goals | 4 | 3 | +1 |
| Goals achieved | 1 | 0 | +1 |
| Goals missed | 0 | 1 | -1 |
| On track | 2 | 1 | +1 |
| At risk | 1 | 1 | 0 |
| Off track | 0 | 1 | -1 |

## Time and content

| Figure | This period | Previous | Change |
| :-- | --: | --: | --: |
| Learning hours | 31.5 | 22 | +9.5 |
| Practice hours | 12.3 | 14 | -1.8 |
| Content finished | 6 | 4 | +2 |
| Content minutes | 1,230 | 980 | +250 |
| Pages read | 412 | 0 | +412 |
| Credentials earned | 1 | 0 | +1 |
| Credentials expiring | 0 | 0 | 0 |

## Network and mentoring

| Figure | This period | Previous | Change |
| :-- | --: | --: | --: |
| Interactions | 14 | 9 | +5 |
| New contacts | 3 | 5 | -2 |
| Contacts due | 2 | 4 | -2 |
| Mentoring sessions | 3 | 2 | +1 |
| Action items done | 5 | 1 | +4 |

## Skills

| Figure | This period | Previous | Change |
| :-- | --: | --: | --: |
| Assessments | 2 | 0 | +2 |
| Testing \\| QA level | 3 | 2 | +1 |

## Goal progress

| Goal | Start | End | Change | Expected | Status |
| :-- | --: | --: | --: | --: | :-- |
| Read 12 books on systems | 2 books | 5 books | +3 books | — | No due date |
| Run \\| walk 500 km | 120 km | 180 km | +60 km | 200 km | At risk |
`);
  });

  it('says so when a week has no highlights and no goals, and names the ISO week', () => {
    const md = renderMarkdown(EMPTY_WEEK, OWNER);
    // Monday Dec 29, 2025 starts week 1 of 2026: its Thursday is Jan 1, 2026.
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# Report for Ada Quill: Week 1 of 2026',
      '',
      'Dec 29, 2025 – Jan 4, 2026, compared with Dec 22 – 28, 2025.',
      '',
      '## Highlights',
      '',
      'Nothing stood out in this period.',
      '',
    ]);
    expect(md).toContain('| Active goals | 0 | 0 | 0 |');
    expect(md.endsWith('## Goal progress\n\nNo goal with a metric was active in this period.\n')).toBe(true);
  });

  it('names a month, a year and a range of days', () => {
    const title = (kind: (typeof QUARTER)['kind'], from: string, to: string) =>
      renderMarkdown({ ...QUARTER, kind, period: { from, to } }, OWNER).split('\n')[0];
    expect(title('month', '2027-03-01', '2027-03-31')).toBe('# Report for Ada Quill: March 2027');
    expect(title('year', '2027-01-01', '2027-12-31')).toBe('# Report for Ada Quill: 2027');
    expect(title('range', '2026-12-20', '2027-01-10')).toBe(
      '# Report for Ada Quill: Dec 20, 2026 – Jan 10, 2027',
    );
    expect(title('range', '2027-03-05', '2027-03-05')).toBe('# Report for Ada Quill: Mar 5, 2027');
  });

  it('keeps a cell in its column whatever the text: pipes, backslashes and line breaks', () => {
    // "a\|b" escaped: the backslash doubled first (a\\), then the pipe (\|).
    expect(cell('a\\|b')).toBe('a\\\\\\|b');
    expect(cell('ends with \\')).toBe('ends with \\\\');
    expect(cell(' two\r\nlines\n\nhere ')).toBe('two lines here');
  });
});
