import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  isValidDate,
  isValidTimeZone,
  periodEnd,
  periodIndex,
  periodStart,
  toDayNumber,
  todayIn,
} from './calendar.ts';

describe('isValidDate', () => {
  it('accepts real calendar dates, including 29 February in a leap year', () => {
    expect(isValidDate('2027-01-31')).toBe(true);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('0050-06-15')).toBe(true);
  });

  it('rejects impossible dates and other spellings', () => {
    for (const date of ['2027-02-29', '1900-02-29', '2027-13-01', '2027-04-31', '2027-00-10', '2027-1-05']) {
      expect(isValidDate(date)).toBe(false);
    }
    for (const date of ['27-01-05', '2027-01-05T00:00:00Z', '', ' 2027-01-05']) {
      expect(isValidDate(date)).toBe(false);
    }
  });

  it('refuses to do arithmetic on an invalid date', () => {
    expect(() => toDayNumber('2027-02-30')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-01-10', 0)).toBe('2027-01-10');
  });

  it('keeps years below 100 as written', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('counts b − a in whole days', () => {
    // 2027 is not a leap year: 365 days, so 31 December is 364 days after 1 January.
    expect(daysBetween('2027-01-01', '2027-12-31')).toBe(364);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('counts a daylight-saving weekend as whole days', () => {
    // Europe moves its clocks on 28 March 2027 and the US on 14 March; dates must not notice.
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
  });
});

describe('compareDates', () => {
  it('orders dates as a sort comparator', () => {
    expect(compareDates('2027-01-02', '2027-01-10')).toBe(-1);
    expect(compareDates('2027-01-10', '2027-01-10')).toBe(0);
    expect(compareDates('2028-01-01', '2027-12-31')).toBe(1);
    expect(['2027-03-01', '2026-12-31', '2027-01-15'].sort(compareDates)).toEqual([
      '2026-12-31',
      '2027-01-15',
      '2027-03-01',
    ]);
  });
});

describe('todayIn', () => {
  it('answers the date on the wall clock of the given time zone', () => {
    const now = new Date('2027-03-01T02:30:00Z');
    // New York is UTC−5 in winter: 21:30 on the evening before.
    expect(todayIn('America/New_York', now)).toBe('2027-02-28');
    // Tokyo is UTC+9: 11:30 the same morning.
    expect(todayIn('Asia/Tokyo', now)).toBe('2027-03-01');
    expect(todayIn('UTC', now)).toBe('2027-03-01');
  });

  it('moves into the new year first in the furthest-ahead zone', () => {
    // Kiritimati is UTC+14: 10:30 UTC on 31 December is 00:30 on 1 January there.
    expect(todayIn('Pacific/Kiritimati', new Date('2027-12-31T10:30:00Z'))).toBe('2028-01-01');
    // Pago Pago is UTC−11: still 30 December.
    expect(todayIn('Pacific/Pago_Pago', new Date('2027-12-31T10:30:00Z'))).toBe('2027-12-30');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and UTC', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('rejects unknown or empty zones', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('   ')).toBe(false);
  });
});

describe('calendar periods', () => {
  it('finds the half-year containing a date', () => {
    expect(periodStart('2027-08-09', 'half')).toBe('2027-07-01');
    expect(periodEnd('2027-08-09', 'half')).toBe('2027-12-31');
    expect(periodStart('2027-06-30', 'half')).toBe('2027-01-01');
    expect(periodEnd('2027-06-30', 'half')).toBe('2027-06-30');
    expect(periodIndex('2027-06-30', 'half')).toBe(1);
    expect(periodIndex('2027-07-01', 'half')).toBe(2);
  });

  it('finds the quarter containing a date', () => {
    expect(periodStart('2027-05-17', 'quarter')).toBe('2027-04-01');
    expect(periodEnd('2027-05-17', 'quarter')).toBe('2027-06-30');
    expect(periodEnd('2027-10-01', 'quarter')).toBe('2027-12-31');
    expect(periodIndex('2027-03-31', 'quarter')).toBe(1);
    expect(periodIndex('2027-11-30', 'quarter')).toBe(4);
  });

  it('finds the month containing a date, with February’s length', () => {
    expect(periodStart('2028-02-10', 'month')).toBe('2028-02-01');
    expect(periodEnd('2028-02-10', 'month')).toBe('2028-02-29');
    expect(periodEnd('2027-02-10', 'month')).toBe('2027-02-28');
    expect(periodEnd('2027-12-05', 'month')).toBe('2027-12-31');
    expect(periodIndex('2027-09-15', 'month')).toBe(9);
  });
});
