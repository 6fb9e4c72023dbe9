// fast-check generators for the property-based tests. Not exported from the barrel.
import fc from 'fast-check';
import { addDays } from '../../../shared/calendar.ts';
import type { CheckInPoint, GoalNode, GoalState, Metric } from './types.ts';

export const START = '2027-01-01';

/** A date within a few weeks before the start and about a year after it. */
export const aDate = fc.integer({ min: -20, max: 400 }).map((offset) => addDays(START, offset));

/** A value as people type it: a whole number or one with up to two decimals, often small. */
export const aValue = fc
  .tuple(
    fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -1_000_000, max: 1_000_000 })),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([units, decimals]) => units / 10 ** decimals);

/** A valid metric (target ≠ baseline) in hours. */
export const aMetric: fc.Arbitrary<Metric> = fc
  .record({ baseline: aValue, target: aValue, aggregation: fc.constantFrom('sum' as const, 'last' as const) })
  .filter(({ baseline, target }) => baseline !== target)
  .map((fields) => ({ unit: 'h', ...fields }));

export const aCheckIn: fc.Arbitrary<CheckInPoint> = fc
  .record({ date: aDate, value: aValue, minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ date, value, minute }) => ({
    date,
    value,
    createdAt: new Date(Date.parse(`${date}T00:00:00Z`) + minute * 60_000).toISOString(),
  }));

/** A metric goal starting on START, with an optional due date and a few check-ins. */
export const aMetricGoal: fc.Arbitrary<GoalNode> = fc
  .record({
    metric: aMetric,
    due: fc.option(fc.integer({ min: 0, max: 365 })),
    checkIns: fc.array(aCheckIn, { maxLength: 8 }),
  })
  .map(({ metric, due, checkIns }) =>
    goal({ metric, dueDate: due === null ? null : addDays(START, due), checkIns }),
  );

/** A metric goal with a due date whose check-ins move roughly toward the target, so every pace shows up. */
export const aPacedGoal: fc.Arbitrary<GoalNode> = fc
  .record({
    metric: aMetric,
    due: fc.integer({ min: 0, max: 365 }),
    checkIns: fc.array(fc.tuple(aCheckIn, fc.integer({ min: -20, max: 120 })), { maxLength: 8 }),
  })
  .map(({ metric, due, checkIns }) => {
    const span = metric.target - metric.baseline;
    // A sum check-in adds up to a third of the way; a last check-in sits somewhere along the way.
    const valueAt = (percent: number) =>
      metric.aggregation === 'sum' ? (span * percent) / 300 : metric.baseline + (span * percent) / 100;
    return goal({
      metric,
      dueDate: addDays(START, due),
      checkIns: checkIns.map(([point, percent]) => ({ ...point, value: valueAt(percent) })),
    });
  });

/** A goal tree of any shape: metrics, milestones and parents, some paused or abandoned. */
export const aGoalTree: fc.Arbitrary<GoalNode> = fc.letrec<{ node: GoalNode }>((tie) => ({
  node: fc
    .record({
      metric: fc.option(aMetric),
      due: fc.option(fc.integer({ min: 0, max: 365 })),
      completedOn: fc.option(aDate),
      weight: fc.integer({ min: 0, max: 5 }),
      state: fc.constantFrom<GoalState>('active', 'paused', 'abandoned'),
      checkIns: fc.array(aCheckIn, { maxLength: 4 }),
      children: fc.oneof(
        { depthSize: 'small' },
        fc.constant<GoalNode[]>([]),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })
    .map(({ due, ...fields }) => goal({ ...fields, dueDate: due === null ? null : addDays(START, due) })),
})).node;

function goal(fields: Partial<GoalNode>): GoalNode {
  return {
    id: 'g',
    title: 'Property goal',
    startDate: START,
    dueDate: null,
    metric: null,
    weight: 1,
    state: 'active',
    completedOn: null,
    checkIns: [],
    children: [],
    ...fields,
  };
}
