import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { itemDue, itemDueLine, overdueCount } from './due.ts';

const today = '2026-03-10';
const open = (dueOn: string | null) => ({ dueOn, done: false, doneOn: null });

describe('itemDue', () => {
  it('counts down to the due date', () => {
    expect(itemDue(open('2026-03-13'), today)).toEqual({
      text: 'Due in 3 days',
      date: formatDate('2026-03-13'),
      overdue: false,
    });
    expect(itemDue(open('2026-03-11'), today)?.text).toBe('Due tomorrow');
    expect(itemDue(open('2026-03-10'), today)).toMatchObject({ text: 'Due today', overdue: false });
  });

  it('is overdue from the day after its due date, across a month end', () => {
    expect(itemDue(open('2026-03-09'), today)).toMatchObject({ text: 'Overdue by 1 day', overdue: true });
    // 27 February to 10 March 2026: 1 day left in February (28), then 10 in March = 11 days.
    expect(itemDue(open('2026-02-27'), today)).toMatchObject({ text: 'Overdue by 11 days', overdue: true });
  });

  it('says when a done item was done, and never calls it late', () => {
    expect(itemDue({ dueOn: '2026-03-01', done: true, doneOn: '2026-03-05' }, today)).toEqual({
      text: 'Done on',
      date: formatDate('2026-03-05'),
      overdue: false,
    });
    expect(itemDue({ dueOn: null, done: true, doneOn: null }, today)).toEqual({
      text: 'Done',
      date: null,
      overdue: false,
    });
  });

  it('says nothing of an open item without a due date', () => {
    expect(itemDue(open(null), today)).toBeNull();
  });
});

describe('itemDueLine', () => {
  it('joins the words and the date', () => {
    expect(itemDueLine(itemDue(open('2026-03-08'), today)!)).toBe(
      `Overdue by 2 days · ${formatDate('2026-03-08')}`,
    );
    expect(itemDueLine(itemDue({ dueOn: null, done: true, doneOn: '2026-03-05' }, today)!)).toBe(
      `Done on ${formatDate('2026-03-05')}`,
    );
  });
});

describe('overdueCount', () => {
  it('counts the open items past their due date only', () => {
    const items = [
      open('2026-03-09'),
      open('2026-03-10'),
      open(null),
      { dueOn: '2026-03-01', done: true, doneOn: '2026-03-02' },
      open('2026-01-31'),
    ];
    expect(overdueCount(items, today)).toBe(2);
  });
});
