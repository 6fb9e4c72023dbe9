import { describe, expect, it } from 'vitest';
import { asKind, choiceOf, periodSpan, rangeErrors, searchOf, shifted, spanOf } from './period.ts';

const params = (search: string) => new URLSearchParams(search);

describe('choiceOf', () => {
  it('reads a period and its date from the address', () => {
    expect(choiceOf(params('period=quarter&date=2027-03-31'))).toEqual({
      kind: 'quarter',
      date: '2027-03-31',
    });
    expect(choiceOf(params('period=week'))).toEqual({ kind: 'week', date: null });
  });

  it('shows this month without a choice, or with one it cannot read', () => {
    expect(choiceOf(params(''))).toEqual({ kind: 'month', date: null });
    // No such period, and no 30 February: both fall back.
    expect(choiceOf(params('period=decade&date=2027-02-30'))).toEqual({ kind: 'month', date: null });
    // A range needs both of its days; one alone is no range.
    expect(choiceOf(params('from=2027-01-03'))).toEqual({ kind: 'month', date: null });
  });

  it('lets a range win over a period, and reads one given backwards the right way round', () => {
    expect(choiceOf(params('from=2027-02-09&to=2027-01-03&period=week'))).toEqual({
      kind: 'range',
      from: '2027-01-03',
      to: '2027-02-09',
    });
  });

  it('writes a choice back as the address it came from', () => {
    expect(searchOf({ kind: 'quarter', date: '2027-03-31' })).toBe('?period=quarter&date=2027-03-31');
    expect(searchOf({ kind: 'month', date: null })).toBe('?period=month');
    expect(searchOf({ kind: 'range', from: '2027-01-03', to: '2027-02-09' })).toBe(
      '?from=2027-01-03&to=2027-02-09',
    );
  });
});

describe('periodSpan', () => {
  it('takes ISO weeks from Monday to Sunday', () => {
    // 2027-03-31 is a Wednesday (1 January 2027 is a Friday; 31 March is day 90, 89 = 12 × 7 + 5 later).
    expect(periodSpan('week', '2027-03-31')).toEqual({ from: '2027-03-29', to: '2027-04-04' });
    // 1 January 2025, a Wednesday, is in the week that began on Monday 30 December 2024.
    expect(periodSpan('week', '2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });

  it('takes calendar months, quarters and years', () => {
    expect(periodSpan('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodSpan('quarter', '2027-03-31')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(periodSpan('year', '2027-06-15')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    // The last month and quarter of a year end on 31 December, not a day before a 13th month.
    expect(periodSpan('month', '2027-12-05')).toEqual({ from: '2027-12-01', to: '2027-12-31' });
    expect(periodSpan('quarter', '2027-11-15')).toEqual({ from: '2027-10-01', to: '2027-12-31' });
    expect(periodSpan('quarter', '9999-12-31')).toEqual({ from: '9999-10-01', to: '9999-12-31' });
  });

  it('stands today in for a period without a date', () => {
    expect(spanOf({ kind: 'month', date: null }, '2027-03-15')).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
    });
  });
});

describe('shifted', () => {
  const today = '2027-03-15';

  it('moves a period by one of its kind, to that period’s first day', () => {
    expect(shifted({ kind: 'quarter', date: '2027-03-31' }, -1, today)).toEqual({
      kind: 'quarter',
      date: '2026-10-01',
    });
    expect(shifted({ kind: 'quarter', date: '2027-03-31' }, 1, today)).toEqual({
      kind: 'quarter',
      date: '2027-04-01',
    });
    // The week of Monday 29 March ends on Sunday 4 April: the next begins on 5 April.
    expect(shifted({ kind: 'week', date: '2027-03-31' }, 1, today)).toEqual({
      kind: 'week',
      date: '2027-04-05',
    });
    expect(shifted({ kind: 'month', date: '2028-03-10' }, -1, today)).toEqual({
      kind: 'month',
      date: '2028-02-01',
    });
    expect(shifted({ kind: 'year', date: '2027-06-15' }, -1, today)).toEqual({
      kind: 'year',
      date: '2026-01-01',
    });
  });

  it('moves the current period from today', () => {
    expect(shifted({ kind: 'month', date: null }, -1, today)).toEqual({ kind: 'month', date: '2027-02-01' });
  });

  it('moves a range by its own length', () => {
    // 3 January to 9 February is 29 + 9 = 38 days. 38 days earlier: 3 January − 38 = 26 November
    // (3 back to 31 December, 30 more to 1 December, 5 more), and 9 February − 38 = 2 January.
    const range = { kind: 'range', from: '2027-01-03', to: '2027-02-09' } as const;
    expect(shifted(range, -1, today)).toEqual({ kind: 'range', from: '2026-11-26', to: '2027-01-02' });
    // 38 days later: 10 February to 19 March (19 days of February, 19 of March).
    expect(shifted(range, 1, today)).toEqual({ kind: 'range', from: '2027-02-10', to: '2027-03-19' });
  });
});

describe('asKind', () => {
  it('keeps the date, the last day of a range, or the current period', () => {
    expect(asKind({ kind: 'quarter', date: '2027-03-31' }, 'week', '2027-03-15')).toEqual({
      kind: 'week',
      date: '2027-03-31',
    });
    expect(asKind({ kind: 'range', from: '2027-01-03', to: '2027-02-09' }, 'month', '2027-03-15')).toEqual({
      kind: 'month',
      date: '2027-02-09',
    });
    expect(asKind({ kind: 'month', date: null }, 'year', '2027-03-15')).toEqual({ kind: 'year', date: null });
  });
});

describe('rangeErrors', () => {
  it('asks for both days, the last not before the first', () => {
    expect(rangeErrors('2027-01-03', '2027-02-09')).toEqual({});
    expect(rangeErrors('2027-01-03', '2027-01-03')).toEqual({});
    expect(rangeErrors('', '2027-02-09')).toEqual({ from: 'enter the first day of the range' });
    expect(rangeErrors('2027-02-30', '')).toEqual({
      from: 'enter the first day of the range',
      to: 'enter the last day of the range',
    });
    expect(rangeErrors('2027-02-09', '2027-01-03')).toEqual({ to: 'must be on or after the first day' });
  });
});
