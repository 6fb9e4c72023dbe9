// Progress and forecast through the API. Every expected number is worked out by hand below:
// day x of a goal is (date − start) + 1, so the start date is day 1 and the baseline stands at day 0;
// N is the due date's day; expected = baseline + (target − baseline)·x/N; the forecast is the
// least-squares line through (0, baseline) and each check-in day's value, read at day N.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  createGoal,
  getGoal,
  lastMetric,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, DIALECTS, expectError, issuePaths, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goal progress on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const progress = async (cookie: string, id: string, asOf?: string) => {
    const res = await call(t.app, {
      url: `/api/v1/goals/${id}/progress${asOf ? `?asOf=${asOf}` : ''}`,
      cookie,
    });
    expect(res.status).toBe(200);
    return res.json;
  };

  /** Signs up a new person with one goal and its check-ins (value by date); answers the cookie and the goal. */
  const goalWithCheckIns = async (fields: Record<string, unknown>, checkIns: Record<string, number>) => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, fields);
    for (const [date, value] of Object.entries(checkIns))
      await addCheckIn(t.app, cookie, goal.id, date, value);
    return { cookie, goal };
  };

  it('forecasts a sum goal from its check-ins, ignoring those after asOf', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      { title: 'Code for 365 hours this year', ...YEAR_2027, metric: sumMetric('h', 365) },
      {
        '2027-01-10': 10,
        '2027-01-24': 20,
        '2027-02-10': 100, // after asOf below: must not count
      },
    );

    // asOf 2027-01-30 is x = 30 of N = 365; the check-ins add up to 10 + 20 = 30.
    // expected = 0 + 365·30/365 = 30; schedule delta = (30 − 30)/(365/365) = 0 days.
    // A sum stands still after its last check-in, so the total is a point again at asOf: the line
    // runs through (0,0), (10,10), (24,30), (30,30), whose days span 30 − 10 = 20, at least the
    // 14 days a year-long goal needs (a tenth of it, at most two weeks).
    //   mean x = 64/4 = 16, mean y = 70/4 = 17.5; Sxx = 256 + 36 + 64 + 196 = 552;
    //   Sxy = (−16)(−17.5) + (−6)(−7.5) + 8·12.5 + 14·12.5 = 280 + 45 + 100 + 175 = 600;
    //   slope = 600/552 = 25/23 a day, intercept = 17.5 − 16·25/23 = 5/46.
    // projected = 5/46 + 365·25/23 = 18255/46 = 396.8…, past 365: on track.
    // It reaches 365 at x = (365 − 5/46)·23/25 = 16785/50 = 335.7 → day 336 = 2027-12-02.
    // observed = 7·25/23 = 175/23 a week; required = (365 − 30)/(335 days to 12-31)·7 = 7.
    expect(await progress(cookie, goal.id, '2027-01-30')).toMatchObject({
      asOf: '2027-01-30',
      current: 30,
      expected: expect.closeTo(30, 9),
      scheduleDeltaDays: 0,
      projected: expect.closeTo(18255 / 46, 6),
      projectedCompletionDate: '2027-12-02',
      observedPerWeek: expect.closeTo(175 / 23, 6),
      requiredPerWeek: expect.closeTo(7, 9),
      fraction: expect.closeTo(30 / 365, 9),
      status: 'on_track',
      forecast: 'made',
    });

    // On 2027-01-20 (x = 20) only the 10 counts; its points (10,10) and (20,10) span 10 days,
    // too few to forecast from. The status then reads where the goal stands against the target
    // line: 10 against an expected 20 is half of it, under 0.8, so off track.
    expect(await progress(cookie, goal.id, '2027-01-20')).toMatchObject({
      current: 10,
      expected: expect.closeTo(20, 9),
      scheduleDeltaDays: -10,
      projected: null,
      projectedCompletionDate: null,
      observedPerWeek: null,
      status: 'off_track',
      forecast: 'too_early',
    });

    // Before any check-in there is nothing to fit: x = 5, expected = 5, behind by 5 days.
    expect(await progress(cookie, goal.id, '2027-01-05')).toMatchObject({
      current: 0,
      expected: expect.closeTo(5, 9),
      projected: null,
      projectedCompletionDate: null,
      observedPerWeek: null,
      scheduleDeltaDays: -5,
      fraction: 0,
      status: 'no_data',
      forecast: 'no_data',
    });

    // On 2027-02-10 (x = 41) the 100 counts: 130 against an expected 41, 89 days ahead.
    expect(await progress(cookie, goal.id, '2027-02-10')).toMatchObject({
      current: 130,
      expected: expect.closeTo(41, 9),
      scheduleDeltaDays: 89,
    });
  });

  it('reads a `last` goal at its latest level', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      {
        title: 'Raise my code review score to 80',
        startDate: '2027-03-01',
        dueDate: '2027-03-30',
        metric: lastMetric('score', 50, 80),
      },
      { '2027-03-06': 56, '2027-03-11': 58 },
    );

    // N = 30; asOf 2027-03-11 is x = 11; the level is the last check-in: 58 (not 56 + 58).
    // expected = 50 + 30·11/30 = 61; delta = (58 − 61)/(30/30) = −3 days.
    // Line through (0,50), (6,56), (11,58): mean x = 17/3, mean y = 164/3;
    //   Sxx = (289 + 1 + 256)/9 = 546/9; Sxy = (17·14 + 1·4 + 16·10)/9 = 402/9;
    //   slope = 402/546 = 67/91; intercept = 164/3 − (67/91)(17/3) = 13785/273.
    // projected = 13785/273 + 30·67/91 = 19815/273 = 72.582…, short of 80;
    //   (72.58 − 50)/30 = 0.75 of the way, under 0.8, so off track.
    // It reaches 80 at x = (80 − 13785/273)/(67/91) = 8055/201 = 40.07 → day 41 = 2027-04-10.
    // observed = 7·67/91 = 5.1538…; required = (80 − 58)/(days from 03-11 to 03-30 = 19)·7 = 8.105…
    expect(await progress(cookie, goal.id, '2027-03-11')).toMatchObject({
      current: 58,
      expected: expect.closeTo(61, 9),
      scheduleDeltaDays: -3,
      projected: expect.closeTo(19815 / 273, 6),
      projectedCompletionDate: '2027-04-10',
      observedPerWeek: expect.closeTo((7 * 67) / 91, 6),
      requiredPerWeek: expect.closeTo((22 / 19) * 7, 6),
      fraction: expect.closeTo(8 / 30, 9),
      status: 'off_track',
    });
  });

  it('measures a decreasing goal toward a lower target', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      {
        title: 'Run 5 km in 25 minutes',
        startDate: '2027-04-01',
        dueDate: '2027-04-30',
        metric: lastMetric('min', 30, 25),
      },
      { '2027-04-05': 29, '2027-04-10': 27 },
    );

    // N = 30, asOf x = 10, current 27; expected = 30 − 5·10/30 = 28.333…;
    // delta = (27 − 28.333)/(−5/30) = (−4/3)/(−1/6) = +8 days: ahead, although the number fell.
    // Line through (0,30), (5,29), (10,27): mean x = 5, mean y = 86/3; Sxx = 50;
    //   Sxy = (−5)(4/3) + 0 + 5(−5/3) = −15; slope = −0.3; intercept = 86/3 + 1.5 = 181/6.
    // projected = 181/6 − 0.3·30 = 127/6 = 21.1667, below 25: on track.
    // It reaches 25 at x = (25 − 181/6)/(−0.3) = 17.2 → day 18 = 2027-04-18.
    // observed = −2.1 a week; required = (25 − 27)/(20 days to 04-30)·7 = −0.7; fraction = 3/5.
    expect(await progress(cookie, goal.id, '2027-04-10')).toMatchObject({
      current: 27,
      expected: expect.closeTo(85 / 3, 6),
      scheduleDeltaDays: 8,
      projected: expect.closeTo(127 / 6, 6),
      projectedCompletionDate: '2027-04-18',
      observedPerWeek: expect.closeTo(-2.1, 9),
      requiredPerWeek: expect.closeTo(-0.7, 9),
      fraction: expect.closeTo(0.6, 9),
      status: 'on_track',
    });
  });

  it('calls a goal heading for 85% of its target at risk', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      {
        title: 'Write 100 pages of documentation',
        startDate: '2027-01-01',
        dueDate: '2027-04-10',
        metric: sumMetric('pages', 100),
      },
      { '2027-01-10': 8.5, '2027-01-20': 8.5 },
    );

    // N = 31 + 28 + 31 + 10 = 100. Points (0,0), (10,8.5), (20,17) lie on y = 0.85x, so
    // projected = 85: 85% of the way, at least 0.8, so at risk rather than off track.
    // expected at x = 20 is 20, delta (17 − 20)/1 = −3; it reaches 100 at x = 117.6 → day 118 = 2027-04-28.
    expect(await progress(cookie, goal.id, '2027-01-20')).toMatchObject({
      current: 17,
      projected: expect.closeTo(85, 6),
      scheduleDeltaDays: -3,
      projectedCompletionDate: '2027-04-28',
      observedPerWeek: expect.closeTo(5.95, 9),
      requiredPerWeek: expect.closeTo((83 / 80) * 7, 6),
      status: 'at_risk',
    });
  });

  it('marks a goal achieved on the day it reaches its target', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      {
        title: 'Read four books on architecture',
        startDate: '2027-01-01',
        dueDate: '2027-06-30',
        metric: sumMetric('books', 4),
      },
      { '2027-01-31': 1, '2027-03-15': 3 },
    );

    // Today (2027-05-15) the books add up to 4: achieved on 2027-03-15; no pace is required any more.
    const p = await progress(cookie, goal.id);
    expect(p).toMatchObject({
      asOf: '2027-05-15',
      current: 4,
      fraction: 1,
      projectedCompletionDate: '2027-03-15',
      requiredPerWeek: null,
      status: 'achieved',
    });
    // GET /goals/:id carries the same progress as of today, without the chart.
    const { chart, ...withoutChart } = p;
    expect((await getGoal(t.app, cookie, goal.id)).json.progress).toEqual(withoutChart);
    // The chart: the target line from (Dec 31, 0) to (Jun 30, 4); 1 book on day 31, 4 by day 74.
    // The fit as of today (day 135) runs through (0,0), (31,1), (74,4) and, the sum standing still
    // since, (135,4): x̄ = 240/4 = 60, ȳ = 9/4; dx = −60, −29, 14, 75; dy = −2.25, −1.25, 1.75, 1.75;
    // Sxx = 3600 + 841 + 196 + 5625 = 10262; Sxy = 135 + 36.25 + 24.5 + 131.25 = 327;
    // slope 327/10262, intercept 9/4 − 60·327/10262 = 3469.5/10262;
    // at day 181 (Jun 30) it reads (3469.5 + 181·327)/10262 = 62656.5/10262.
    expect(chart.targetLine).toEqual([
      { date: '2026-12-31', value: 0 },
      { date: '2027-06-30', value: 4 },
    ]);
    expect(chart.values).toEqual([
      { date: '2027-01-31', value: 1 },
      { date: '2027-03-15', value: 4 },
    ]);
    expect(chart.forecastLine.map((p: { date: string }) => p.date)).toEqual(['2026-12-31', '2027-06-30']);
    expect(chart.forecastLine[0].value).toBeCloseTo(3469.5 / 10262, 6);
    expect(chart.forecastLine[1].value).toBeCloseTo(62656.5 / 10262, 6);

    // The day before (day 73), only the first book counted, and no more since day 31: the line
    // through (0,0), (31,1), (73,1) has x̄ = 104/3, ȳ = 2/3, Sxx = (104² + 11² + 115²)/9 = 24162/9,
    // Sxy = (104·2 − 11 + 115)/9 = 312/9; slope 312/24162 = 52/4027, intercept
    // 2/3 − (52/4027)(104/3) = 882/4027; at N = 181 it reads (882 + 52·181)/4027 = 10294/4027 ≈ 2.56,
    // 64% of the way to 4, under 0.8: off track.
    expect(await progress(cookie, goal.id, '2027-03-14')).toMatchObject({
      current: 1,
      projected: expect.closeTo(10294 / 4027, 6),
      status: 'off_track',
      forecast: 'made',
    });
  });

  it('marks a goal missed once its due date has passed short of the target', async () => {
    const { cookie, goal } = await goalWithCheckIns(
      {
        title: 'Give three internal talks',
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        metric: sumMetric('talks', 3),
      },
      { '2027-02-01': 1 },
    );

    // Today is past the due date (N = 90): expected has reached the target, 3;
    // delta = (1 − 3)/(3/90) = −60 days; nothing is required of a goal that is over.
    expect(await progress(cookie, goal.id)).toMatchObject({
      current: 1,
      expected: 3,
      scheduleDeltaDays: -60,
      fraction: expect.closeTo(1 / 3, 9),
      requiredPerWeek: null,
      status: 'missed',
    });
  });

  it('answers no_data without check-ins and unscheduled without a due date', async () => {
    const { cookie } = await signUp(t.app);
    const fresh = await createGoal(t.app, cookie, {
      title: 'Publish twelve blog posts',
      startDate: '2027-05-01',
      dueDate: '2027-12-31',
      metric: sumMetric('posts', 12),
    });
    expect(await progress(cookie, fresh.id)).toMatchObject({
      current: 0,
      projected: null,
      observedPerWeek: null,
      projectedCompletionDate: null,
      fraction: 0,
      status: 'no_data',
    });

    const open = await createGoal(t.app, cookie, {
      title: 'Publish blog posts regularly',
      startDate: '2027-05-01',
      metric: sumMetric('posts', 12),
    });
    await addCheckIn(t.app, cookie, open.id, '2027-05-08', 1);
    // (8,1) and, the sum standing still since, (15,1) span 7 days: too few of the 14 a goal
    // without a due date needs before anything is forecast. Nothing is expected or required either.
    expect(await progress(cookie, open.id)).toMatchObject({
      current: 1,
      expected: null,
      projected: null,
      scheduleDeltaDays: null,
      requiredPerWeek: null,
      projectedCompletionDate: null,
      observedPerWeek: null,
      status: 'unscheduled',
      forecast: 'too_early',
    });

    // Started on 2027-04-16, today is day 30: (0,0), (8,1), (30,1) span 22 days, enough.
    // x̄ = 38/3, ȳ = 2/3, Sxx = (38² + 14² + 52²)/9 = 4344/9, Sxy = (76 − 14 + 52)/9 = 114/9;
    // slope = 114/4344 = 19/724 a day (133/724 a week), intercept 2/3 − (19/724)(38/3) = 121/362.
    // It reaches 12 at x = (12 − 121/362)·724/19 = 8446/19 = 444.5 → day 445 = 2028-07-03.
    const earlier = await createGoal(t.app, cookie, {
      title: 'Publish blog posts when I can',
      startDate: '2027-04-16',
      metric: sumMetric('posts', 12),
    });
    await addCheckIn(t.app, cookie, earlier.id, '2027-04-23', 1);
    expect(await progress(cookie, earlier.id)).toMatchObject({
      current: 1,
      projected: null,
      projectedCompletionDate: '2028-07-03',
      observedPerWeek: expect.closeTo(133 / 724, 9),
      status: 'unscheduled',
      forecast: 'made',
    });
  });

  it('measures a parent without a metric by its weighted children, leaving out abandoned ones', async () => {
    const { cookie } = await signUp(t.app);
    const parent = await createGoal(t.app, cookie, { title: 'Become a Rust developer', ...YEAR_2027 });
    const hours = await createGoal(t.app, cookie, {
      title: 'Practise Rust for 100 hours',
      parentId: parent.id,
      weight: 3,
      metric: sumMetric('h', 100),
      ...YEAR_2027,
    });
    const talk = await createGoal(t.app, cookie, {
      title: 'Give a talk on Rust',
      parentId: parent.id,
      weight: 1,
      completedOn: '2027-03-01',
      ...YEAR_2027,
    });
    await createGoal(t.app, cookie, {
      title: 'Contribute to the compiler',
      parentId: parent.id,
      weight: 10,
      state: 'abandoned',
      ...YEAR_2027,
    });
    await addCheckIn(t.app, cookie, hours.id, '2027-02-01', 20);
    await addCheckIn(t.app, cookie, hours.id, '2027-04-01', 30);
    expect(talk.progress.fraction).toBe(1);

    // Today: hours at 50/100 = 0.5 (weight 3), the talk done = 1 (weight 1); the abandoned child
    // (weight 10) does not count: (3·0.5 + 1·1)/4 = 0.625.
    // The hours goal's line through (0,0), (32,20), (91,50) and, standing still since, (135,50):
    // x̄ = 64.5, ȳ = 30, Sxx = 10889, Sxy = 1935 + 325 + 530 + 1410 = 4200; slope 4200/10889 ≈ 0.386
    // a day, reading 30 − 64.5·0.386 + 365·0.386 ≈ 145.9 at day 365: on track, and the achieved talk
    // leaves that as the parent's status.
    const p = await progress(cookie, parent.id);
    expect(p).toEqual({
      asOf: '2027-05-15',
      current: null,
      expected: null,
      projected: null,
      projectedCompletionDate: null,
      fraction: 0.625,
      scheduleDeltaDays: null,
      requiredPerWeek: null,
      observedPerWeek: null,
      status: 'on_track',
      forecast: null, // nothing of its own to forecast without a metric
      chart: null, // nothing to draw without a metric
    });

    // On 2027-02-15 only the first 20 hours count (0.2) and the talk is not done yet (0):
    // (3·0.2 + 1·0)/4 = 0.15.
    expect((await progress(cookie, parent.id, '2027-02-15')).fraction).toBeCloseTo(0.15, 9);
  });

  it('answers 400 for an asOf that is not a date, and 404 for an unknown goal', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { metric: sumMetric('h', 10) });
    for (const asOf of ['2027-13-01', 'yesterday']) {
      const res = await call(t.app, { url: `/api/v1/goals/${goal.id}/progress?asOf=${asOf}`, cookie });
      expectError(res, 400, 'validation_failed');
      expect(new Set(issuePaths(res))).toEqual(new Set(['asOf']));
    }
    expectError(await call(t.app, { url: '/api/v1/goals/no-such-goal/progress', cookie }), 404, 'not_found');
  });
});
