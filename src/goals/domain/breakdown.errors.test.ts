import { describe, expect, it } from 'vitest';
import { BreakdownError, planBreakdown } from './breakdown.ts';
import { aGoal, aMetric } from './goal.factory.ts';
import type { CalendarPeriod, GoalNode } from './types.ts';

const year2027 = (overrides: Partial<GoalNode>) =>
  aGoal({ title: 'Learn Rust', startDate: '2027-01-01', dueDate: '2027-12-31', ...overrides });

/** The BreakdownError planBreakdown throws, for asserting on its field and message. */
function breakdownError(goal: GoalNode, period: CalendarPeriod): BreakdownError {
  try {
    planBreakdown(goal, period);
  } catch (error) {
    if (error instanceof BreakdownError) return error;
    throw error;
  }
  throw new Error('expected planBreakdown to throw');
}

describe('planBreakdown errors', () => {
  it('needs a due date that is not before the start date', () => {
    expect(breakdownError(year2027({ dueDate: null }), 'month').field).toBe('dueDate');
    expect(breakdownError(year2027({ dueDate: '2026-12-31' }), 'month').field).toBe('dueDate');
  });

  it('suggests longer periods when months would round to nothing', () => {
    // January: 5 · 31/365 = 0.42 → 0.
    const error = breakdownError(year2027({ metric: aMetric(0, 5, 'sum', 'books') }), 'month');
    expect(error.field).toBe('period');
    expect(error.message).toBe(
      'Monthly slices of 5 books would round some months to 0; try quarters or halves.',
    );
  });

  it('accepts the quarters it suggested', () => {
    // 5 · 90/365 = 1.23 → 1, 5 · 91/365 = 1.25 → 1, 5 · 92/365 = 1.26 → 1, remainder 2.
    const slices = planBreakdown(year2027({ metric: aMetric(0, 5, 'sum', 'books') }), 'quarter');
    expect(slices.map((slice) => slice.metric?.target)).toEqual([1, 1, 1, 2]);
  });

  it('suggests halves when quarters would round to nothing', () => {
    // Q1: 2 · 90/365 = 0.49 → 0.
    const error = breakdownError(year2027({ metric: aMetric(0, 2, 'sum', 'books') }), 'quarter');
    expect(error.message).toBe('Quarterly slices of 2 books would round some quarters to 0; try halves.');
  });

  it('says the target is too small when even halves would round to nothing', () => {
    // H1: 1 · 181/365 = 0.496 → 0.
    const error = breakdownError(year2027({ metric: aMetric(0, 1) }), 'half');
    expect(error.field).toBe('period');
    expect(error.message).toBe('1 h is too small a target to split into halves; keep it as one goal.');
  });

  it('refuses slices that rounding would send backwards', () => {
    // June–December (214 days): six months of 5 · 30/214 or 5 · 31/214 ≈ 0.7 → 1 leave 5 − 6 = −1 for December.
    const goal = aGoal({
      startDate: '2027-06-01',
      dueDate: '2027-12-31',
      metric: aMetric(0, 5, 'sum', 'books'),
    });
    expect(breakdownError(goal, 'month').message).toBe(
      'Monthly slices of 5 books would leave some months going backwards; try quarters or halves.',
    );
  });

  it('explains a last goal whose months would not move', () => {
    // January: 70 + 2 · 31/365 = 70.17 → 70, the same as the baseline.
    const error = breakdownError(year2027({ metric: aMetric(70, 72, 'last', 'points') }), 'month');
    expect(error.message).toBe(
      'Monthly slices of a rise from 70 to 72 points would round some months to no change; try quarters or halves.',
    );
    const halves = breakdownError(year2027({ metric: aMetric(70, 71, 'last', 'points') }), 'half');
    expect(halves.message).toBe(
      'A rise from 70 to 71 points is too small a target to split into halves; keep it as one goal.',
    );
  });

  it('refuses a first last-slice rounded behind the parent’s baseline', () => {
    // 25 Jan – 31 Mar (7 + 28 + 31 = 66 days), 3.2 → 6: x = 7 → 3.2 + 2.8 · 7/66 = 3.497 → 3 < 3.2.
    const goal = aGoal({ startDate: '2027-01-25', dueDate: '2027-03-31', metric: aMetric(3.2, 6, 'last') });
    expect(breakdownError(goal, 'month').message).toBe(
      'Monthly slices of a rise from 3.2 to 6 h would leave some months going backwards; try quarters or halves.',
    );
  });
});

describe('planBreakdown limits', () => {
  it('makes up to 120 slices: ten calendar years of months', () => {
    // 2027-01-15 to 2036-12-01 touches every month of 2027–2036: 10 · 12 = 120.
    const goal = aGoal({ startDate: '2027-01-15', dueDate: '2036-12-01' });
    const slices = planBreakdown(goal, 'month');
    expect(slices).toHaveLength(120);
    expect(slices.at(-1)).toMatchObject({ startDate: '2036-12-01', dueDate: '2036-12-01' });
  });

  it('refuses a 121st slice at the period, suggesting longer ones', () => {
    // One more month at the start: December 2026 to December 2036 is 121 months.
    const error = breakdownError(aGoal({ startDate: '2026-12-31', dueDate: '2036-12-01' }), 'month');
    expect(error.field).toBe('period');
    expect(error.message).toBe(
      'Monthly slices would make 121 of them, more than the 120 a breakdown makes; try quarters or halves.',
    );
  });

  it('counts periods without walking them, for any span of years', () => {
    // 0001-01-01 to 9999-12-31: 9,999 years of 2 halves.
    const error = breakdownError(aGoal({ startDate: '0001-01-01', dueDate: '9999-12-31' }), 'half');
    expect(error.message).toBe(
      'Half-yearly slices would make 19,998 of them, more than the 120 a breakdown makes.',
    );
  });

  it('splits a stored target with more than 6 decimals at 6', () => {
    // 1.0000001 h over 2027 in halves: H1 181/365 · 1.0000001 = 0.49589046… → 0.49589; H2 the rest.
    const slices = planBreakdown(year2027({ metric: aMetric(0, 1.0000001, 'sum', 'h') }), 'half');
    expect(slices.map((s) => s.metric?.target)).toEqual([0.49589, 0.5041101]);
  });
});
