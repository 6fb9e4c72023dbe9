// A forecast needs evidence: two points besides the baseline, at least min(14, ⌈N/10⌉) days apart
// (14 without a due date). Until then the status compares where the goal stands with the target line.
import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';
import { computeProgress } from './progress.ts';

describe('a forecast needs evidence', () => {
  // 12 books from 1 January 2027, due 2 January 2028: N = 365 + 2 = 367.
  const books = aGoal({
    startDate: '2027-01-01',
    dueDate: '2028-01-02',
    metric: aMetric(0, 12, 'sum', 'books'),
    checkIns: [checkIn('2027-01-01', 1)],
  });

  it('does not project one book on the first day into 367 books', () => {
    const progress = computeProgress(books, '2027-01-01');
    expect(progress.forecast).toBe('too_early');
    expect(progress.projected).toBeNull();
    expect(progress.projectedCompletionDate).toBeNull();
    expect(progress.observedPerWeek).toBeNull(); // not "7 books a week"
    expect(progress.requiredPerWeek).toBe(0.210382514); // (12 − 1) / 366 days · 7, not from the fit
    // Against the target line, 12/367 = 0.0327 expected today: 1 book is ahead of it.
    expect(progress.status).toBe('on_track');
    expect(progress.scheduleDeltaDays).toBe(30); // (1 − 12/367) / (12/367) = 355/12 = 29.6 → 30
  });

  it('forecasts from the same book seen again on day 30, standing still', () => {
    // Points (0,0), (1,1), (30,1), 29 days apart (≥ min(14, 37)). x̄ = 31/3, ȳ = 2/3;
    // Sxx = (961 + 784 + 3481)/9 = 5226/9, Sxy = (62 − 28 + 59)/9 = 93/9 → slope 93/5226,
    // intercept 2/3 − 961/5226 = 2523/5226; at x = 367: (2523 + 34131)/5226 = 36654/5226.
    const progress = computeProgress(books, '2027-01-30');
    expect(progress.forecast).toBe('made');
    expect(progress.projected).toBe(7.013777268); // 7 + 72/5226 = 7.01377726750…
    expect(progress.observedPerWeek).toBe(0.12456946); // 651/5226, not a book a day
    expect(progress.status).toBe('off_track'); // 7.01 / 12 = 0.58 < 0.8
  });

  it('does not project a weight of 88 from one check-in into −338 kg', () => {
    // 90 → 80 kg over 2027 (N = 365); 88 on day 10, seen that day.
    const weight = aGoal({
      startDate: '2027-01-01',
      dueDate: '2027-12-31',
      metric: aMetric(90, 80, 'last', 'kg'),
      checkIns: [checkIn('2027-01-10', 88)],
    });
    const progress = computeProgress(weight, '2027-01-10');
    expect(progress).toMatchObject({ forecast: 'too_early', projected: null, projectedCompletionDate: null });
    // Expected today: 90 − 10 · 10/365 = 89.726; 88 is further down, the way the goal goes.
    expect(progress.status).toBe('on_track');
  });

  it('compares with the target line while too early: on track, at risk from 80% of it, else off track', () => {
    // 0 → 100 over 100 days (N = 100: points must span 10 days); one check-in on day 50, when
    // the target line expects 50.
    const on = (value: number) =>
      computeProgress(
        aGoal({
          dueDate: '2027-04-10',
          metric: aMetric(0, 100, 'last'),
          checkIns: [checkIn('2027-02-19', value)],
        }),
        '2027-02-19',
      );
    expect(on(50)).toMatchObject({ expected: 50, status: 'on_track', forecast: 'too_early' });
    expect(on(40).status).toBe('at_risk'); // 40 / 50 = 0.8
    expect(on(39).status).toBe('off_track'); // 0.78
  });

  it('forecasts once the points span a tenth of the goal, and not a day before', () => {
    // N = 100: 10 days needed. Check-ins on days 41 and 50 span 9; on days 40 and 50, 10.
    const goal = (first: string) =>
      aGoal({
        dueDate: '2027-04-10',
        metric: aMetric(0, 100, 'last'),
        checkIns: [checkIn(first, 30), checkIn('2027-02-19', 40)],
      });
    expect(computeProgress(goal('2027-02-10'), '2027-02-19').forecast).toBe('too_early');
    expect(computeProgress(goal('2027-02-09'), '2027-02-19').forecast).toBe('made');
  });

  it('needs 14 days of points without a due date', () => {
    // 20 h on day 2 and on day 4; a sum, so as of day 15 the points are (2,20), (4,40), (15,40):
    // 13 days apart, too early; as of day 16, 14 days: a forecast.
    const goal = aGoal({
      dueDate: null,
      metric: aMetric(0, 100),
      checkIns: [checkIn('2027-01-02', 20), checkIn('2027-01-04', 20)],
    });
    expect(computeProgress(goal, '2027-01-15')).toMatchObject({
      forecast: 'too_early',
      status: 'unscheduled',
    });
    expect(computeProgress(goal, '2027-01-16').forecast).toBe('made');
  });

  it('says no data before any check-in, and achieved once the target is reached', () => {
    expect(computeProgress(aGoal({ metric: aMetric(0, 10) }), '2027-01-05').forecast).toBe('no_data');
    const done = aGoal({ metric: aMetric(0, 10), checkIns: [checkIn('2027-01-02', 10)] });
    expect(computeProgress(done, '2027-01-05').forecast).toBe('achieved');
    expect(computeProgress(aGoal(), '2027-01-05').forecast).toBeNull(); // a milestone has no forecast
  });
});
