import type { DueContact, DueList } from '@shared/network/network.schema.ts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import {
  cadenceText,
  daysUntil,
  defaultRoleOf,
  dueCountText,
  dueInText,
  emptyCadenceText,
  followUpText,
  mostOverdue,
  namesText,
  workText,
} from './keepInTouch.ts';

const today = '2026-03-10';

describe('when to be in touch, in words', () => {
  it('says days overdue, today, tomorrow and days ahead, one day in the singular', () => {
    expect(dueInText(-6)).toBe('6 days overdue');
    expect(dueInText(-1)).toBe('1 day overdue');
    expect(dueInText(0)).toBe('Due today');
    expect(dueInText(1)).toBe('Due tomorrow');
    expect(dueInText(5)).toBe('Due in 5 days');
  });

  it('counts days from today across a month end: Feb 2026 has 28 days', () => {
    // 10 March back to 28 February: 10 days (1–10 March) + 0 = 10.
    expect(daysUntil('2026-02-28', today)).toBe(-10);
    // 10 March to 1 April: 21 days to the end of March, and 1.
    expect(daysUntil('2026-04-01', today)).toBe(22);
    expect(daysUntil(today, today)).toBe(0);
  });
});

describe('where someone works', () => {
  it('joins position and company, or gives the one known', () => {
    expect(workText('Staff Engineer', 'Acme')).toBe('Staff Engineer at Acme');
    expect(workText(null, 'Acme')).toBe('Acme');
    expect(workText('Staff Engineer', null)).toBe('Staff Engineer');
    expect(workText(null, null)).toBeNull();
  });
});

describe('a cadence and where it comes from', () => {
  const byRole = { peer: 60, mentor: 30 };

  it('gives the contact’s own cadence as it is', () => {
    expect(cadenceText({ keepInTouchDays: 14, cadenceDays: 14, roles: ['mentor'] }, byRole)).toBe(
      'Every 14 days',
    );
    expect(cadenceText({ keepInTouchDays: 1, cadenceDays: 1, roles: [] })).toBe('Every day');
  });

  it('names the first of its roles with a default, in the contact’s order', () => {
    // friend has no default; mentor comes before peer in this contact's roles.
    const contact = { keepInTouchDays: null, cadenceDays: 30, roles: ['friend', 'mentor', 'peer'] } as const;
    expect(defaultRoleOf(contact.roles, byRole)).toBe('mentor');
    expect(cadenceText(contact, byRole)).toBe('Every 30 days (from the mentor default)');
    expect(cadenceText({ ...contact, roles: ['peer', 'mentor'], cadenceDays: 60 }, byRole)).toBe(
      'Every 60 days (from the peer default)',
    );
  });

  it('says a role’s default without naming it while the settings load, and says when there is none', () => {
    expect(cadenceText({ keepInTouchDays: null, cadenceDays: 30, roles: ['mentor'] })).toBe(
      'Every 30 days (from the default of its role)',
    );
    expect(cadenceText({ keepInTouchDays: null, cadenceDays: null, roles: ['friend'] }, byRole)).toBe(
      'No keep-in-touch cadence',
    );
    expect(defaultRoleOf(['friend'], byRole)).toBeNull();
  });
});

describe('a follow-up', () => {
  it('is nothing without a date', () => {
    expect(followUpText({ followUpOn: null, followUpDoneOn: null }, today)).toBeNull();
  });

  it('is due by its date, overdue once that has passed', () => {
    expect(followUpText({ followUpOn: '2026-03-08', followUpDoneOn: null }, today)).toEqual({
      text: `Follow up by ${formatDate('2026-03-08')}: 2 days overdue`,
      overdue: true,
    });
    expect(followUpText({ followUpOn: '2026-03-17', followUpDoneOn: null }, today)).toEqual({
      text: `Follow up by ${formatDate('2026-03-17')}: due in 7 days`,
      overdue: false,
    });
  });

  it('says the day it was done, however late', () => {
    expect(followUpText({ followUpOn: '2026-03-01', followUpDoneOn: '2026-03-09' }, today)).toEqual({
      text: `Followed up on ${formatDate('2026-03-09')}`,
      overdue: false,
    });
  });
});

const person = (name: string, daysOverdue: number, cadenceDays = 14): DueContact => ({
  contactId: name.toLowerCase(),
  name,
  company: null,
  position: null,
  roles: [],
  cadenceDays,
  lastContactedOn: null,
  nextContactOn: '2026-03-01',
  daysOverdue,
});

const followUp = (id: string): DueList['followUps'][number] => ({
  interactionId: id,
  date: '2026-03-01',
  kind: 'call',
  notes: null,
  contacts: [],
  followUpOn: '2026-03-12',
  daysUntil: 2,
});

describe('the due list in short', () => {
  it('counts what it holds, and says when it holds nothing', () => {
    const list: DueList = {
      due: [person('Ada', 6), person('Alan', 0)],
      losingTouch: [person('Grace', 20)],
      followUps: [followUp('i1')],
    };
    expect(dueCountText(list)).toBe('2 contacts due, 1 losing touch, 1 follow-up this week.');
    expect(
      dueCountText({ due: [person('Ada', 0)], losingTouch: [], followUps: [followUp('a'), followUp('b')] }),
    ).toBe('1 contact due, 2 follow-ups this week.');
    expect(dueCountText({ due: [], losingTouch: [], followUps: [] })).toBe(
      'No one is due, and no follow-up this week.',
    );
  });

  it('takes the most overdue first, due and losing touch together', () => {
    // Alan is losing touch at 9 days over a 7-day cadence; Ada is due at 12 days over a 30-day one.
    const list = {
      due: [person('Ada', 12, 30), person('Linus', 3)],
      losingTouch: [person('Grace', 40), person('Alan', 9, 7)],
    };
    expect(mostOverdue(list, 3).map((c) => [c.name, c.daysOverdue, c.losingTouch])).toEqual([
      ['Grace', 40, true],
      ['Ada', 12, false],
      ['Alan', 9, true],
    ]);
    expect(mostOverdue({ due: [], losingTouch: [] }, 3)).toEqual([]);
  });
});

describe('names in a sentence', () => {
  it('joins the last with “and”, the others with commas', () => {
    expect(namesText([])).toBe('');
    expect(namesText(['Grace Hopper'])).toBe('Grace Hopper');
    expect(namesText(['Ada', 'Grace'])).toBe('Ada and Grace');
    expect(namesText(['Ada', 'Grace', 'Alan'])).toBe('Ada, Grace and Alan');
  });
});

describe('what an empty cadence field means', () => {
  const byRole = { mentor: 30, peer: 1 };

  it('names the default of the first role with one, in the contact’s order', () => {
    expect(emptyCadenceText(['friend', 'mentor'], byRole)).toBe(
      'Left empty: every 30 days, the mentor default.',
    );
    expect(emptyCadenceText(['peer', 'mentor'], byRole)).toBe('Left empty: every day, the peer default.');
  });

  it('says there is none without roles, or without a default among them; nothing while the settings load', () => {
    expect(emptyCadenceText([], byRole)).toBe('Left empty: no cadence, until it has a role with a default.');
    expect(emptyCadenceText(['friend'], byRole)).toBe(
      'Left empty: no cadence, as none of its roles has a default.',
    );
    expect(emptyCadenceText(['mentor'], undefined)).toBeNull();
  });
});
