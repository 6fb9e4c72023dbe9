import { describe, expect, it } from 'vitest';
import { busiest, contentText, goalText, timeText } from './chartText.ts';

const week = (from: string, learningHours: number, practiceHours: number) => ({
  from,
  to: from,
  learningHours,
  practiceHours,
});

describe('timeText', () => {
  it('adds up the hours and names the busiest bucket', () => {
    // 2 + 4.5 = 6.5 h learning, 1 + 3 = 4 h practice; the second week has 4.5 + 3 = 7.5 h.
    expect(timeText('week', [week('2027-03-22', 2, 1), week('2027-03-29', 4.5, 3)])).toBe(
      '6.5 h of learning and 4 h of practice over 2 weeks. The most: the week of Mar 29, 2027, 7.5 h.',
    );
  });

  it('says when nothing was logged', () => {
    expect(timeText('day', [week('2027-03-29', 0, 0)])).toBe(
      'No learning or practice logged in this period.',
    );
  });
});

describe('contentText', () => {
  it('counts what was finished, its minutes, and the busiest month', () => {
    const month = (from: string, done: number, minutes: number) => ({
      from,
      to: from,
      done,
      minutes,
      pages: 0,
    });
    expect(
      contentText('month', [
        month('2027-01-01', 1, 40),
        month('2027-02-01', 3, 200),
        month('2027-03-01', 0, 0),
      ]),
    ).toBe('4 items finished over 3 months, 240 minutes in all. The most: February 2027, 3 items.');
    expect(contentText('month', [month('2027-01-01', 0, 0)])).toBe('Nothing finished in this period.');
  });
});

describe('goalText', () => {
  it('says where the goal went and where its target line ends', () => {
    const points = [
      { date: '2027-02-28', value: 18, expected: 16 },
      { date: '2027-03-31', value: 22, expected: 25 },
    ];
    expect(goalText('h', 10, points)).toBe(
      'From 10 h to 22 h over the period. The target line ends it at 25 h.',
    );
    expect(goalText('books', null, [{ date: '2027-03-31', value: 1, expected: null }])).toBe(
      'Started in the period; 1 book at its end.',
    );
  });
});

describe('busiest', () => {
  it('takes the first of equals, and none when all are 0', () => {
    expect(busiest([3, 5, 5, 1], (n) => n)).toBe(5);
    expect(busiest([0, 0], (n) => n)).toBeNull();
  });
});
