import { describe, expect, it } from 'vitest';
import { digestInstant, digestWeekAt } from './digest-week.ts';

const at = (iso: string) => new Date(iso);

// 2027-05-15 is a Saturday, so 2027-05-17 and 2027-05-10 are Mondays. In May, Berlin keeps CEST
// (UTC+2), Auckland NZST (UTC+12) and Los Angeles PDT (UTC−7).
describe('digestWeekAt', () => {
  it('is the previous Monday on Sunday at 23:59', () => {
    // Sunday 2027-05-16 23:59 CEST is 21:59 UTC.
    expect(digestWeekAt(at('2027-05-16T21:59:00Z'), 'Europe/Berlin')).toBe('2027-05-10');
  });

  it('is the Monday before on Monday at 07:59', () => {
    // Monday 2027-05-17 07:59 CEST is 05:59 UTC: this Monday's digest is not due yet.
    expect(digestWeekAt(at('2027-05-17T05:59:00Z'), 'Europe/Berlin')).toBe('2027-05-10');
    expect(digestWeekAt(at('2027-05-17T05:59:59.999Z'), 'Europe/Berlin')).toBe('2027-05-10');
  });

  it('is that Monday from 08:00 on, all week', () => {
    // Monday 08:00 CEST is 06:00 UTC; Wednesday noon and Sunday 23:59 are still that week.
    expect(digestWeekAt(at('2027-05-17T06:00:00Z'), 'Europe/Berlin')).toBe('2027-05-17');
    expect(digestWeekAt(at('2027-05-19T10:00:00Z'), 'Europe/Berlin')).toBe('2027-05-17');
    expect(digestWeekAt(at('2027-05-23T21:59:00Z'), 'Europe/Berlin')).toBe('2027-05-17');
    expect(digestWeekAt(at('2027-05-17T08:00:00Z'), 'UTC')).toBe('2027-05-17');
    expect(digestWeekAt(at('2027-05-17T07:59:00Z'), 'UTC')).toBe('2027-05-10');
  });

  it('follows Berlin into summer time: 08:00 on the Monday after the change is 06:00 UTC', () => {
    // Summer time began on Sunday 2027-03-28; Monday 03-29 08:00 CEST is 06:00 UTC. Under winter
    // time (UTC+1) 06:30 UTC would read 07:30, before the digest: it must read 08:30.
    expect(digestWeekAt(at('2027-03-29T06:30:00Z'), 'Europe/Berlin')).toBe('2027-03-29');
    expect(digestWeekAt(at('2027-03-29T05:59:00Z'), 'Europe/Berlin')).toBe('2027-03-22');
    expect(digestInstant('2027-03-29', 'Europe/Berlin').toISOString()).toBe('2027-03-29T06:00:00.000Z');
    // The Monday before, still winter time: 08:00 CET is 07:00 UTC.
    expect(digestInstant('2027-03-22', 'Europe/Berlin').toISOString()).toBe('2027-03-22T07:00:00.000Z');
  });

  it('follows Berlin back into winter time: 08:00 on the Monday after is 07:00 UTC', () => {
    // Winter time began on Sunday 2027-10-31; Monday 11-01 08:00 CET is 07:00 UTC, so 06:30 UTC
    // (07:30 CET) is still the week before, which began on Monday 10-25.
    expect(digestWeekAt(at('2027-11-01T06:30:00Z'), 'Europe/Berlin')).toBe('2027-10-25');
    expect(digestWeekAt(at('2027-11-01T07:00:00Z'), 'Europe/Berlin')).toBe('2027-11-01');
  });

  it('is a Monday ahead of UTC in Auckland, where Monday 08:00 is Sunday evening in UTC', () => {
    // Monday 2027-05-17 08:00 NZST (UTC+12) is Sunday 2027-05-16 20:00 UTC.
    expect(digestWeekAt(at('2027-05-16T20:00:00Z'), 'Pacific/Auckland')).toBe('2027-05-17');
    expect(digestWeekAt(at('2027-05-16T19:59:00Z'), 'Pacific/Auckland')).toBe('2027-05-10');
    expect(digestInstant('2027-05-17', 'Pacific/Auckland').toISOString()).toBe('2027-05-16T20:00:00.000Z');
  });

  it('is behind UTC in Los Angeles, where Monday 08:00 is 15:00 UTC', () => {
    // Monday 2027-05-17 08:00 PDT (UTC−7) is 15:00 UTC.
    expect(digestWeekAt(at('2027-05-17T14:59:00Z'), 'America/Los_Angeles')).toBe('2027-05-10');
    expect(digestWeekAt(at('2027-05-17T15:00:00Z'), 'America/Los_Angeles')).toBe('2027-05-17');
  });

  it('crosses a year: the first digest of 2027 is due on Monday 2027-01-04', () => {
    // 2027-01-01 is a Friday (2027-05-15 is a Saturday, 134 days later: 134 = 19 × 7 + 1), so the
    // Monday before it is 2026-12-28 and the next is 2027-01-04.
    expect(digestWeekAt(at('2027-01-03T12:00:00Z'), 'UTC')).toBe('2026-12-28');
    expect(digestWeekAt(at('2027-01-04T08:00:00Z'), 'UTC')).toBe('2027-01-04');
  });
});
