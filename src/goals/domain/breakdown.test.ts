import { describe, expect, it } from 'vitest';
import { periodLabel, planBreakdown } from './breakdown.ts';
import { aGoal, aMetric } from './goal.factory.ts';
import type { GoalNode } from './types.ts';

const year2027 = (overrides: Partial<GoalNode>) =>
  aGoal({ title: 'Learn Rust', startDate: '2027-01-01', dueDate: '2027-12-31', ...overrides });

describe('periodLabel', () => {
  it('names halves, quarters and months with the year', () => {
    expect(periodLabel('half', '2027-07-01')).toBe('H2 2027');
    expect(periodLabel('quarter', '2027-05-17')).toBe('Q2 2027');
    expect(periodLabel('month', '2027-03-31')).toBe('Mar 2027');
    expect(periodLabel('month', '2028-12-01')).toBe('Dec 2028');
  });
});

describe('planBreakdown of a sum goal', () => {
  it('shares the total out by days per quarter, the last quarter taking the remainder', () => {
    // 1200 h over 365 days: Q1 90 d → 295.9 → 296, Q2 91 d → 299.2 → 299, Q3 92 d → 302.5 → 302,
    // Q4 = 1200 − 296 − 299 − 302 = 303.
    const slices = planBreakdown(year2027({ metric: aMetric(0, 1200) }), 'quarter');
    expect(slices).toEqual([
      {
        title: 'Learn Rust — Q1 2027',
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        metric: aMetric(0, 296),
      },
      {
        title: 'Learn Rust — Q2 2027',
        startDate: '2027-04-01',
        dueDate: '2027-06-30',
        metric: aMetric(0, 299),
      },
      {
        title: 'Learn Rust — Q3 2027',
        startDate: '2027-07-01',
        dueDate: '2027-09-30',
        metric: aMetric(0, 302),
      },
      {
        title: 'Learn Rust — Q4 2027',
        startDate: '2027-10-01',
        dueDate: '2027-12-31',
        metric: aMetric(0, 303),
      },
    ]);
  });

  it('starts and ends mid-period, with the decimals of the target and a baseline of 0', () => {
    // 10 → 65.5 h is 55.5 h over 15 Jan – 10 Mar (17 + 28 + 10 = 55 days):
    // Jan 55.5 · 17/55 = 17.15 → 17.2, Feb 55.5 · 28/55 = 28.25 → 28.3, Mar 55.5 − 45.5 = 10.
    const goal = aGoal({
      title: 'Read',
      startDate: '2027-01-15',
      dueDate: '2027-03-10',
      metric: aMetric(10, 65.5),
    });
    expect(planBreakdown(goal, 'month')).toEqual([
      { title: 'Read — Jan 2027', startDate: '2027-01-15', dueDate: '2027-01-31', metric: aMetric(0, 17.2) },
      { title: 'Read — Feb 2027', startDate: '2027-02-01', dueDate: '2027-02-28', metric: aMetric(0, 28.3) },
      { title: 'Read — Mar 2027', startDate: '2027-03-01', dueDate: '2027-03-10', metric: aMetric(0, 10) },
    ]);
  });

  it('makes a single slice when the goal fits in one period', () => {
    const goal = aGoal({
      startDate: '2027-04-10',
      dueDate: '2027-05-20',
      metric: aMetric(5, 17, 'sum', 'talks'),
    });
    expect(planBreakdown(goal, 'quarter')).toEqual([
      {
        title: 'Learn Rust properly — Q2 2027',
        startDate: '2027-04-10',
        dueDate: '2027-05-20',
        metric: aMetric(0, 12, 'sum', 'talks'),
      },
    ]);
  });
});

describe('planBreakdown of a last goal', () => {
  it('steps along the target line, each slice starting where the previous one ends', () => {
    // 60 + 20x/365 at x = 90, 181, 273: 64.9 → 65, 69.9 → 70, 75.0 → 75.
    const slices = planBreakdown(year2027({ metric: aMetric(60, 80, 'last', 'points') }), 'quarter');
    expect(slices.map((slice) => slice.metric)).toEqual([
      aMetric(60, 65, 'last', 'points'),
      aMetric(65, 70, 'last', 'points'),
      aMetric(70, 75, 'last', 'points'),
      aMetric(75, 80, 'last', 'points'),
    ]);
  });

  it('rounds to the decimals of the target but keeps the parent’s own first baseline', () => {
    // 3.2 → 4.5 over Jan–Mar (N = 90): x = 31 → 3.2 + 1.3 · 31/90 = 3.648 → 3.6; x = 59 → 4.052 → 4.1.
    const goal = aGoal({ startDate: '2027-01-01', dueDate: '2027-03-31', metric: aMetric(3.2, 4.5, 'last') });
    expect(planBreakdown(goal, 'month').map((slice) => slice.metric)).toEqual([
      aMetric(3.2, 3.6, 'last'),
      aMetric(3.6, 4.1, 'last'),
      aMetric(4.1, 4.5, 'last'),
    ]);
  });

  it('steps down for a decreasing goal', () => {
    // 90 → 80 kg over Jan–Mar (N = 90): x = 31 → 86.6 → 87; x = 59 → 83.4 → 83.
    const goal = aGoal({
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      metric: aMetric(90, 80, 'last', 'kg'),
    });
    expect(planBreakdown(goal, 'month').map((slice) => slice.metric)).toEqual([
      aMetric(90, 87, 'last', 'kg'),
      aMetric(87, 83, 'last', 'kg'),
      aMetric(83, 80, 'last', 'kg'),
    ]);
  });
});

describe('planBreakdown of a goal without a metric', () => {
  it('makes milestone slices across a year boundary', () => {
    const goal = aGoal({ title: 'Lead a team', startDate: '2027-05-01', dueDate: '2028-03-31' });
    expect(planBreakdown(goal, 'half')).toEqual([
      { title: 'Lead a team — H1 2027', startDate: '2027-05-01', dueDate: '2027-06-30', metric: null },
      { title: 'Lead a team — H2 2027', startDate: '2027-07-01', dueDate: '2027-12-31', metric: null },
      { title: 'Lead a team — H1 2028', startDate: '2028-01-01', dueDate: '2028-03-31', metric: null },
    ]);
  });
});
