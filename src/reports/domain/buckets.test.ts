import { describe, expect, it } from 'vitest';
import { bucketOf, bucketsOf, totalIn, totalsPer } from './buckets.ts';

// 2027-03-01 is a Monday; 2027-01-01 a Friday.

describe('report buckets', () => {
  it('charts a week by day, a month or quarter by week, a year by month, a range by its length', () => {
    const span = (from: string, to: string) => ({ from, to });
    expect(bucketOf('week', span('2027-03-01', '2027-03-07'))).toBe('day');
    expect(bucketOf('month', span('2027-03-01', '2027-03-31'))).toBe('week');
    expect(bucketOf('quarter', span('2027-01-01', '2027-03-31'))).toBe('week');
    expect(bucketOf('year', span('2027-01-01', '2027-12-31'))).toBe('month');
    // 31 days by day, 32 to 92 by week, 93 on by month.
    expect(bucketOf('range', span('2027-03-01', '2027-03-31'))).toBe('day');
    expect(bucketOf('range', span('2027-03-01', '2027-04-01'))).toBe('week');
    expect(bucketOf('range', span('2027-01-01', '2027-04-02'))).toBe('week');
    expect(bucketOf('range', span('2027-01-01', '2027-04-03'))).toBe('month');
  });

  it('cuts the first and last bucket at the span’s edges', () => {
    // Friday 2027-01-01 to Wednesday 01-13: the week of Monday 2026-12-28 from 01-01, then 01-04
    // to 01-10, then 01-11 to 01-13.
    expect(bucketsOf({ from: '2027-01-01', to: '2027-01-13' }, 'week')).toEqual([
      { from: '2027-01-01', to: '2027-01-03' },
      { from: '2027-01-04', to: '2027-01-10' },
      { from: '2027-01-11', to: '2027-01-13' },
    ]);
    expect(bucketsOf({ from: '2028-01-15', to: '2028-03-02' }, 'month')).toEqual([
      { from: '2028-01-15', to: '2028-01-31' },
      { from: '2028-02-01', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-03-02' },
    ]);
    expect(bucketsOf({ from: '2027-12-31', to: '2028-01-01' }, 'day')).toEqual([
      { from: '2027-12-31', to: '2027-12-31' },
      { from: '2028-01-01', to: '2028-01-01' },
    ]);
  });

  it('adds dated rows up per bucket and within a span, leaving out rows outside', () => {
    const rows = [
      { date: '2027-02-28', minutes: 500 },
      { date: '2027-03-01', minutes: 10 },
      { date: '2027-03-07', minutes: 20 },
      { date: '2027-03-08', minutes: 40 },
      { date: '2027-03-31', minutes: 80 },
      { date: '2027-04-01', minutes: 500 },
    ];
    const weeks = bucketsOf({ from: '2027-03-01', to: '2027-03-31' }, 'week');
    // 10 + 20 in the first week; 40 in the second; 80 in the last, cut at 03-31.
    expect(totalsPer(rows, weeks, ['minutes']).map((t) => t.minutes)).toEqual([30, 40, 0, 0, 80]);
    expect(totalIn(rows, { from: '2027-03-01', to: '2027-03-31' }, ['minutes'])).toEqual({ minutes: 150 });
    expect(totalsPer(rows, [], ['minutes'])).toEqual([]);
  });
});
