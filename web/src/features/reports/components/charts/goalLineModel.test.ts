import { describe, expect, it } from 'vitest';
import { goalLineModel, xOf } from './goalLineModel.ts';

const q1 = { from: '2027-01-01', to: '2027-03-31' };

describe('goalLineModel', () => {
  it('places the start at day 0 and each bucket’s end by its day in the period', () => {
    // 31 December 2026 is day 0; 31 January day 31; 28 February day 31 + 28 = 59; 31 March day 90.
    expect(xOf(q1, '2026-12-31')).toBe(0);
    const model = goalLineModel(q1, 10, [
      { date: '2027-01-31', value: 14, expected: 12 },
      { date: '2027-02-28', value: 18, expected: 16 },
      { date: '2027-03-31', value: 22, expected: 20 },
    ]);
    expect(model.days).toBe(90);
    expect(model.series).toEqual([
      [0, 10],
      [31, 14],
      [59, 18],
      [90, 22],
    ]);
    expect(model.target).toEqual([
      [31, 12],
      [59, 16],
      [90, 20],
    ]);
    // 10…22 in whole numbers, about 4 ticks: 3 a tick, 2.5 is not whole, so 5, from 10 to 25.
    expect(model.yTicks).toEqual([10, 15, 20, 25]);
    expect([model.yLo, model.yHi]).toEqual([10, 25]);
  });

  it('starts with the first point for a goal that began inside the period, and leaves out a missing target', () => {
    const model = goalLineModel(q1, null, [
      { date: '2027-02-28', value: 2.5, expected: null },
      { date: '2027-03-31', value: 4, expected: 5 },
    ]);
    expect(model.series).toEqual([
      [59, 2.5],
      [90, 4],
    ]);
    expect(model.target).toEqual([[90, 5]]);
  });

  it('draws an axis around 0 when there is nothing to draw', () => {
    expect(goalLineModel(q1, null, []).yTicks).toEqual([-1, 0, 1]);
  });
});
