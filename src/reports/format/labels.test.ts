import { describe, expect, it } from 'vitest';
import { formatChange, formatPeriod, formatSpan, sectionsOf } from './labels.ts';
import { DECADE, QUARTER } from './report.fixtures.ts';

describe('what every format of a report says alike', () => {
  it('writes spans with the year once when both ends share it', () => {
    expect(formatSpan({ from: '2027-01-01', to: '2027-03-31' })).toBe('Jan 1 – Mar 31, 2027');
    expect(formatSpan({ from: '2024-12-30', to: '2025-01-05' })).toBe('Dec 30, 2024 – Jan 5, 2025');
    expect(formatSpan({ from: '2027-03-01', to: '2027-03-01' })).toBe('Mar 1, 2027');
  });

  it('names periods by their kind', () => {
    // Monday 30 December 2024 starts ISO week 1 of 2025: its Thursday is 2 January 2025.
    expect(formatPeriod('week', { from: '2024-12-30', to: '2025-01-05' })).toBe('Week 1 of 2025');
    expect(formatPeriod('month', { from: '2027-03-01', to: '2027-03-31' })).toBe('March 2027');
    expect(formatPeriod('quarter', { from: '2027-10-01', to: '2027-12-31' })).toBe(
      'Q4 2027 (Oct 1 – Dec 31, 2027)',
    );
    expect(formatPeriod('year', { from: '2027-01-01', to: '2027-12-31' })).toBe('2027');
  });

  it('signs a change, and rounds it before deciding whether it is zero', () => {
    expect(formatChange(3)).toBe('+3');
    expect(formatChange(-1.75)).toBe('-1.8');
    // 0.04 and −0.04 round to 0 at one decimal: no sign.
    expect(formatChange(0.04)).toBe('0');
    expect(formatChange(-0.04)).toBe('0');
    expect(formatChange(1, 'books')).toBe('+1 book');
    expect(formatChange(null)).toBe('—');
  });

  it('groups the figures in four sections, each skill as a row of the last', () => {
    const sections = sectionsOf(QUARTER);
    // 6 goal figures; learning, practice, 3 content, 2 credentials = 7; 3 network and 2 mentoring = 5;
    // the assessments and one skill = 2.
    expect(sections.map((s) => [s.title, s.rows.length])).toEqual([
      ['Goals', 6],
      ['Time and content', 7],
      ['Network and mentoring', 5],
      ['Skills', 2],
    ]);
    // A skill not assessed before the period has no previous level, so no change.
    const skills = sectionsOf({ ...DECADE, skills: [{ ...DECADE.skills[0]!, from: null }] }).at(-1)!;
    expect(skills.rows.at(-1)).toEqual({
      label: 'Русский язык level',
      value: 2,
      previous: null,
      change: null,
    });
  });

  it('leaves out a section with nothing to list', () => {
    expect(sectionsOf({ ...QUARTER, figures: [], skills: [] })).toEqual([]);
  });
});
