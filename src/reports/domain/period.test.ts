import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../../shared/reports/period-words.ts';
import { periodOf, previousPeriodOf, previousSpan, reportSpans } from './period.ts';

// Weekdays checked against a printed calendar: 2027-01-01 is a Friday, 2026-12-28 a Monday,
// 2024-12-30 a Monday, 2028-02-29 a Tuesday, 2020-12-31 a Thursday.

describe('report periods', () => {
  it('takes ISO weeks from Monday to Sunday, across a new year', () => {
    // Friday 1 January 2027 lies in the week of Monday 28 December 2026, which is 2026's week 53.
    expect(periodOf('week', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    // Monday 4 January 2027 starts week 1 of 2027.
    expect(periodOf('week', '2027-01-04')).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    // Monday 30 December 2024 starts week 1 of 2025 (its Thursday is 2 January 2025).
    expect(isoWeek('2024-12-31')).toEqual({ year: 2025, week: 1 });
    expect(periodOf('week', '2024-12-31')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    // A Sunday belongs to the week before it.
    expect(periodOf('week', '2027-01-03')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    // 2020 has 53 weeks: Thursday 31 December is in week 53.
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
  });

  it('compares a week with the one before, across a new year', () => {
    expect(previousPeriodOf('week', '2027-01-06')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('takes months, quarters and years by the calendar, leap days included', () => {
    expect(periodOf('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('month', '2027-02-10')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(periodOf('quarter', '2027-05-15')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(periodOf('year', '2028-07-01')).toEqual({ from: '2028-01-01', to: '2028-12-31' });
  });

  it('compares with the calendar period of the same kind just before', () => {
    // March 2028 against February 2028, 29 days long.
    expect(previousPeriodOf('month', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    // Q1 against the last quarter of the year before.
    expect(previousPeriodOf('quarter', '2027-02-01')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(previousPeriodOf('year', '2027-06-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('compares a range of days with as many days just before it', () => {
    // 1–10 March 2028 is 10 days; the 10 before run from 20 February, over the leap day.
    expect(previousSpan({ from: '2028-03-01', to: '2028-03-10' })).toEqual({
      from: '2028-02-20',
      to: '2028-02-29',
    });
    expect(previousSpan({ from: '2027-01-01', to: '2027-01-01' })).toEqual({
      from: '2026-12-31',
      to: '2026-12-31',
    });
  });
});

describe('the spans a report asks for', () => {
  it('defaults to the month holding today, and takes a range with as many days before', () => {
    expect(reportSpans({}, '2028-02-10')).toEqual({
      kind: 'month',
      period: { from: '2028-02-01', to: '2028-02-29' },
      previous: { from: '2028-01-01', to: '2028-01-31' },
    });
    expect(reportSpans({ period: 'week' }, '2027-01-01')).toMatchObject({
      period: { from: '2026-12-28', to: '2027-01-03' },
    });
    // Three days, 2027-03-01 … 03-03, against 02-26 … 02-28.
    expect(reportSpans({ from: '2027-03-01', to: '2027-03-03' }, '2027-05-15')).toEqual({
      kind: 'range',
      period: { from: '2027-03-01', to: '2027-03-03' },
      previous: { from: '2027-02-26', to: '2027-02-28' },
    });
  });
});
