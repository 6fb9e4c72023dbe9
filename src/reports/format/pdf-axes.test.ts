import { describe, expect, it } from 'vitest';
import { labelledIndexes, niceTicks } from './pdf-axes.ts';

describe('chart axes', () => {
  it('picks round steps of 1, 2, 2.5 or 5 times a power of ten, from below the least to past the most', () => {
    // 37 / 4 steps = 9.25 → 10.
    expect(niceTicks(0, 37)).toEqual([0, 10, 20, 30, 40]);
    // 4.5 / 4 = 1.125 → 2, up to the first tick at or past 4.5.
    expect(niceTicks(0, 4.5)).toEqual([0, 2, 4, 6]);
    // 3 / 4 = 0.75 → 1 (0.1 × 10).
    expect(niceTicks(2, 5)).toEqual([2, 3, 4, 5]);
    // 8 / 4 = 2; −3 starts below at −4.
    expect(niceTicks(-3, 5)).toEqual([-4, -2, 0, 2, 4, 6]);
    // 1 / 4 = 0.25: quarters, unless whole steps are asked for (a count of items).
    expect(niceTicks(0, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0, 1, 4, true)).toEqual([0, 1]);
  });

  it('draws a flat series against zero', () => {
    // 7 alone runs from 0 to 7: 7 / 4 = 1.75 → 2.
    expect(niceTicks(7, 7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(-2, -2)).toEqual([-2, -1.5, -1, -0.5, 0]);
  });

  it('labels at most eight buckets, evenly, from the first', () => {
    // 14 weeks: every second one. 120 months: every 15th.
    expect([...labelledIndexes(14)]).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect([...labelledIndexes(120)]).toEqual([0, 15, 30, 45, 60, 75, 90, 105]);
    expect([...labelledIndexes(3)]).toEqual([0, 1, 2]);
  });
});
