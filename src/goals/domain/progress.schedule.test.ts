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
      forecast: 'no_data',
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
    // A level: (0,0), (2,30), (4,60) lie on y = 15x, which reaches 100 at x = 6.7 → 7 January,
    // before the as-of date 12 January.
    const goal = aGoal({
      metric: aMetric(0, 100, 'last'),
      checkIns: [checkIn('2027-01-02', 30), checkIn('2027-01-04', 60)],
    });
    expect(computeProgress(goal, '2027-01-12').projectedCompletionDate).toBe('2027-01-12');
  });

  it('answers never, not an impossible date, for a forecast beyond the year 9999', () => {
    // A millionth of an hour on day 1, standing still on day 2: (0,0), (1,1e-6), (2,1e-6) have
    // x̄ = 1, Sxx = 2, Sxy = 1e-6, a slope of half a millionth a day: 100 h take 200 million days.
    const goal = aGoal({ metric: aMetric(0, 100), checkIns: [checkIn('2027-01-01', 0.000001)] });
    const progress = computeProgress(goal, '2027-01-02');
    expect(progress.forecast).toBe('made');
    expect(progress.projectedCompletionDate).toBeNull();
  });
});

describe('computeProgress without a due date', () => {
  it('leaves the schedule empty but still forecasts the finish from the check-ins', () => {
    // 20 h on days 2 and 4, seen on day 16 (14 days of points, as needed without a due date):
    // (0,0), (2,20), (4,40), (16,40). x̄ = 5.5, ȳ = 25; Sxx = 30.25 + 12.25 + 2.25 + 110.25 = 155,
    // Sxy = 137.5 + 17.5 − 22.5 + 157.5 = 290 → slope 58/31, intercept 25 − 319/31 = 456/31.
    // 456/31 + 58x/31 = 100 → x = 2644/58 = 45.6 → day 46, 15 February.
    const goal = aGoal({
      dueDate: null,
      metric: aMetric(0, 100),
      checkIns: [checkIn('2027-01-02', 20), checkIn('2027-01-04', 20)],
    });
    expect(computeProgress(goal, '2027-01-16')).toEqual({
      asOf: '2027-01-16',
      current: 40,
      expected: null,
      projected: null,
      projectedCompletionDate: '2027-02-15',
      fraction: 0.4,
      scheduleDeltaDays: null,
      requiredPerWeek: null,
      observedPerWeek: 13.096774194, // 406/31
      status: 'unscheduled',
      forecast: 'made',
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
    // Weight 90 → 80 kg over 1–10 January; 88 on day 2 and 86 on day 4. Points (0,90), (2,88),
    // (4,86): y = 90 − x, 80 on day 10.
    const goal = aGoal({
      metric: aMetric(90, 80, 'last', 'kg'),
      checkIns: [checkIn('2027-01-02', 88), checkIn('2027-01-04', 86)],
    });
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

  it('judges a single check-in against the target line, downward', () => {
    // 86 on day 4 alone: too early. Expected on day 5: 85; 86 is short of it by 1, and
    // (86 − 90) / (85 − 90) = 0.8 of the way: at risk.
    const goal = aGoal({ metric: aMetric(90, 80, 'last', 'kg'), checkIns: [checkIn('2027-01-04', 86)] });
    expect(computeProgress(goal, '2027-01-05')).toMatchObject({
      forecast: 'too_early',
      projected: null,
      observedPerWeek: null,
      status: 'at_risk',
    });
  });
});

describe('computeProgress with an invalid stored metric', () => {
  it('measures nothing for a target equal to the baseline, rather than failing', () => {
    const goal = aGoal({ metric: aMetric(10, 10), checkIns: [checkIn('2027-01-02', 3)] });
    const progress = computeProgress(goal, '2027-01-05');
    expect(progress).toMatchObject({ current: null, expected: null, projected: null, fraction: 0 });
    expect(progress.status).toBe('no_data');
  });
});
