import { describe, expect, it } from 'vitest';
import { progressChart } from './chart.ts';
import { aGoal, aMetric, checkIn } from './goal.factory.ts';

describe('progressChart', () => {
  it('draws the target line, the values and the forecast of a decreasing goal', () => {
    // Weight 90 → 80 kg over 1–10 January; 88 on day 2, 86 on day 4. Points (0, 90), (2, 88),
    // (4, 86): y = 90 − x, so the forecast stands at 90 the day before the start and at 80 on
    // day 10, the due date.
    const metric = aMetric(90, 80, 'last', 'kg');
    const goal = aGoal({ metric, checkIns: [checkIn('2027-01-02', 88), checkIn('2027-01-04', 86)] });
    expect(progressChart(goal, metric, '2027-01-05')).toEqual({
      targetLine: [
        { date: '2026-12-31', value: 90 },
        { date: '2027-01-10', value: 80 },
      ],
      values: [
        { date: '2027-01-02', value: 88 },
        { date: '2027-01-04', value: 86 },
      ],
      forecastLine: [
        { date: '2026-12-31', value: 90 },
        { date: '2027-01-10', value: 80 },
      ],
    });
  });

  it('adds up a sum per date and ends the forecast at asOf without a due date', () => {
    // Hours, sum: 2 h on day 2, then 1 h and 3 h on day 4 → values 2 and 6, standing at 6 on day 20
    // (14 days of points, as a goal without a due date needs). Fit through (0,0), (2,2), (4,6),
    // (20,6): x̄ = 6.5, ȳ = 3.5; Sxx = 42.25 + 20.25 + 6.25 + 182.25 = 251,
    // Sxy = 22.75 + 6.75 − 6.25 + 33.75 = 57 → slope 57/251, intercept 3.5 − 370.5/251 = 508/251;
    // at day 20: (508 + 1140)/251 = 1648/251.
    const metric = aMetric(0, 100, 'sum', 'h');
    const goal = aGoal({
      dueDate: null,
      metric,
      checkIns: [
        checkIn('2027-01-02', 2),
        checkIn('2027-01-04', 1),
        checkIn('2027-01-04', 3, '2027-01-04T13:00:00Z'),
      ],
    });
    const chart = progressChart(goal, metric, '2027-01-20');
    expect(chart.targetLine).toBeNull();
    expect(chart.values).toEqual([
      { date: '2027-01-02', value: 2 },
      { date: '2027-01-04', value: 6 },
    ]);
    expect(chart.forecastLine).toEqual([
      { date: '2026-12-31', value: 2.023904382 }, // 508/251
      { date: '2027-01-20', value: 6.565737052 }, // 1648/251
    ]);
    // As of day 9 the points span only 7 days: too early to draw a forecast.
    expect(progressChart(goal, metric, '2027-01-09').forecastLine).toBeNull();
  });

  it('has no forecast before the first check-in, and leaves out check-ins after asOf', () => {
    const metric = aMetric(0, 10, 'sum', 'books');
    const goal = aGoal({ metric, checkIns: [checkIn('2027-01-06', 1)] });
    expect(progressChart(goal, metric, '2027-01-05')).toMatchObject({ values: [], forecastLine: null });
  });
});
