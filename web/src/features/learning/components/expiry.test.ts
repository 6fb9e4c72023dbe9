import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { expiryOf, expirySentence, urgencyLabel } from './expiry.ts';

const today = '2026-03-10';

describe('expiryOf', () => {
  it('says nothing expires without a date', () => {
    expect(expiryOf(null, today)).toEqual({ urgency: 'never', daysLeft: null, badge: 'Does not expire' });
  });

  it('is valid through its last day and expired from the day after', () => {
    expect(expiryOf('2026-03-10', today)).toEqual({ urgency: 'week', daysLeft: 0, badge: 'Expires today' });
    expect(expiryOf('2026-03-09', today)).toEqual({ urgency: 'expired', daysLeft: -1, badge: 'Expired' });
  });

  it('marks urgency at 7, 30 and 90 days, both ends included', () => {
    expect(expiryOf('2026-03-11', today)).toMatchObject({ urgency: 'week', badge: 'Expires in 1 day' });
    expect(expiryOf('2026-03-17', today)).toMatchObject({ urgency: 'week', daysLeft: 7 });
    expect(expiryOf('2026-03-18', today)).toMatchObject({ urgency: 'month', daysLeft: 8 });
    // March has 31 days: the 9th of April is 30 days on.
    expect(expiryOf('2026-04-09', today)).toMatchObject({ urgency: 'month', badge: 'Expires in 30 days' });
    expect(expiryOf('2026-04-10', today)).toMatchObject({ urgency: 'quarter', daysLeft: 31 });
    expect(expiryOf('2026-06-08', today)).toMatchObject({ urgency: 'quarter', daysLeft: 90 });
  });

  it('gives the date beyond 90 days', () => {
    expect(expiryOf('2026-06-09', today)).toEqual({
      urgency: 'valid',
      daysLeft: 91,
      badge: `Valid until ${formatDate('2026-06-09')}`,
    });
  });
});

describe('urgency in words', () => {
  it('names each window', () => {
    expect(['expired', 'week', 'month', 'quarter'].map((u) => urgencyLabel(u as never))).toEqual([
      'Expired',
      'Within 7 days',
      'Within 30 days',
      'Within 90 days',
    ]);
  });

  it('says how long ago or how soon, with the last valid day', () => {
    expect(expirySentence('2026-03-07', today)).toBe(
      `Expired 3 days ago; its last valid day was ${formatDate('2026-03-07')}`,
    );
    expect(expirySentence('2026-03-09', today)).toMatch(/^Expired yesterday/);
    expect(expirySentence('2026-03-10', today)).toMatch(/^Expires today/);
    expect(expirySentence('2026-03-30', today)).toBe(
      `Expires in 20 days; its last valid day is ${formatDate('2026-03-30')}`,
    );
  });
});
