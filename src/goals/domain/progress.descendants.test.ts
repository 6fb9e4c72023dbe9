import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress } from './progress.ts';

describe('computeProgress counting check-ins on slices', () => {
  // Parent: 0 → 100 h over 1–10 January with 10 h of its own on day 2.
  const parent = (children: ReturnType<typeof aGoal>[]) =>
    aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-02', 10)], children });

  it('adds check-ins of children measured in the same unit and aggregation', () => {
    const slice = aGoal({ id: 'q1', metric: aMetric(0, 50), checkIns: [checkIn('2027-01-03', 5)] });
    expect(computeProgress(parent([slice]), '2027-01-05').current).toBe(15); // 10 + 5
  });

  it('reaches descendants at any depth, through goals with another metric or none', () => {
    const grandchildViaMilestone = aGoal({
      id: 'gc1',
      metric: aMetric(0, 20),
      checkIns: [checkIn('2027-01-04', 5)],
    });
    const milestone = aGoal({ id: 'm', children: [grandchildViaMilestone] });
    const grandchildViaBooks = aGoal({
      id: 'gc2',
      metric: aMetric(0, 20),
      checkIns: [checkIn('2027-01-05', 2)],
    });
    const books = aGoal({
      id: 'b',
      metric: aMetric(0, 4, 'sum', 'books'),
      checkIns: [checkIn('2027-01-04', 3)],
      children: [grandchildViaBooks],
    });
    // 10 (own) + 5 (via milestone) + 2 (via the books goal); the 3 books do not count.
    expect(computeProgress(parent([milestone, books]), '2027-01-05').current).toBe(17);
  });

  it('leaves out descendants with the same unit but another aggregation', () => {
    const level = aGoal({ id: 'l', metric: aMetric(0, 50, 'last'), checkIns: [checkIn('2027-01-04', 50)] });
    expect(computeProgress(parent([level]), '2027-01-05').current).toBe(10);
  });

  it('still counts the work logged on an abandoned slice', () => {
    const dropped = aGoal({
      id: 'd',
      state: 'abandoned',
      metric: aMetric(0, 50),
      checkIns: [checkIn('2027-01-03', 5)],
    });
    expect(computeProgress(parent([dropped]), '2027-01-05').current).toBe(15);
  });

  it('merges last values from parent and slices by date, then creation time', () => {
    // Score 60 → 80 over January. The slice's 71 was created after the parent's 68 on the same day.
    const slice = aGoal({
      id: 's',
      metric: aMetric(60, 70, 'last', 'points'),
      checkIns: [checkIn('2027-01-04', 71, '2027-01-04T18:00:00Z')],
    });
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: aMetric(60, 80, 'last', 'points'),
      checkIns: [checkIn('2027-01-04', 68, '2027-01-04T09:00:00Z'), checkIn('2027-01-02', 64)],
      children: [slice],
    });
    expect(computeProgress(goal, '2027-01-05').current).toBe(71);
    expect(computeProgress(goal, '2027-01-03').current).toBe(64);
  });

  it('measures each slice by its own check-ins and its own descendants only', () => {
    const slice = aGoal({ id: 'q1', metric: aMetric(0, 50), checkIns: [checkIn('2027-01-03', 5)] });
    parent([slice]);
    // The parent's own 10 h on day 2 do not flow down.
    expect(computeProgress(slice, '2027-01-05').current).toBe(5);
  });
});
