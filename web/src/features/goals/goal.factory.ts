// Test data builders for the web's goal tests: a goal as the API answers it.
import type { Goal, Progress } from '@shared/goals/goal.schema.ts';

type Metric = NonNullable<Goal['metric']>;

/** Progress with nothing measured yet, as of 2026-03-01. */
export function aProgress(overrides: Partial<Progress> = {}): Progress {
  return {
    asOf: '2026-03-01',
    current: null,
    expected: null,
    projected: null,
    projectedCompletionDate: null,
    fraction: 0,
    scheduleDeltaDays: null,
    requiredPerWeek: null,
    observedPerWeek: null,
    status: 'no_data',
    forecast: 'no_data',
    ...overrides,
  };
}

/** A goal for 2026 with sensible defaults: active, private, weight 1, no metric, no parent, no slices. */
export function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal',
    parentId: null,
    title: 'Study Rust',
    description: '',
    why: '',
    category: 'learning',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    metric: null,
    weight: 1,
    state: 'active',
    completedOn: null,
    visibility: 'private',
    childCount: 0,
    lastCheckInOn: null,
    skillIds: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    progress: aProgress(),
    ...overrides,
  };
}

/** A metric from baseline to target. */
export function aMetric(
  baseline: number,
  target: number,
  aggregation: Metric['aggregation'] = 'sum',
  unit = 'h',
): Metric {
  return { unit, baseline, target, aggregation };
}
