// The keep-in-touch clock, worked out by hand across month ends and leap days.
import { describe, expect, it } from 'vitest';
import { type ContactClock, cadenceOf, dueLists, followUpsDue, nextContactOn } from './cadence.ts';

describe('a contact’s cadence', () => {
  it('is its own keepInTouchDays first, whatever its roles', () => {
    expect(cadenceOf({ keepInTouchDays: 10, roles: ['mentor'] }, { mentor: 30 })).toBe(10);
  });

  it('else the default of its first role that has one, in the order of its roles', () => {
    expect(cadenceOf({ keepInTouchDays: null, roles: ['friend', 'mentor'] }, { mentor: 30 })).toBe(30);
    expect(cadenceOf({ keepInTouchDays: null, roles: ['mentor', 'peer'] }, { peer: 60, mentor: 30 })).toBe(
      30,
    );
    expect(cadenceOf({ keepInTouchDays: null, roles: ['peer', 'mentor'] }, { peer: 60, mentor: 30 })).toBe(
      60,
    );
  });

  it('else none', () => {
    expect(cadenceOf({ keepInTouchDays: null, roles: ['friend'] }, { mentor: 30 })).toBeNull();
    expect(cadenceOf({ keepInTouchDays: null, roles: [] }, {})).toBeNull();
  });
});

describe('the next day to be in touch', () => {
  it('counts the cadence from the last interaction, across a short February', () => {
    // 2027-01-31 + 1 = 02-01; + 28 more (February 2027) = 03-01; + 1 = 03-02: 30 days.
    expect(nextContactOn('2027-01-31', '2026-06-01', 30)).toBe('2027-03-02');
  });

  it('lands on a leap day, and counts from one', () => {
    // 2028-01-30 + 2 = 02-01; + 28 = 02-29 (2028 is a leap year): 30 days.
    expect(nextContactOn('2028-01-30', '2027-01-01', 30)).toBe('2028-02-29');
    // 02-29 + 1 = 03-01; + 29 = 03-30.
    expect(nextContactOn('2028-02-29', '2027-01-01', 30)).toBe('2028-03-30');
    // From 2028-02-29, March 2028 to February 2029 has no 29th: 365 days later is 2029-02-28.
    expect(nextContactOn('2028-02-29', '2027-01-01', 365)).toBe('2029-02-28');
  });

  it('counts from the day the contact was added when there was no interaction, across a year end', () => {
    // 2027-12-20 + 11 = 12-31; + 1 = 2028-01-01; + 2 = 01-03: 14 days.
    expect(nextContactOn(null, '2027-12-20', 14)).toBe('2028-01-03');
  });

  it('is none without a cadence', () => {
    expect(nextContactOn('2027-01-31', '2027-01-01', null)).toBeNull();
  });
});

const clock = (
  id: string,
  cadenceDays: number | null,
  lastContactedOn: string | null,
  addedOn = '2027-01-01',
): ContactClock => ({ id, nameKey: id.toLowerCase(), addedOn, lastContactedOn, cadenceDays });

describe('the due list', () => {
  // asOf 2027-03-10. February 2027 has 28 days.
  const asOf = '2027-03-10';
  const contacts = [
    // next 03-02 (see above): 8 days overdue, within its 30: due.
    clock('Ada', 30, '2027-01-31'),
    // No interaction, added 01-15, every 14 days: next 01-29; 01-29 → 01-31 is 2, → 02-28 is 30,
    // → 03-10 is 40 days overdue, more than 14: losing touch.
    clock('Bo', 14, null, '2027-01-15'),
    // next 02-08 + 30 = 03-10, asOf itself: due, 0 days overdue.
    clock('Cy', 30, '2027-02-08'),
    // next 03-11, the day after: not due.
    clock('Di', 30, '2027-02-09'),
    // No cadence: never due.
    clock('Ed', null, '2026-01-01'),
    // next 01-09 + 30 = 02-08; 02-08 → 02-28 is 20, → 03-10 is 30: overdue by exactly one cadence,
    // not more: still due.
    clock('Flo', 30, '2027-01-09'),
    // next 02-07: 31 days overdue, one more than its cadence: losing touch.
    clock('Gus', 30, '2027-01-08'),
  ];

  it('lists who is due, most overdue first, and who is losing touch apart', () => {
    const { due, losingTouch } = dueLists(contacts, asOf);
    expect(due.map((d) => [d.contact.id, d.nextContactOn, d.daysOverdue])).toEqual([
      ['Flo', '2027-02-08', 30],
      ['Ada', '2027-03-02', 8],
      ['Cy', '2027-03-10', 0],
    ]);
    expect(losingTouch.map((d) => [d.contact.id, d.nextContactOn, d.daysOverdue])).toEqual([
      ['Bo', '2027-01-29', 40],
      ['Gus', '2027-02-07', 31],
    ]);
  });

  it('orders contacts equally overdue by name, in any case', () => {
    const { due } = dueLists([clock('zoe', 30, '2027-01-31'), clock('Ann', 30, '2027-01-31')], asOf);
    expect(due.map((d) => d.contact.id)).toEqual(['Ann', 'zoe']);
  });

  it('finds a contact due on a leap day on the day after it', () => {
    // next 2028-02-29 (see above): on 2028-03-01 it is 1 day overdue.
    const { due } = dueLists([clock('Lea', 30, '2028-01-30')], '2028-03-01');
    expect(due.map((d) => [d.nextContactOn, d.daysOverdue])).toEqual([['2028-02-29', 1]]);
    expect(dueLists([clock('Lea', 30, '2028-01-30')], '2028-02-28').due).toEqual([]);
  });

  it('moves a contact to losing touch the day after a whole cadence has gone by overdue', () => {
    // Every 7 days from 2027-02-20: next 02-27; 7 days overdue on 03-06, 8 on 03-07.
    const weekly = [clock('Wes', 7, '2027-02-20')];
    expect(dueLists(weekly, '2027-03-06').due.map((d) => d.daysOverdue)).toEqual([7]);
    expect(dueLists(weekly, '2027-03-07').losingTouch.map((d) => d.daysOverdue)).toEqual([8]);
  });
});

describe('the follow-ups due', () => {
  const followUp = (id: string, followUpOn: string, date = '2027-01-05') => ({ id, date, followUpOn });

  it('lists those up to asOf + 7 days, overdue ones first, soonest first', () => {
    // asOf 2027-03-10: the window ends 03-17.
    const list = followUpsDue(
      [
        followUp('in a week', '2027-03-17'),
        followUp('past the week', '2027-03-18'),
        // 02-28 → 03-10 is 10 days: 10 days overdue.
        followUp('overdue', '2027-02-28'),
        followUp('today', '2027-03-10'),
      ],
      '2027-03-10',
    );
    expect(list.map((f) => [f.id, f.daysUntil])).toEqual([
      ['overdue', -10],
      ['today', 0],
      ['in a week', 7],
    ]);
  });

  it('counts the week across the end of February', () => {
    // asOf 2027-02-25: 02-25 → 02-28 is 3 days, → 03-04 is 7; 03-05 is 8.
    const list = followUpsDue([followUp('in', '2027-03-04'), followUp('out', '2027-03-05')], '2027-02-25');
    expect(list.map((f) => [f.id, f.daysUntil])).toEqual([['in', 7]]);
  });

  it('orders follow-ups on the same day by the interaction’s date', () => {
    const list = followUpsDue(
      [followUp('later', '2027-03-12', '2027-03-01'), followUp('earlier', '2027-03-12', '2027-02-01')],
      '2027-03-10',
    );
    expect(list.map((f) => f.id)).toEqual(['earlier', 'later']);
  });
});
