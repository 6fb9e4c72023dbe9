import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress } from './progress.ts';

// Days are inclusive: x(d) = (d − start) + 1, N = x(due); the baseline stands at x = 0.
// A forecast needs two points besides the baseline spanning min(14, ⌈N/10⌉) days (1 day when N = 10);
// a sum adds the point (x(asOf), current) when asOf is after its last check-in.

describe('computeProgress for a sum metric', () => {
  // 0 → 100 h from 1 to 10 January (N = 10); 20 h on day 2 and 20 h on day 4.
  const studying = aGoal({
    metric: aMetric(0, 100),
    checkIns: [checkIn('2027-01-02', 20), checkIn('2027-01-04', 20)],
  });

  it('adds every check-in to the baseline and compares with the target line', () => {
    const progress = computeProgress(studying, '2027-01-05');
    expect(progress.current).toBe(40); // 0 + 20 + 20
    expect(progress.expected).toBe(50); // 0 + 100 · 5/10
    expect(progress.fraction).toBe(0.4); // 40 / 100
    expect(progress.scheduleDeltaDays).toBe(-1); // (40 − 50) / (100/10)
  });

  it('projects the finish from the check-ins and calls a pace that lands on the target on track', () => {
    // As of day 4, the day of the last check-in: points (0,0), (2,20), (4,40) lie on y = 10x; at
    // x = 10 the line reads 100, reached on day 10.
    const progress = computeProgress(studying, '2027-01-04');
    expect(progress.projected).toBe(100);
    expect(progress.projectedCompletionDate).toBe('2027-01-10');
    expect(progress.observedPerWeek).toBe(70); // 10 a day · 7
    expect(progress.requiredPerWeek).toBe(70); // (100 − 40) / 6 days to go · 7
    expect(progress.status).toBe('on_track');
    expect(progress.forecast).toBe('made');
  });

  it('holds a sum still after its last check-in, which slows the forecast', () => {
    // As of day 5 the total still stands at 40: points (0,0), (2,20), (4,40), (5,40).
    // x̄ = 11/4, ȳ = 25; Sxx = 7.5625 + 0.5625 + 1.5625 + 5.0625 = 14.75,
    // Sxy = 68.75 + 3.75 + 18.75 + 33.75 = 125 → slope 500/59, intercept 25 − 2.75·500/59 = 100/59.
    const progress = computeProgress(studying, '2027-01-05');
    expect(progress.projected).toBe(86.440677966); // (100 + 5000) / 59 at x = 10
    expect(progress.observedPerWeek).toBe(59.322033898); // 3500/59
    expect(progress.requiredPerWeek).toBe(84); // (100 − 40) / 5 days to go · 7
    // 100/59 + 500x/59 = 100 → x = 5800/500 = 11.6 → day 12.
    expect(progress.projectedCompletionDate).toBe('2027-01-12');
    expect(progress.status).toBe('at_risk'); // 86.44 / 100 ≥ 0.8
  });

  it('calls a forecast at 80% of the way at risk, and rounds a half-day delta away from zero', () => {
    // 0 → 80 h from 1 to 10 March; 10 h on day 1 and 10 h on day 3, as of day 3.
    // Points (0,0), (1,10), (3,20): x̄ = 4/3, ȳ = 10, Sxx = 14/3, Sxy = 30 → slope 45/7, intercept 10/7.
    const goal = aGoal({
      startDate: '2027-03-01',
      dueDate: '2027-03-10',
      metric: aMetric(0, 80),
      checkIns: [checkIn('2027-03-01', 10), checkIn('2027-03-03', 10)],
    });
    const progress = computeProgress(goal, '2027-03-03');
    expect(progress.current).toBe(20);
    expect(progress.expected).toBe(24); // 80 · 3/10
    expect(progress.scheduleDeltaDays).toBe(-1); // (20 − 24) / 8 = −0.5 → −1
    expect(progress.projected).toBe(65.714285714); // 10/7 + 45/7 · 10 = 460/7
    expect(progress.observedPerWeek).toBe(45); // 45/7 · 7
    expect(progress.requiredPerWeek).toBe(60); // (80 − 20) / 7 days · 7
    // 10/7 + 45x/7 = 80 → x = 550/45 = 12.2 → day 13 = 13 March.
    expect(progress.projectedCompletionDate).toBe('2027-03-13');
    expect(progress.status).toBe('at_risk'); // 65.71 / 80 = 0.82 ≥ 0.8
  });

  it('calls a forecast below 80% of the way off track', () => {
    // Same check-ins, target 100: 65.71 / 100 = 0.66 < 0.8.
    const goal = aGoal({
      startDate: '2027-03-01',
      dueDate: '2027-03-10',
      metric: aMetric(0, 100),
      checkIns: [checkIn('2027-03-01', 10), checkIn('2027-03-03', 10)],
    });
    const progress = computeProgress(goal, '2027-03-03');
    expect(progress.status).toBe('off_track');
    expect(progress.scheduleDeltaDays).toBe(-1); // (20 − 30) / 10
    // 10/7 + 45x/7 = 100 → x = 690/45 = 15.3 → day 16.
    expect(progress.projectedCompletionDate).toBe('2027-03-16');
  });

  it('counts a forecast of exactly 80% of the way as at risk', () => {
    // (0,0), (2,16), (4,32): slope 8, at x = 10 the line reads 80 = 0.8 · 100; it reaches 100 at
    // x = 12.5 → day 13.
    const goal = aGoal({
      metric: aMetric(0, 100),
      checkIns: [checkIn('2027-01-02', 16), checkIn('2027-01-04', 16)],
    });
    const progress = computeProgress(goal, '2027-01-04');
    expect(progress.projected).toBe(80);
    expect(progress.status).toBe('at_risk');
    expect(progress.projectedCompletionDate).toBe('2027-01-13');
  });

  it('does not let float noise push the forecast finish a day late', () => {
    // 0.1 h a day on days 1–6: the line is y = 0.1x and reaches 0.8 on day 8 exactly.
    const days = ['01', '02', '03', '04', '05', '06'];
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: aMetric(0, 0.8),
      checkIns: days.map((day) => checkIn(`2027-01-${day}`, 0.1)),
    });
    const progress = computeProgress(goal, '2027-01-06');
    expect(progress.current).toBe(0.6);
    expect(progress.projectedCompletionDate).toBe('2027-01-08');
  });

  it('reaches a target that float addition would fall just short of', () => {
    // 0.7 + 0.1 is 0.7999999999999999 in binary floats.
    const goal = aGoal({
      metric: aMetric(0, 0.8),
      checkIns: [checkIn('2027-01-02', 0.7), checkIn('2027-01-03', 0.1)],
    });
    const progress = computeProgress(goal, '2027-01-04');
    expect(progress.current).toBe(0.8);
    expect(progress.status).toBe('achieved');
    expect(progress.fraction).toBe(1);
  });

  it('marks the goal achieved on the date the target was first reached', () => {
    // 0 → 10 books in January (N = 31); 4 on day 3, 6 on day 8 (total 10), 2 more on day 12.
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: aMetric(0, 10, 'sum', 'books'),
      checkIns: [checkIn('2027-01-03', 4), checkIn('2027-01-08', 6), checkIn('2027-01-12', 2)],
    });
    const progress = computeProgress(goal, '2027-01-15');
    expect(progress.status).toBe('achieved');
    expect(progress.projectedCompletionDate).toBe('2027-01-08');
    expect(progress.current).toBe(12);
    expect(progress.fraction).toBe(1); // 12 / 10 clamped
    expect(progress.requiredPerWeek).toBeNull();
    // expected = 10 · 15/31; delta = (12 − 150/31) / (10/31) = (372 − 150) / 10 = 22.2 → 22.
    expect(progress.scheduleDeltaDays).toBe(22);
    // Points (0,0), (3,4), (8,10), (12,12) and, the sum standing still, (15,12): x̄ = ȳ = 7.6;
    // Sxx = 57.76 + 21.16 + 0.16 + 19.36 + 54.76 = 153.2, Sxy = 57.76 + 16.56 + 0.96 + 19.36 + 32.56
    // = 127.2 → slope 318/383, intercept 7.6 · 65/383 = 494/383; at x = 31: 10352/383 = 27.0287206…
    expect(progress.projected).toBe(27.028720627);
    expect(progress.observedPerWeek).toBe(5.812010444); // 318/383 · 7 = 2226/383
    expect(progress.forecast).toBe('achieved');
  });
});

describe('computeProgress for a last metric', () => {
  // A score from 60 to 80 points in January (N = 31).
  const score = aMetric(60, 80, 'last', 'points');

  it('takes the latest check-in of the latest date, ordering same-day check-ins by creation time', () => {
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: score,
      checkIns: [
        checkIn('2027-01-10', 70),
        checkIn('2027-01-05', 62, '2027-01-05T20:00:00Z'),
        checkIn('2027-01-05', 65, '2027-01-05T08:00:00Z'),
      ],
    });
    const progress = computeProgress(goal, '2027-01-10');
    expect(progress.current).toBe(70);
    expect(progress.fraction).toBe(0.5); // (70 − 60) / 20
    expect(progress.expected).toBe(66.451612903); // 60 + 20 · 10/31
    // (70 − 60 − 200/31) / (20/31) = (310 − 200) / 20 = 5.5 → 6.
    expect(progress.scheduleDeltaDays).toBe(6);
    // Points (0,60), (5,62) (the later check-in that day), (10,70): x̄ = 5, ȳ = 64, Sxx = 50, Sxy = 50
    // → y = 59 + x: 90 at day 31, the target 80 at day 21.
    expect(progress.projected).toBe(90);
    expect(progress.observedPerWeek).toBe(7);
    expect(progress.projectedCompletionDate).toBe('2027-01-21');
    expect(progress.requiredPerWeek).toBe(3.333333333); // (80 − 70) / 21 days · 7
    expect(progress.status).toBe('on_track');
  });

  it('compares creation times as instants, not as text', () => {
    // 09:00+02:00 is 07:00 UTC, so the 08:00Z check-in is the later one.
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: score,
      checkIns: [
        checkIn('2027-01-05', 75, '2027-01-05T08:00:00Z'),
        checkIn('2027-01-05', 66, '2027-01-05T09:00:00+02:00'),
      ],
    });
    expect(computeProgress(goal, '2027-01-05').current).toBe(75);
  });

  it('stays achieved after the level dips below the target', () => {
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: score,
      checkIns: [checkIn('2027-01-05', 82), checkIn('2027-01-09', 75)],
    });
    const progress = computeProgress(goal, '2027-01-10');
    expect(progress.status).toBe('achieved');
    expect(progress.projectedCompletionDate).toBe('2027-01-05');
    expect(progress.current).toBe(75);
    expect(progress.fraction).toBe(0.75); // (75 − 60) / 20: the fraction follows the current value
    expect(progress.requiredPerWeek).toBeNull();
  });

  it('forecasts no finish when the level moves away from the target', () => {
    // (0,60), (4,56), (8,52): y = 60 − x, so 29 at day 31 and it never reaches 80. (N = 31: the
    // points must span ⌈3.1⌉ = 4 days.)
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: score,
      checkIns: [checkIn('2027-01-04', 56), checkIn('2027-01-08', 52)],
    });
    const progress = computeProgress(goal, '2027-01-08');
    expect(progress.projected).toBe(29);
    expect(progress.observedPerWeek).toBe(-7);
    expect(progress.projectedCompletionDate).toBeNull();
    expect(progress.status).toBe('off_track');
  });

  it('forecasts no finish when the level has not moved', () => {
    // (0,60), (4,60), (8,60): a flat line.
    const goal = aGoal({
      dueDate: '2027-01-31',
      metric: score,
      checkIns: [checkIn('2027-01-04', 60), checkIn('2027-01-08', 60)],
    });
    const progress = computeProgress(goal, '2027-01-08');
    expect(progress.projected).toBe(60);
    expect(progress.observedPerWeek).toBe(0);
    expect(progress.projectedCompletionDate).toBeNull();
    expect(progress.status).toBe('off_track');
  });
});
