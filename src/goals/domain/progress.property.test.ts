import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar.ts';
import { aCheckIn, aDate, aGoalTree, aMetricGoal, aPacedGoal } from './goal.arbitraries.ts';
import { computeProgress } from './progress.ts';
import type { GoalNode, Progress } from './types.ts';

/** Negation that keeps 0 as 0 (not −0), matching clean(). */
const negate = (x: number | null) => (x === null || x === 0 ? x : -x);

/** The same goal seen upside down: baseline, target and every check-in negated. */
function mirror(goal: GoalNode): GoalNode {
  return {
    ...goal,
    metric: goal.metric && { ...goal.metric, baseline: -goal.metric.baseline, target: -goal.metric.target },
    checkIns: goal.checkIns.map((c) => ({ ...c, value: -c.value })),
    children: goal.children.map(mirror),
  };
}

/** Same fraction, status and dates; negated values and paces. */
function expectMirrored(up: Progress, down: Progress): void {
  expect(down).toEqual({
    ...up,
    current: negate(up.current),
    expected: negate(up.expected),
    projected: negate(up.projected),
    requiredPerWeek: negate(up.requiredPerWeek),
    observedPerWeek: negate(up.observedPerWeek),
  });
}

describe('computeProgress properties', () => {
  it('keeps the fraction between 0 and 1 for any goal tree', () => {
    fc.assert(
      fc.property(aGoalTree, aDate, (goal, asOf) => {
        const { fraction } = computeProgress(goal, asOf);
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives a decreasing goal the mirror image of the matching increasing goal', () => {
    fc.assert(
      fc.property(fc.oneof(aMetricGoal, aPacedGoal), aDate, (goal, asOf) => {
        expectMirrored(computeProgress(goal, asOf), computeProgress(mirror(goal), asOf));
      }),
      { numRuns: 1000 },
    );
  });

  it('mirrors whole goal trees too, slices counting for their ancestors', () => {
    fc.assert(
      fc.property(aGoalTree, aDate, (goal, asOf) => {
        expectMirrored(computeProgress(goal, asOf), computeProgress(mirror(goal), asOf));
      }),
    );
  });

  it('keeps the target line between the baseline and the target', () => {
    fc.assert(
      fc.property(aMetricGoal, aDate, (goal, asOf) => {
        const { expected } = computeProgress(goal, asOf);
        if (expected === null || goal.metric === null) return;
        const { baseline, target } = goal.metric;
        expect(expected).toBeGreaterThanOrEqual(Math.min(baseline, target));
        expect(expected).toBeLessThanOrEqual(Math.max(baseline, target));
      }),
    );
  });

  it('ignores check-ins dated after the as-of date', () => {
    fc.assert(
      fc.property(
        aMetricGoal,
        aDate,
        aCheckIn,
        fc.integer({ min: 1, max: 30 }),
        (goal, asOf, late, daysLater) => {
          const withLate = {
            ...goal,
            checkIns: [...goal.checkIns, { ...late, date: addDays(asOf, daysLater) }],
          };
          expect(computeProgress(withLate, asOf)).toEqual(computeProgress(goal, asOf));
        },
      ),
    );
  });

  it('never takes back an achievement as time goes on', () => {
    fc.assert(
      fc.property(aMetricGoal, aDate, fc.integer({ min: 1, max: 60 }), (goal, asOf, daysLater) => {
        fc.pre(computeProgress(goal, asOf).status === 'achieved');
        expect(computeProgress(goal, addDays(asOf, daysLater)).status).toBe('achieved');
      }),
    );
  });
});
