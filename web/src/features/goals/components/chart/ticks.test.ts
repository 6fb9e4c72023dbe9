import { describe, expect, it } from 'vitest';
import { allWhole, dateTicks, niceTicks } from './ticks.ts';

describe('niceTicks', () => {
  it('picks a round step of 1, 2, 2.5 or 5 × 10ⁿ and widens the range to whole steps', () => {
    // 0…200 in about 5: 40 a tick; 10, 20 and 25 are too small, 50 is the first round step ≥ 40.
    expect(niceTicks(0, 200, 5)).toEqual({ ticks: [0, 50, 100, 150, 200], lo: 0, hi: 200 });
    // 3…97: 18.8 a tick, so 20; the range widens to 0…100.
    expect(niceTicks(3, 97, 5)).toEqual({ ticks: [0, 20, 40, 60, 80, 100], lo: 0, hi: 100 });
  });

  it('counts steps rather than adding them, so decimals carry no float noise', () => {
    // 0.1…0.7: 0.12 a tick, so 0.2; 0.1 / 0.2 = 0.5 floors to 0, 0.7 / 0.2 ceils to 4 → 0…0.8.
    // Adding 0.2 four times would give 0.6000000000000001 on the way.
    expect(niceTicks(0.1, 0.7, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('opens a flat range around its value', () => {
    // 0…0 becomes −1…1 (a pad of 1): 0.4 a tick, so 0.5.
    expect(niceTicks(0, 0, 5).ticks).toEqual([-1, -0.5, 0, 0.5, 1]);
    // 100…100 becomes 90…110 (a pad of 10%): 4 a tick, so 5.
    expect(niceTicks(100, 100, 5).ticks).toEqual([90, 95, 100, 105, 110]);
  });
});

describe('niceTicks in whole units', () => {
  it('never steps by less than one', () => {
    // 0…3 books in about 5: 0.6 a tick; of 0.1, 0.2, 0.25, 0.5 and 1 only 1 is whole → 0, 1, 2, 3.
    expect(niceTicks(0, 3, 5, true)).toEqual({ ticks: [0, 1, 2, 3], lo: 0, hi: 3 });
    // 0…2 is 0.4 a tick: 0.5 in decimals, but 1 in whole units.
    expect(niceTicks(0, 2, 5).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 2, 5, true).ticks).toEqual([0, 1, 2]);
  });

  it('skips 2.5 among the round steps', () => {
    // 0…12 books: 2.4 a tick; 2.5 is not whole, so the next round step, 5: 0…15.
    expect(niceTicks(0, 12, 5, true)).toEqual({ ticks: [0, 5, 10, 15], lo: 0, hi: 15 });
    // 0…120: 24 a tick; 25 is whole, so it stays: 0, 25, …, 125.
    expect(niceTicks(0, 120, 5, true).ticks).toEqual([0, 25, 50, 75, 100, 125]);
  });

  it('opens a flat whole range by one either way', () => {
    // 0…0 becomes −1…1: 0.4 a tick, so 1.
    expect(niceTicks(0, 0, 5, true).ticks).toEqual([-1, 0, 1]);
  });

  it('counts a unit as whole only when every number is', () => {
    expect(allWhole([0, 12, 1, 3])).toBe(true);
    expect(allWhole([0, 12, 1.5])).toBe(false);
  });
});

describe('dateTicks', () => {
  it('labels a year with every other month, naming the year on the first', () => {
    // Twelve month starts in 2026; at most 6 ticks: every month is 12, every other is 6.
    expect(dateTicks('2026-01-01', '2026-12-31', 6, 'en-US')).toEqual([
      { date: '2026-01-01', label: 'Jan 2026' },
      { date: '2026-03-01', label: 'Mar' },
      { date: '2026-05-01', label: 'May' },
      { date: '2026-07-01', label: 'Jul' },
      { date: '2026-09-01', label: 'Sep' },
      { date: '2026-11-01', label: 'Nov' },
    ]);
  });

  it('starts at the first month start inside the range and names the year again in January', () => {
    // From 15 October 2025: the first month start is 1 November; 8 of them to 1 June, all fit in 10.
    expect(dateTicks('2025-10-15', '2026-06-30', 10, 'en-US').map((t) => t.label)).toEqual([
      'Nov 2025',
      'Dec',
      'Jan 2026',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
    ]);
  });

  it('keeps quarters on January, April, July and October', () => {
    // 24 month starts over 2026–2027 in at most 8 ticks: every 2 months makes 12, every 3 makes 8.
    expect(dateTicks('2026-01-01', '2027-12-31', 8).map((t) => t.date)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
    ]);
  });

  it('ticks weekly over a few weeks', () => {
    // 15 February to 10 March is 23 days: 23 a day or 11.5 every other day are too many for 8,
    // 23 / 7 ≈ 3.3 weekly ticks are not.
    expect(dateTicks('2026-02-15', '2026-03-10', 8, 'en-GB')).toEqual([
      { date: '2026-02-15', label: '15 Feb' },
      { date: '2026-02-22', label: '22 Feb' },
      { date: '2026-03-01', label: '1 Mar' },
      { date: '2026-03-08', label: '8 Mar' },
    ]);
  });

  it("writes labels in the browser's locale", () => {
    // The same weekly ticks in American English put the month first.
    expect(dateTicks('2026-02-15', '2026-03-10', 8, 'en-US').map((t) => t.label)).toEqual([
      'Feb 15',
      'Feb 22',
      'Mar 1',
      'Mar 8',
    ]);
  });
});
