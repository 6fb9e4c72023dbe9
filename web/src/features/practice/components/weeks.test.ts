import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { byWeek, mondayOf, weekTitle } from './weeks.ts';

describe('mondayOf', () => {
  it('finds the Monday of the ISO week, Sunday belonging to the week before it', () => {
    // 2026-03-02 is a Monday, 2026-03-08 a Sunday.
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-05')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
  });

  it('crosses months, years and days before 1970', () => {
    // 2021-01-01 was a Friday, in the ISO week that began on Monday 2020-12-28.
    expect(mondayOf('2021-01-01')).toBe('2020-12-28');
    // 1969-12-31 was a Wednesday.
    expect(mondayOf('1969-12-31')).toBe('1969-12-29');
  });
});

describe('byWeek', () => {
  it('groups by week, the newest first, adding up the minutes of each', () => {
    const entries = [
      { id: 'a', date: '2026-03-09', minutes: 30 },
      { id: 'b', date: '2026-03-08', minutes: 45 },
      { id: 'c', date: '2026-03-02', minutes: 60 },
      { id: 'd', date: '2026-02-20', minutes: 15 },
      { id: 'e', date: '2026-03-04', minutes: 20 },
    ];
    const weeks = byWeek(entries);
    expect(weeks.map((w) => [w.monday, w.sunday, w.minutes, w.entries.map((e) => e.id)])).toEqual([
      ['2026-03-09', '2026-03-15', 30, ['a']],
      ['2026-03-02', '2026-03-08', 45 + 60 + 20, ['b', 'c', 'e']],
      ['2026-02-16', '2026-02-22', 15, ['d']],
    ]);
  });

  it('has no weeks without entries', () => {
    expect(byWeek([])).toEqual([]);
  });
});

describe('weekTitle', () => {
  it('names this week and the last, and dates the others by their Monday', () => {
    const today = '2026-03-11';
    expect(weekTitle('2026-03-09', today)).toBe('This week');
    expect(weekTitle('2026-03-02', today)).toBe('Last week');
    expect(weekTitle('2026-02-23', today)).toBe(`Week of ${formatDate('2026-02-23')}`);
  });
});
