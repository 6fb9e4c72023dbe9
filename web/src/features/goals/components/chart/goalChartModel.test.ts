import { describe, expect, it } from 'vitest';
import { aMetric } from '../../goal.factory.ts';
import { type GoalChartInput, goalChartModel, targetLineOn } from './goalChartModel.ts';

// Day numbers: x(d) = (d − start) + 1, so the start date is day 1 and the baseline stands at x = 0,
// the day before the start. 2026 is not a leap year: 1 March is day 60 (31 + 28 + 1).

describe('goalChartModel for a sum goal with a due date', () => {
  // 0 → 200 h over 2026; 10 h by 11 January and 22.5 h by 21 January, as of 1 March.
  const input: GoalChartInput = {
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    metric: aMetric(0, 200),
    today: '2026-03-01',
    chart: {
      targetLine: [
        { date: '2025-12-31', value: 0 },
        { date: '2026-12-31', value: 200 },
      ],
      values: [
        { date: '2026-01-11', value: 10 },
        { date: '2026-01-21', value: 22.5 },
      ],
      forecastLine: [
        { date: '2025-12-31', value: 0.5 },
        { date: '2026-12-31', value: 366 },
      ],
    },
  };
  const model = goalChartModel(input);

  it('spans the start to the due date, with today on it', () => {
    expect(model.dueX).toBe(365); // 31 December: 364 days after 1 January, + 1
    expect(model.endX).toBe(365); // the due date; the last check-in (day 21) comes before it
    expect(model.todayX).toBe(60);
  });

  it('draws the check-ins as steps that hold until today', () => {
    expect(model.points).toEqual([
      [11, 10],
      [21, 22.5],
    ]);
    // From the baseline, each check-in rises straight up on its day, then the total holds to day 60.
    expect(model.series).toEqual([
      [0, 0],
      [11, 0],
      [11, 10],
      [21, 10],
      [21, 22.5],
      [60, 22.5],
    ]);
  });

  it('places the target line and the forecast the API sent, the forecast ending at the due date', () => {
    expect(model.targetLine).toEqual([
      [0, 0],
      [365, 200],
    ]);
    expect(model.forecast).toEqual([
      [0, 0.5],
      [365, 366],
    ]);
    expect(model.projected).toEqual([365, 366]);
  });

  it('lets a forecast that flies far past the target out of the frame', () => {
    // Values 0, 10, 22.5, the target 200: 366 lies more than half the span (100) above 200, so the
    // range stays 0…200. Ticks about 5 apart: 200 / 5 = 40, rounded up to a round step of 50.
    expect(model.yTicks).toEqual([0, 50, 100, 150, 200]);
    expect([model.yLo, model.yHi]).toEqual([0, 200]);
  });

  it('reads the target line on a date, held at the baseline before the start and at the target after the due date', () => {
    // 14 March is day 73 (31 + 28 + 14): 200 · 73/365 = 200 · 0.2 = 40.
    expect(targetLineOn(input, '2026-03-14')).toBe(40);
    expect(targetLineOn(input, '2025-11-30')).toBe(0);
    expect(targetLineOn(input, '2027-02-01')).toBe(200);
  });
});

describe('goalChartModel for a level goal without a due date', () => {
  // 50 → 80 points, no due date; 55 on 5 January and 61 on 15 January, as of 20 January.
  const input: GoalChartInput = {
    startDate: '2026-01-01',
    dueDate: null,
    metric: aMetric(50, 80, 'last', 'points'),
    today: '2026-01-20',
    chart: {
      targetLine: null,
      values: [
        { date: '2026-01-05', value: 55 },
        { date: '2026-01-15', value: 61 },
      ],
      // Without a due date the API ends the forecast at asOf: (0, 50) and (20, 62).
      forecastLine: [
        { date: '2025-12-31', value: 50 },
        { date: '2026-01-20', value: 62 },
      ],
    },
  };
  const model = goalChartModel(input);

  it('shows what happened so far and a stretch ahead to read the trend into', () => {
    // Today is day 20; the stretch is the larger of 14 days and a quarter of 20 (5): 20 + 14 = 34.
    expect(model.endX).toBe(34);
    expect(model.dueX).toBeNull();
    expect(model.todayX).toBe(20);
  });

  it('joins the levels with straight lines and holds the latest until today', () => {
    expect(model.series).toEqual([
      [0, 50],
      [5, 55],
      [15, 61],
      [20, 61],
    ]);
  });

  it('carries the forecast line across the whole chart from its two points', () => {
    // Slope (62 − 50) / (20 − 0) = 0.6 a day; at day 34: 50 + 0.6 · 34 = 50 + 20.4 = 70.4.
    expect(model.forecast![0]).toEqual([0, 50]);
    expect(model.forecast![1][0]).toBe(34);
    expect(model.forecast![1][1]).toBeCloseTo(70.4, 9);
    expect(model.projected).toBeNull();
    expect(model.targetLine).toBeNull();
  });

  it('fits the range to the baseline and the target when the forecast stays between them', () => {
    // 50…80 with ticks about 5 apart: 30 / 5 = 6, rounded up to a round step of 10.
    expect(model.yTicks).toEqual([50, 60, 70, 80]);
    expect(targetLineOn(input, '2026-01-10')).toBeNull();
  });
});

describe('goalChartModel at the edges', () => {
  it('draws a new goal as a level baseline with no forecast', () => {
    // Starts on 1 March, due 30 May: 31 days of March + 30 of April + 29 to 30 May = 90, so day 91.
    const model = goalChartModel({
      startDate: '2026-03-01',
      dueDate: '2026-05-30',
      metric: aMetric(0, 12, 'sum', 'books'),
      today: '2026-03-01',
      chart: { targetLine: null, values: [], forecastLine: null },
    });
    expect([model.dueX, model.endX, model.todayX]).toEqual([91, 91, 1]);
    expect(model.series).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(model.points).toEqual([]);
    expect(model.forecast).toBeNull();
    expect(model.projected).toBeNull();
  });

  it('stretches to a check-in after the due date, and leaves out a today past the end', () => {
    // Due 10 January (day 10), a check-in on 15 January (day 15), today 1 February (day 32).
    const model = goalChartModel({
      startDate: '2026-01-01',
      dueDate: '2026-01-10',
      metric: aMetric(0, 10),
      today: '2026-02-01',
      chart: {
        targetLine: [
          { date: '2025-12-31', value: 0 },
          { date: '2026-01-10', value: 10 },
        ],
        values: [{ date: '2026-01-15', value: 4 }],
        forecastLine: [
          { date: '2025-12-31', value: 0 },
          { date: '2026-01-10', value: 2.5 },
        ],
      },
    });
    expect(model.endX).toBe(15);
    expect(model.todayX).toBeNull();
    // The total holds to the end of the chart, which is the check-in's own day: nothing to add.
    expect(model.series.at(-1)).toEqual([15, 4]);
    // 2.5 by day 10 is 0.25 a day: 3.75 at day 15, and the due date's own point is the projection.
    expect(model.forecast).toEqual([
      [0, 0],
      [15, 3.75],
    ]);
    expect(model.projected).toEqual([10, 2.5]);
  });

  it('lets the frame follow a forecast that stays within half the span of the values', () => {
    // A level coming down, 100 → 0 kg, at 90 on day 4. The forecast ends at −30 on day 10, within
    // half the span (50) below the lowest value (0), so the range reaches down to it: −30…100.
    // Ticks about 5 apart: 130 / 5 = 26; of the round steps 10, 20, 25, 50 the first ≥ 26 is 50,
    // and the range widens to whole steps: −50…100.
    const model = goalChartModel({
      startDate: '2026-01-01',
      dueDate: '2026-01-10',
      metric: aMetric(100, 0, 'last', 'kg'),
      today: '2026-01-05',
      chart: {
        targetLine: [
          { date: '2025-12-31', value: 100 },
          { date: '2026-01-10', value: 0 },
        ],
        values: [{ date: '2026-01-04', value: 90 }],
        forecastLine: [
          { date: '2025-12-31', value: 100 },
          { date: '2026-01-10', value: -30 },
        ],
      },
    });
    expect([model.yLo, model.yHi]).toEqual([-50, 100]);
    expect(model.yTicks).toEqual([-50, 0, 50, 100]);
  });

  it('ticks in whole units when the baseline, the target and every value are whole', () => {
    // 0 → 12 books, 1 on 10 January and 3 on 20 January: all whole. 0…12 in about 5 is 2.4 a
    // tick; 2.5 is not whole, so 5: 0, 5, 10, 15.
    const books = (second: number): GoalChartInput => ({
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      metric: aMetric(0, 12, 'sum', 'books'),
      today: '2026-01-20',
      chart: {
        targetLine: [
          { date: '2025-12-31', value: 0 },
          { date: '2026-12-31', value: 12 },
        ],
        values: [
          { date: '2026-01-10', value: 1 },
          { date: '2026-01-20', value: second },
        ],
        forecastLine: null,
      },
    });
    expect(goalChartModel(books(3)).yTicks).toEqual([0, 5, 10, 15]);
    // A total of 3.5 is not whole: the round step 2.5 is back, 0…12.5.
    expect(goalChartModel(books(3.5)).yTicks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });
});
