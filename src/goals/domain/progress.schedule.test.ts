import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress } from './progress.ts';

// 0 → 100 h from 1 to 10 January (N = 10) unless a test says otherwise.

describe('computeProgress around the schedule', () => {
  it('says no data before the first check-in, while still showing the target line and the pace needed', () => {
    const progress = computeProgress(aGoal({ metric: aMetric(0, 100) }), '2027-01-05');
    expect(progress).toEqual({
      asOf: '2027-01-05',
      current: 0,
      expected: 50, // 100 · 5/10
      projected: null,
      projectedCompletionDate: null,
      fraction: 0,
      scheduleDeltaDays: -5, // (0 − 50) / 10
      requiredPerWeek: 140, // 100 / 5 days · 7
      observedPerWeek: null,
      status: 'no_data',
    });
  });

  it('ignores check-ins dated after the as-of date', () => {
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-06', 60)] });
    const progress = computeProgress(goal, '2027-01-05');
    expect(progress.current).toBe(0);
    expect(progress.status).toBe('no_data');
    expect(computeProgress(goal, '2027-01-06').current).toBe(60);
  });

  it('holds the target line at the baseline before the start date', () => {
    // 5 → 25 from 1 to 10 March, seen on 20 February: x = −8, clamped to 0.
    const goal = aGoal({ startDate: '2027-03-01', dueDate: '2027-03-10', metric: aMetric(5, 25) });
    const progress = computeProgress(goal, '2027-02-20');
    expect(progress.expected).toBe(5);
    expect(progress.scheduleDeltaDays).toBe(0);
    expect(progress.requiredPerWeek).toBe(7.777777778); // 20 / 18 days · 7
  });

  it('needs the whole remainder in the last week when checked on the due date', () => {
    // 0 days left counts as 1: (100 − 30) / 1 · 7.
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-02', 30)] });
    expect(computeProgress(goal, '2027-01-10').requiredPerWeek).toBe(490);
  });

  it('calls an overdue goal missed and stops asking for a pace', () => {
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-02', 30)] });
    const progress = computeProgress(goal, '2027-01-12');
    expect(progress.status).toBe('missed');
    expect(progress.requiredPerWeek).toBeNull();
    expect(progress.expected).toBe(100); // the target line stops at the target
    expect(progress.scheduleDeltaDays).toBe(-7); // (30 − 100) / 10
    expect(progress.fraction).toBe(0.3);
  });

  it('never forecasts a finish in the past', () => {
    // (0,0), (2,30): y = 15x reaches 100 at x = 6.7 → 7 January, before the as-of date 12 January.
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-02', 30)] });
    expect(computeProgress(goal, '2027-01-12').projectedCompletionDate).toBe('2027-01-12');
  });

  it('answers never, not an impossible date, for a forecast beyond the year 9999', () => {
    // (0,0), (1,0.000001): at a millionth of an hour a day 100 h takes 100 million days.
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-01', 0.000001)] });
    expect(computeProgress(goal, '2027-01-01').projectedCompletionDate).toBeNull();
  });
});

describe('computeProgress without a due date', () => {
  it('leaves the schedule empty but still forecasts the finish from the check-ins', () => {
    // (0,0), (2,20), (4,40): y = 10x reaches 100 on day 10.
    const goal = aGoal({
      dueDate: null,
      metric: aMetric(0, 100),
      checkIns: [checkIn('2027-01-02', 20), checkIn('2027-01-04', 20)],
    });
    expect(computeProgress(goal, '2027-01-05')).toEqual({
      asOf: '2027-01-05',
      current: 40,
      expected: null,
      projected: null,
      projectedCompletionDate: '2027-01-10',
      fraction: 0.4,
      scheduleDeltaDays: null,
      requiredPerWeek: null,
      observedPerWeek: 70,
      status: 'unscheduled',
    });
  });

  it('says no data until the first check-in and achieved once the target is reached', () => {
    const goal = aGoal({ dueDate: null, metric: aMetric(0, 100) });
    expect(computeProgress(goal, '2027-01-05').status).toBe('no_data');
    const done = { ...goal, checkIns: [checkIn('2027-01-03', 100)] };
    expect(computeProgress(done, '2027-01-05').status).toBe('achieved');
  });
});

describe('computeProgress for a decreasing goal', () => {
  it('measures progress downward from the baseline', () => {
    // Weight 90 → 80 kg over 1–10 January; 86 on day 4. Points (0,90), (4,86): y = 90 − x, 80 on day 10.
    const goal = aGoal({ metric: aMetric(90, 80, 'last', 'kg'), checkIns: [checkIn('2027-01-04', 86)] });
    const progress = computeProgress(goal, '2027-01-05');
    expect(progress.fraction).toBe(0.4); // (86 − 90) / (80 − 90)
    expect(progress.expected).toBe(85); // 90 − 10 · 5/10
    expect(progress.scheduleDeltaDays).toBe(-1); // (86 − 85) / (−10/10)
    expect(progress.requiredPerWeek).toBe(-8.4); // (80 − 86) / 5 · 7
    expect(progress.observedPerWeek).toBe(-7);
    expect(progress.projected).toBe(80);
    expect(progress.projectedCompletionDate).toBe('2027-01-10');
    expect(progress.status).toBe('on_track');
  });
});

describe('computeProgress with an invalid metric', () => {
  it('refuses a target equal to the baseline', () => {
    expect(() => computeProgress(aGoal({ metric: aMetric(10, 10) }), '2027-01-05')).toThrow(RangeError);
  });
});
