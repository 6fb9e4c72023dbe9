// Breaking a goal down into slices aligned to calendar halves, quarters and months.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  allGoals,
  createGoal,
  getGoal,
  lastMetric,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, DIALECTS, expectError, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

/** The parts of a slice that breakdown decides. */
const shape = (g: { title: string; startDate: string; dueDate: string | null; metric: unknown }) => ({
  title: g.title,
  startDate: g.startDate,
  dueDate: g.dueDate,
  metric: g.metric,
});

/** The metric of a slice of an hours goal: hours added up from 0 to `target`. */
const h = (target: number) => ({ unit: 'h', baseline: 0, target, aggregation: 'sum' });

describe.each(DIALECTS)('goal breakdown on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const breakdown = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/goals/${id}/breakdown`, cookie, body });

  it('splits a sum goal into quarters with targets in proportion to their days, adding up exactly', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Practise Rust',
      category: 'skill',
      visibility: 'mentors',
      metric: sumMetric('h', 1000, 200),
      ...YEAR_2027,
    });
    const res = await breakdown(cookie, goal.id, { period: 'quarter' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(['items']);

    // 800 hours to go over 365 days; quarters of 90, 91, 92 and 92 days; whole hours as the target is.
    // Q1: 800·90/365 = 197.26 → 197; Q2: 800·91/365 = 199.45 → 199; Q3: 800·92/365 = 201.64 → 202;
    // Q4 takes the rest: 800 − 197 − 199 − 202 = 202. Each slice counts from 0.
    expect(res.json.items.map(shape)).toEqual([
      { title: 'Practise Rust — Q1 2027', startDate: '2027-01-01', dueDate: '2027-03-31', metric: h(197) },
      { title: 'Practise Rust — Q2 2027', startDate: '2027-04-01', dueDate: '2027-06-30', metric: h(199) },
      { title: 'Practise Rust — Q3 2027', startDate: '2027-07-01', dueDate: '2027-09-30', metric: h(202) },
      { title: 'Practise Rust — Q4 2027', startDate: '2027-10-01', dueDate: '2027-12-31', metric: h(202) },
    ]);
    for (const slice of res.json.items) {
      expect(slice).toMatchObject({
        parentId: goal.id,
        category: 'skill',
        visibility: 'mentors',
        weight: 1,
        state: 'active',
        completedOn: null,
        childCount: 0,
      });
      // What breakdown answers is what is stored.
      expect((await getGoal(t.app, cookie, slice.id)).json).toEqual(slice);
    }
    expect((await getGoal(t.app, cookie, goal.id)).json.childCount).toBe(4);
    const listed = await call(t.app, { url: `/api/v1/goals?parentId=${goal.id}`, cookie });
    expect(listed.json.items.map((g: { id: string }) => g.id).sort()).toEqual(
      res.json.items.map((g: { id: string }) => g.id).sort(),
    );

    // A check-in on a slice counts for the goal it was cut from.
    const q2 = res.json.items[1];
    await addCheckIn(t.app, cookie, q2.id, '2027-04-02', 12);
    expect((await getGoal(t.app, cookie, goal.id)).json.progress.current).toBe(212);
  });

  it('starts the first slice on the goal’s start and ends the last on its due date, rounding to the target’s decimals', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Log practice hours',
      startDate: '2027-02-10',
      dueDate: '2027-08-20',
      metric: sumMetric('h', 12.5),
    });
    const res = await breakdown(cookie, goal.id, { period: 'quarter' });
    expect(res.status).toBe(201);
    // Days: 02-10…03-31 = 19 + 31 = 50; Q2 = 91; 07-01…08-20 = 31 + 20 = 51; N = 192.
    // 12.5·50/192 = 3.255 → 3.3; 12.5·91/192 = 5.924 → 5.9; the rest: 12.5 − 3.3 − 5.9 = 3.3.
    expect(res.json.items.map(shape)).toEqual([
      {
        title: 'Log practice hours — Q1 2027',
        startDate: '2027-02-10',
        dueDate: '2027-03-31',
        metric: h(3.3),
      },
      {
        title: 'Log practice hours — Q2 2027',
        startDate: '2027-04-01',
        dueDate: '2027-06-30',
        metric: h(5.9),
      },
      {
        title: 'Log practice hours — Q3 2027',
        startDate: '2027-07-01',
        dueDate: '2027-08-20',
        metric: h(3.3),
      },
    ]);
  });

  it('chains the baselines and targets of a `last` goal along its line, by half-year', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Raise my chess rating',
      metric: lastMetric('points', 40, 60),
      ...YEAR_2027,
    });
    const res = await breakdown(cookie, goal.id, { period: 'half' });
    expect(res.status).toBe(201);
    // H1 ends on day 181 (31+28+31+30+31+30): the line reads 40 + 20·181/365 = 49.92 → 50 there.
    // H2 starts where H1 ends, at 50, and finishes on the goal's own target.
    const points = (baseline: number, target: number) => ({
      unit: 'points',
      baseline,
      target,
      aggregation: 'last',
    });
    expect(res.json.items.map(shape)).toEqual([
      {
        title: 'Raise my chess rating — H1 2027',
        startDate: '2027-01-01',
        dueDate: '2027-06-30',
        metric: points(40, 50),
      },
      {
        title: 'Raise my chess rating — H2 2027',
        startDate: '2027-07-01',
        dueDate: '2027-12-31',
        metric: points(50, 60),
      },
    ]);
  });

  it('chains a decreasing `last` goal downwards, by quarter', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Cut build time',
      metric: lastMetric('min', 30, 25),
      ...YEAR_2027,
    });
    const res = await breakdown(cookie, goal.id, { period: 'quarter' });
    expect(res.status).toBe(201);
    // Line 30 − 5·x/365 at each quarter's last day: x = 90 → 28.77 → 29; x = 181 → 27.52 → 28;
    // x = 273 → 26.26 → 26; and the last slice ends on the target, 25.
    expect(res.json.items.map((s: { metric: { baseline: number; target: number } }) => s.metric)).toEqual([
      { unit: 'min', baseline: 30, target: 29, aggregation: 'last' },
      { unit: 'min', baseline: 29, target: 28, aggregation: 'last' },
      { unit: 'min', baseline: 28, target: 26, aggregation: 'last' },
      { unit: 'min', baseline: 26, target: 25, aggregation: 'last' },
    ]);
  });

  it('gives a goal without a metric milestone slices, by month, across a new year', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Prepare the migration',
      category: 'business',
      visibility: 'managers',
      startDate: '2027-11-15',
      dueDate: '2028-02-10',
    });
    const res = await breakdown(cookie, goal.id, { period: 'month' });
    expect(res.status).toBe(201);
    expect(res.json.items.map(shape)).toEqual([
      {
        title: 'Prepare the migration — Nov 2027',
        startDate: '2027-11-15',
        dueDate: '2027-11-30',
        metric: null,
      },
      {
        title: 'Prepare the migration — Dec 2027',
        startDate: '2027-12-01',
        dueDate: '2027-12-31',
        metric: null,
      },
      {
        title: 'Prepare the migration — Jan 2028',
        startDate: '2028-01-01',
        dueDate: '2028-01-31',
        metric: null,
      },
      {
        title: 'Prepare the migration — Feb 2028',
        startDate: '2028-02-01',
        dueDate: '2028-02-10',
        metric: null,
      },
    ]);
    for (const slice of res.json.items) {
      expect(slice).toMatchObject({ category: 'business', visibility: 'managers', parentId: goal.id });
    }
  });

  it('keeps the period in a slice’s title when the goal’s title is already long', async () => {
    const { cookie } = await signUp(t.app);
    const long = 'Become a better engineer and '.repeat(7).slice(0, 200); // the most a title may have
    expect(long).toHaveLength(200);
    const goal = await createGoal(t.app, cookie, { title: long, ...YEAR_2027 });
    const res = await breakdown(cookie, goal.id, { period: 'month' });
    expect(res.status).toBe(201);
    const titles: string[] = res.json.items.map((s: { title: string }) => s.title);
    expect(titles[0]).toMatch(/ — Jan 2027$/);
    expect(titles[11]).toMatch(/ — Dec 2027$/);
    expect(new Set(titles).size).toBe(12);
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(200);
      expect(long.startsWith(title.slice(0, 150))).toBe(true);
    }
  });

  it('answers 409 when the goal already has slices, and adds none', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, YEAR_2027);
    expect((await breakdown(cookie, goal.id, { period: 'half' })).status).toBe(201);
    const before = await allGoals(t.app, cookie);
    expectError(await breakdown(cookie, goal.id, { period: 'quarter' }), 409, 'conflict');
    expect(await allGoals(t.app, cookie)).toEqual(before);
    expect((await getGoal(t.app, cookie, goal.id)).json.childCount).toBe(2);
  });

  it('answers 400 at dueDate for a goal without a due date', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { metric: sumMetric('h', 100) });
    const res = await breakdown(cookie, goal.id, { period: 'month' });
    expectInvalid(res, 'dueDate');
    expect(await allGoals(t.app, cookie)).toEqual([goal]);
  });

  it('answers 400 at period when rounding would leave a slice with nothing to do', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      title: 'Read five books',
      metric: sumMetric('books', 5),
      ...YEAR_2027,
    });
    // 5 books over 365 days: January gets 5·31/365 = 0.42 → 0 books, a slice that moves nothing.
    const res = await breakdown(cookie, goal.id, { period: 'month' });
    expectInvalid(res, 'period');
    expect(await allGoals(t.app, cookie)).toEqual([goal]);

    // Quarters work: 5·90/365 = 1.23 → 1, 1.25 → 1, 1.26 → 1, and the rest, 2.
    const quarters = await breakdown(cookie, goal.id, { period: 'quarter' });
    expect(quarters.status).toBe(201);
    expect(quarters.json.items.map((s: { metric: { target: number } }) => s.metric.target)).toEqual([
      1, 1, 1, 2,
    ]);
  });

  it('refuses a period it does not know, and a goal that does not exist', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, YEAR_2027);
    for (const body of [{ period: 'week' }, {}, { period: 'month', extra: true }]) {
      const res = await breakdown(cookie, goal.id, body);
      expectInvalid(res, Object.hasOwn(body, 'extra') ? 'extra' : 'period');
    }
    expect((await getGoal(t.app, cookie, goal.id)).json.childCount).toBe(0);
    expectError(await breakdown(cookie, 'no-such-goal', { period: 'month' }), 404, 'not_found');
  });
});
