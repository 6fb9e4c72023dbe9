import { describe, expect, it } from 'vitest';
import {
  bucketCount,
  bucketName,
  bucketTick,
  daysWords,
  isoWeek,
  periodWords,
  rangeWords,
} from './periodWords.ts';

describe('isoWeek', () => {
  it('numbers weeks from the one holding the year’s first Thursday', () => {
    // Monday 30 December 2024: its Thursday is 2 January 2025, so week 1 of 2025.
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    // Sunday 3 January 2021: its Thursday is 31 December 2020, day 366 of a leap year: 365 / 7 → week 53.
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    // Wednesday 31 March 2027: its Thursday, 1 April, is day 91; (91 − 1) / 7 = 12.9 → week 13.
    expect(isoWeek('2027-03-31')).toEqual({ year: 2027, week: 13 });
  });
});

describe('periodWords', () => {
  it('names each kind of period', () => {
    expect(periodWords('quarter', { from: '2027-01-01', to: '2027-03-31' })).toBe('Q1 2027');
    expect(periodWords('quarter', { from: '2026-10-01', to: '2026-12-31' })).toBe('Q4 2026');
    expect(periodWords('week', { from: '2024-12-30', to: '2025-01-05' })).toBe('Week 1 of 2025');
    expect(periodWords('month', { from: '2027-03-01', to: '2027-03-31' })).toBe('March 2027');
    expect(periodWords('year', { from: '2027-01-01', to: '2027-12-31' })).toBe('2027');
    expect(periodWords('range', { from: '2027-01-03', to: '2027-02-09' })).toBe('Jan 3 – Feb 9, 2027');
  });
});

describe('rangeWords', () => {
  it('writes the year once, and the month once when both days share it', () => {
    expect(rangeWords({ from: '2027-03-03', to: '2027-03-09' })).toBe('Mar 3 – 9, 2027');
    expect(rangeWords({ from: '2026-12-20', to: '2027-01-09' })).toBe('Dec 20, 2026 – Jan 9, 2027');
    expect(rangeWords({ from: '2027-03-03', to: '2027-03-03' })).toBe('Mar 3, 2027');
  });

  it('counts the days of a range, both ends included', () => {
    expect(daysWords({ from: '2027-01-03', to: '2027-02-09' })).toBe('38 days');
    expect(daysWords({ from: '2027-01-03', to: '2027-01-03' })).toBe('1 day');
  });
});

describe('buckets', () => {
  it('names a bucket in full by its first day', () => {
    expect(bucketName('day', '2027-03-31')).toBe('Wed, Mar 31, 2027');
    expect(bucketName('week', '2027-03-29')).toBe('Week of Mar 29, 2027');
    expect(bucketName('month', '2027-03-01')).toBe('March 2027');
  });

  it('labels the axis short, with the year on the first month and on January', () => {
    expect(bucketTick('week', '2027-03-29', true)).toBe('Mar 29');
    expect(bucketTick('month', '2027-03-01', true)).toBe('Mar 2027');
    expect(bucketTick('month', '2027-04-01', false)).toBe('Apr');
    expect(bucketTick('month', '2028-01-01', false)).toBe('Jan 2028');
  });

  it('counts buckets in words', () => {
    expect(bucketCount('week', 13)).toBe('13 weeks');
    expect(bucketCount('month', 1)).toBe('1 month');
  });
});
