// Test data builders for the domain tests. Not exported from the barrel.
import type { Aggregation, CheckInPoint, GoalNode, Metric } from './types.ts';

/** A goal with sensible defaults: active, weight 1, no metric, no check-ins, no children. */
export function aGoal(overrides: Partial<GoalNode> = {}): GoalNode {
  return {
    id: 'goal',
    title: 'Learn Rust properly',
    startDate: '2027-01-01',
    dueDate: '2027-01-10',
    metric: null,
    weight: 1,
    state: 'active',
    completedOn: null,
    checkIns: [],
    children: [],
    ...overrides,
  };
}

/** A metric from baseline to target. */
export function aMetric(
  baseline: number,
  target: number,
  aggregation: Aggregation = 'sum',
  unit = 'h',
): Metric {
  return { unit, baseline, target, aggregation };
}

/** A check-in created at noon UTC on its own date unless told otherwise. */
export function checkIn(date: string, value: number, createdAt = `${date}T12:00:00Z`): CheckInPoint {
  return { date, value, createdAt };
}
