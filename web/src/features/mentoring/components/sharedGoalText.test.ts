import type { Goal } from '@shared/goals/goal.schema.ts';
import { describe, expect, it } from 'vitest';
import { checkInAmount, recentCheckIns, standingText } from './sharedGoalText.ts';

const progress = (current: number | null, fraction: number): Goal['progress'] => ({
  asOf: '2026-03-10',
  current,
  expected: null,
  projected: null,
  projectedCompletionDate: null,
  fraction,
  scheduleDeltaDays: null,
  requiredPerWeek: null,
  observedPerWeek: null,
  status: 'on_track',
  forecast: null,
});
const talks = { unit: 'talks', baseline: 0, target: 4, aggregation: 'sum' as const };

describe('standingText', () => {
  it('puts the current value against the target', () => {
    // 1 + 2 talks checked in: 3 of 4.
    expect(standingText({ metric: talks, progress: progress(3, 0.75) })).toBe('3 talks of 4 talks');
  });

  it('starts at the baseline before any check-in', () => {
    expect(standingText({ metric: { ...talks, baseline: 1 }, progress: progress(null, 0) })).toBe(
      '1 talk, target 4 talks, up from 1 talk',
    );
  });

  it('says how far a goal without a number is, rounded down', () => {
    expect(standingText({ metric: null, progress: progress(null, 0.409) })).toBe('40% of the way');
  });
});

describe('checkInAmount', () => {
  it('adds for a goal that sums and gives the level for one that does not', () => {
    expect(checkInAmount({ value: 2 }, talks)).toBe('+2 talks');
    expect(checkInAmount({ value: 0.75 }, { ...talks, unit: 'hours' })).toBe('+0.75 hours');
    expect(checkInAmount({ value: -1 }, talks)).toBe('-1 talk');
    expect(checkInAmount({ value: 3 }, { unit: 'level', baseline: 1, target: 4, aggregation: 'last' })).toBe(
      '3 levels',
    );
  });
});

describe('recentCheckIns', () => {
  it('keeps the five newest', () => {
    expect(recentCheckIns([7, 6, 5, 4, 3, 2, 1])).toEqual([7, 6, 5, 4, 3]);
    expect(recentCheckIns([2, 1])).toEqual([2, 1]);
  });
});
