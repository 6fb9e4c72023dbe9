// Progress stays computable whatever was stored: goals nested thousands deep (from before the depth
// limit) and numbers at the ends of what a double holds (from before the bounds on input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar.ts';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress } from './progress.ts';
import type { GoalNode, Progress } from './types.ts';

/** A chain: `levels` goals, each the only child of the one before; `leaf` shapes the goal at the bottom. */
function chain(levels: number, shape: (level: number) => Partial<GoalNode>): GoalNode {
  let node = aGoal({ id: `g${levels}`, ...shape(levels) });
  for (let level = levels - 1; level >= 1; level--) {
    node = aGoal({ id: `g${level}`, ...shape(level), children: [node] });
  }
  return node;
}

const NUMERIC: (keyof Progress)[] = [
  'current',
  'expected',
  'projected',
  'fraction',
  'scheduleDeltaDays',
  'requiredPerWeek',
  'observedPerWeek',
];

function expectFinite(progress: Progress): void {
  for (const key of NUMERIC) {
    const value = progress[key];
    if (value !== null) expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
  }
  expect(progress.fraction).toBeGreaterThanOrEqual(0);
  expect(progress.fraction).toBeLessThanOrEqual(1);
}

describe('computeProgress of deep trees', () => {
  it('rolls a milestone up through 5,000 levels without overflowing the stack', () => {
    // Only the bottom goal is a milestone, completed on 3 January; every parent has one child, so
    // each is achieved with fraction 1 as soon as the child below it is.
    const root = chain(5_000, (level) => (level === 5_000 ? { completedOn: '2027-01-03' } : {}));
    expect(computeProgress(root, '2027-01-05')).toMatchObject({ fraction: 1, status: 'achieved' });
    expect(computeProgress(root, '2027-01-02')).toMatchObject({ fraction: 0, status: 'no_data' });
  });

  it('counts the check-ins of 3,000 nested goals that share a measure', () => {
    // Every level measures hours (sum, 0 → 10,000) and holds one check-in of 2 h on 2 January:
    // the top goal counts all 3,000 of them, 6,000 h, 60% of the way.
    const root = chain(3_000, () => ({
      metric: aMetric(0, 10_000, 'sum', 'h'),
      checkIns: [checkIn('2027-01-02', 2)],
    }));
    const progress = computeProgress(root, '2027-01-05');
    expect(progress.current).toBe(6_000);
    expect(progress.fraction).toBe(0.6);
  });
});

describe('computeProgress of extreme stored numbers', () => {
  it('shows a check-in of 1e306 on a 12-book goal as achieved', () => {
    const goal = aGoal({ metric: aMetric(0, 12, 'sum', 'books'), checkIns: [checkIn('2027-01-02', 1e306)] });
    const progress = computeProgress(goal, '2027-01-05');
    expect(progress).toMatchObject({ current: 1e306, fraction: 1, status: 'achieved' });
    expectFinite(progress);
  });

  it('answers "unknown" rather than Infinity when stored amounts add up past the largest double', () => {
    // 1.5e308 + 1.5e308 overflows to Infinity: the current value is unknown, the goal still achieved.
    const goal = aGoal({
      metric: aMetric(0, 12, 'sum', 'books'),
      checkIns: [checkIn('2027-01-02', 1.5e308), checkIn('2027-01-03', 1.5e308)],
    });
    const progress = computeProgress(goal, '2027-01-05');
    expect(progress).toMatchObject({ current: null, fraction: 1, status: 'achieved' });
    expectFinite(progress);
  });

  it('keeps a target of 5e-324 finite', () => {
    const goal = aGoal({ metric: aMetric(0, 5e-324, 'last', 'x'), checkIns: [checkIn('2027-01-02', 0)] });
    expectFinite(computeProgress(goal, '2027-01-05'));
  });

  it('never throws and answers only finite numbers, for any doubles stored as metric and check-ins', () => {
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        anyDouble,
        anyDouble,
        fc.constantFrom('sum' as const, 'last' as const),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), anyDouble), { maxLength: 6 }),
        fc.boolean(),
        (baseline, target, aggregation, points, asChild) => {
          const checkIns = points.map(([day, value]) => checkIn(addDays('2027-01-01', day), value));
          const goal = aGoal({ metric: aMetric(baseline, target, aggregation), checkIns });
          const tree = asChild ? aGoal({ children: [goal, aGoal({ id: 'other', weight: 1e308 })] }) : goal;
          expectFinite(computeProgress(tree, '2027-01-10'));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
