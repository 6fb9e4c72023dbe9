import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress, rollUpStatus } from './progress.ts';
import type { GoalNode } from './types.ts';

const AS_OF = '2027-01-05';
// Children on 0 → 100 h over 1–10 January; as of day 5 the line through (0,0) and one check-in on
// day 5 reads at day 10: 100 (on track), 80 (at risk) or 20 (off track).
const metricChild = (id: string, value: number, overrides: Partial<GoalNode> = {}) =>
  aGoal({ id, metric: aMetric(0, 100), checkIns: [checkIn(AS_OF, value)], ...overrides });
const onTrack = metricChild('on', 50);
const atRisk = metricChild('risk', 40);
const offTrack = metricChild('off', 10);
const milestone = (id: string, completedOn: string | null, overrides: Partial<GoalNode> = {}) =>
  aGoal({ id, completedOn, ...overrides });
const parentOf = (children: GoalNode[], overrides: Partial<GoalNode> = {}) =>
  aGoal({ id: 'parent', dueDate: '2027-01-31', children, ...overrides });

describe('computeProgress for a milestone', () => {
  it('is achieved once completed on or before the as-of date', () => {
    expect(computeProgress(milestone('m', '2027-01-05'), AS_OF)).toMatchObject({
      status: 'achieved',
      fraction: 1,
    });
    expect(computeProgress(milestone('m', '2027-01-06'), AS_OF)).toMatchObject({
      status: 'no_data',
      fraction: 0,
    });
  });

  it('is missed once overdue, and has no data until then or without a due date', () => {
    expect(computeProgress(milestone('m', null), '2027-01-11').status).toBe('missed');
    expect(computeProgress(milestone('m', null), '2027-01-10').status).toBe('no_data');
    expect(computeProgress(milestone('m', null, { dueDate: null }), '2030-01-01').status).toBe('no_data');
  });

  it('leaves every metric field empty', () => {
    expect(computeProgress(milestone('m', null), AS_OF)).toEqual({
      asOf: AS_OF,
      current: null,
      expected: null,
      projected: null,
      projectedCompletionDate: null,
      fraction: 0,
      scheduleDeltaDays: null,
      requiredPerWeek: null,
      observedPerWeek: null,
      status: 'no_data',
      forecast: null,
    });
  });
});

describe('computeProgress for a parent measured by its children', () => {
  it('weights the children’s fractions and leaves out abandoned ones', () => {
    // (2 · 0.5 + 1 · 1) / (2 + 1); the abandoned child with weight 5 does not count.
    const goal = parentOf([
      metricChild('half', 50, { weight: 2 }),
      milestone('done', '2027-01-03'),
      milestone('dropped', '2027-01-03', { state: 'abandoned', weight: 5 }),
    ]);
    expect(computeProgress(goal, AS_OF).fraction).toBe(0.666666667);
  });

  it('rolls fractions up through several levels', () => {
    // Inner: (0.5 + 1) / 2 = 0.75. Outer: (3 · 0.75 + 1 · 0) / 4 = 0.5625.
    const inner = parentOf([metricChild('half', 50), milestone('done', '2027-01-03')], { weight: 3 });
    const outer = parentOf([inner, milestone('open', null)]);
    expect(computeProgress(outer, AS_OF).fraction).toBe(0.5625);
  });

  it('counts paused children like active ones', () => {
    const goal = parentOf([milestone('done', '2027-01-03', { state: 'paused' }), milestone('open', null)]);
    expect(computeProgress(goal, AS_OF).fraction).toBe(0.5);
  });

  it('takes the worst pace among the children, a missed child counting as off track', () => {
    expect(computeProgress(parentOf([onTrack, atRisk]), AS_OF).status).toBe('at_risk');
    expect(computeProgress(parentOf([onTrack, atRisk, offTrack]), AS_OF).status).toBe('off_track');
    const missedMilestone = milestone('late', null, { dueDate: '2027-01-04' });
    expect(computeProgress(parentOf([onTrack, missedMilestone]), AS_OF).status).toBe('off_track');
  });

  it('is achieved when every counted child is, and missed when overdue and not', () => {
    const done = [milestone('a', '2027-01-02'), metricChild('b', 100)];
    expect(computeProgress(parentOf(done), AS_OF).status).toBe('achieved');
    expect(computeProgress(parentOf(done, { dueDate: '2027-01-04' }), AS_OF).status).toBe('achieved');
    expect(computeProgress(parentOf([onTrack], { dueDate: '2027-01-04' }), AS_OF).status).toBe('missed');
  });

  it('falls back to milestone rules with a fraction of 0 when every child was abandoned', () => {
    const abandoned = milestone('x', '2027-01-02', { state: 'abandoned' });
    const completed = parentOf([abandoned], { completedOn: '2027-01-03' });
    expect(computeProgress(completed, AS_OF)).toMatchObject({ status: 'achieved', fraction: 0 });
    const overdue = parentOf([abandoned], { dueDate: '2027-01-04' });
    expect(computeProgress(overdue, AS_OF)).toMatchObject({ status: 'missed', fraction: 0 });
  });
});

describe('rollUpStatus', () => {
  it('ignores children without data when others have a pace', () => {
    expect(rollUpStatus(['on_track', 'no_data', 'achieved'], false)).toBe('on_track');
  });

  it('ignores unscheduled children when others have a pace', () => {
    expect(rollUpStatus(['unscheduled', 'at_risk', 'no_data'], false)).toBe('at_risk');
  });

  it('says unscheduled when nothing has a pace and some child is unscheduled', () => {
    expect(rollUpStatus(['no_data', 'unscheduled', 'achieved'], false)).toBe('unscheduled');
  });

  it('says no data only when no open child has data', () => {
    expect(rollUpStatus(['no_data', 'achieved', 'no_data'], false)).toBe('no_data');
  });

  it('is missed once overdue unless every child is achieved', () => {
    expect(rollUpStatus(['achieved', 'on_track'], true)).toBe('missed');
    expect(rollUpStatus(['achieved', 'achieved'], true)).toBe('achieved');
  });

  it('ranks a missed child as off track while the parent still has time', () => {
    expect(rollUpStatus(['missed', 'at_risk'], false)).toBe('off_track');
  });
});
