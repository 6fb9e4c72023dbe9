// New targets for a goal's existing slices after its numbers or dates change: worked by hand.
import { describe, expect, it } from 'vitest';
import { BreakdownError, resplitMetrics } from './breakdown.ts';
import { aMetric } from './goal.factory.ts';

const QUARTERS_2027 = [
  { startDate: '2027-01-01', dueDate: '2027-03-31' }, // 90 days, ending on day 90
  { startDate: '2027-04-01', dueDate: '2027-06-30' }, // 91 days, ending on day 181
  { startDate: '2027-07-01', dueDate: '2027-09-30' }, // 92 days, ending on day 273
  { startDate: '2027-10-01', dueDate: '2027-12-31' }, // 92 days, ending on day 365
];
const YEAR_2027 = { startDate: '2027-01-01', dueDate: '2027-12-31' };

describe('resplitMetrics of a sum goal', () => {
  it('shares a new target out as a breakdown would, when the slices cover the goal', () => {
    // 1000 h over 365 days: 1000·90/365 = 246.6 → 247; ·91/365 = 249.3 → 249; ·92/365 = 252.05 → 252;
    // the last takes the rest: 1000 − 247 − 249 − 252 = 252.
    expect(resplitMetrics(aMetric(0, 1000), YEAR_2027, QUARTERS_2027)).toEqual([
      aMetric(0, 247),
      aMetric(0, 249),
      aMetric(0, 252),
      aMetric(0, 252),
    ]);
  });

  it('gives each slice only its own days’ share when the goal now runs longer than its slices', () => {
    // Due 2028-06-30: N = 365 + 182 (Jan 31, Feb 29, Mar 31, Apr 30, May 31, Jun 30) = 547.
    // 1000·90/547 = 164.5 → 165; ·91/547 = 166.4 → 166; ·92/547 = 168.2 → 168, twice. The 333 h
    // left belong to the half year no slice covers, so no slice takes the rest.
    const span = { startDate: '2027-01-01', dueDate: '2028-06-30' };
    expect(resplitMetrics(aMetric(0, 1000), span, QUARTERS_2027)).toEqual([
      aMetric(0, 165),
      aMetric(0, 166),
      aMetric(0, 168),
      aMetric(0, 168),
    ]);
  });

  it('leaves the uncovered start of a goal that now starts earlier to nobody', () => {
    // From 2026-12-01: N = 31 + 365 = 396. 1000·90/396 = 227.3 → 227; ·91/396 = 229.8 → 230;
    // ·92/396 = 232.3 → 232, twice (the last ends on the due date but December 2026 is uncovered,
    // so it does not take the rest): 921 in all, December's 78 to nobody.
    const span = { startDate: '2026-12-01', dueDate: '2027-12-31' };
    expect(resplitMetrics(aMetric(0, 1000), span, QUARTERS_2027)).toEqual([
      aMetric(0, 227),
      aMetric(0, 230),
      aMetric(0, 232),
      aMetric(0, 232),
    ]);
  });

  it('refuses targets that round a slice to nothing, saying to keep the slices', () => {
    // 3 talks over 365 days: 3·90/365 = 0.74 → 1, but monthly 3·31/365 = 0.25 → 0.
    const months = [
      { startDate: '2027-01-01', dueDate: '2027-01-31' },
      { startDate: '2027-02-01', dueDate: '2027-12-31' },
    ];
    expect(() => resplitMetrics(aMetric(0, 3, 'sum', 'talks'), YEAR_2027, months)).toThrow(
      new BreakdownError(
        'period',
        'New targets for these slices would round some to no change; keep the slices as they are.',
      ),
    );
  });
});

describe('resplitMetrics of a last goal', () => {
  it('steps along the new target line, the last slice ending on the target', () => {
    // 50 → 80 over 365 days: the line reads 50 + 30x/365. Day 90: 57.4 → 57; day 181: 64.9 → 65;
    // day 273: 72.4 → 72; each slice starts where the one before ended, the last ends on 80.
    expect(resplitMetrics(aMetric(50, 80, 'last', 'score'), YEAR_2027, QUARTERS_2027)).toEqual([
      aMetric(50, 57, 'last', 'score'),
      aMetric(57, 65, 'last', 'score'),
      aMetric(65, 72, 'last', 'score'),
      aMetric(72, 80, 'last', 'score'),
    ]);
  });

  it('starts the first slice on the line when the goal now starts before it', () => {
    // From 2026-12-01, N = 396 and the line reads 50 + 30x/396. The first slice starts after day 31:
    // 50 + 930/396 = 52.35 → 52; it ends on day 121: 50 + 3630/396 = 59.17 → 59; day 212: 66.06 → 66;
    // day 304: 73.03 → 73; the last ends on the due date, so on 80.
    const span = { startDate: '2026-12-01', dueDate: '2027-12-31' };
    expect(resplitMetrics(aMetric(50, 80, 'last', 'score'), span, QUARTERS_2027)).toEqual([
      aMetric(52, 59, 'last', 'score'),
      aMetric(59, 66, 'last', 'score'),
      aMetric(66, 73, 'last', 'score'),
      aMetric(73, 80, 'last', 'score'),
    ]);
  });
});
