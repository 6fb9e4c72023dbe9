// Check-ins: dated measurements of a goal's metric, listed oldest first, counted up the tree.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  createGoal,
  getGoal,
  lastMetric,
  NOON_2027_05_15,
  setTimeZone,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, DIALECTS, expectError, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('check-ins on %s', (dialect) => {
  describe('at noon UTC on 2027-05-15', () => {
    const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

    const post = (cookie: string, goalId: string, body: unknown) =>
      call(t.app, { method: 'POST', url: `/api/v1/goals/${goalId}/check-ins`, cookie, body });
    const listOf = (cookie: string, goalId: string, query = '') =>
      call(t.app, { url: `/api/v1/goals/${goalId}/check-ins${query}`, cookie });
    const patch = (cookie: string, id: string, body: unknown) =>
      call(t.app, { method: 'PATCH', url: `/api/v1/check-ins/${id}`, cookie, body });
    const remove = (cookie: string, id: string) =>
      call(t.app, { method: 'DELETE', url: `/api/v1/check-ins/${id}`, cookie });

    it('records a check-in and counts it in the goal’s progress', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const res = await post(cookie, goal.id, { date: '2027-05-01', value: 2.5 });
      expect(res.status).toBe(201);
      expect(Object.keys(res.json).sort()).toEqual([
        'createdAt',
        'date',
        'goalId',
        'id',
        'note',
        'source',
        'updatedAt',
        'value',
      ]);
      expect(res.json).toMatchObject({
        goalId: goal.id,
        date: '2027-05-01',
        value: 2.5,
        note: '',
        source: null, // typed in, not written by a learning or practice entry
        createdAt: NOON_2027_05_15,
        updatedAt: NOON_2027_05_15,
      });
      expect((await getGoal(t.app, cookie, goal.id)).json).toMatchObject({
        lastCheckInOn: '2027-05-01',
        progress: { current: 2.5 },
      });
      expect((await listOf(cookie, goal.id)).json).toEqual({ items: [res.json] });
    });

    it('accepts check-ins from the start date up to today, and keeps the note', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      expect((await post(cookie, goal.id, { date: '2027-01-01', value: 1 })).status).toBe(201);
      const today = await post(cookie, goal.id, { date: '2027-05-15', value: 1, note: 'Pairing session' });
      expect(today.status).toBe(201);
      expect(today.json.note).toBe('Pairing session');
    });

    it('lists check-ins oldest first, whatever order they were made in', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const march = await addCheckIn(t.app, cookie, goal.id, '2027-03-01', 3);
      const january = await addCheckIn(t.app, cookie, goal.id, '2027-01-15', 1);
      const february = await addCheckIn(t.app, cookie, goal.id, '2027-02-10', 2);
      const res = await listOf(cookie, goal.id);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ items: [january, february, march] });
    });

    it('refuses a date before the goal’s start or after today, and stores nothing', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      expectInvalid(await post(cookie, goal.id, { date: '2026-12-31', value: 1 }), 'date');
      expectInvalid(await post(cookie, goal.id, { date: '2027-05-16', value: 1 }), 'date');
      expectInvalid(await post(cookie, goal.id, { date: '2027-05-01', value: 'ten' }), 'value');
      expectInvalid(await post(cookie, goal.id, { value: 1 }), 'date');
      expectInvalid(await post(cookie, goal.id, { date: '2027-05-01', value: 1, unit: 'h' }), 'unit');
      expect((await listOf(cookie, goal.id)).json.items).toEqual([]);
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(goal);
    });

    it('answers 409 to a check-in on a goal without a metric', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, YEAR_2027);
      expectError(await post(cookie, goal.id, { date: '2027-05-01', value: 1 }), 409, 'conflict');
      expect((await listOf(cookie, goal.id)).json.items).toEqual([]);
    });

    it('answers 404 for the check-ins of a goal that does not exist', async () => {
      const { cookie } = await signUp(t.app);
      expectError(await post(cookie, 'no-such-goal', { date: '2027-05-01', value: 1 }), 404, 'not_found');
      expectError(await listOf(cookie, 'no-such-goal'), 404, 'not_found');
    });

    it('changes a check-in’s value, note and date, checking the date again', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const checkIn = await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 3);

      const res = await patch(cookie, checkIn.id, { value: 4, note: 'Counted the review too' });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ ...checkIn, value: 4, note: 'Counted the review too' });
      const moved = await patch(cookie, checkIn.id, { date: '2027-03-01' });
      expect(moved.json).toEqual({ ...res.json, date: '2027-03-01' });

      expectInvalid(await patch(cookie, checkIn.id, { date: '2027-05-16' }), 'date');
      expectInvalid(await patch(cookie, checkIn.id, { date: '2026-12-31' }), 'date');
      expectInvalid(await patch(cookie, checkIn.id, { value: null }), 'value');
      expectInvalid(await patch(cookie, checkIn.id, { goalId: 'another' }), 'goalId');
      expect((await listOf(cookie, goal.id)).json.items).toEqual([moved.json]);
      expect((await getGoal(t.app, cookie, goal.id)).json).toMatchObject({
        progress: { current: 4 },
        lastCheckInOn: '2027-03-01',
      });
    });

    it('deletes a check-in; it then answers 404 and no longer counts', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const kept = await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 3);
      const gone = await addCheckIn(t.app, cookie, goal.id, '2027-03-01', 4);

      const res = await remove(cookie, gone.id);
      expect(res.status).toBe(204);
      expect(res.json).toBeUndefined();
      expectError(await patch(cookie, gone.id, { value: 1 }), 404, 'not_found');
      expectError(await remove(cookie, gone.id), 404, 'not_found');
      expect((await listOf(cookie, goal.id)).json.items).toEqual([kept]);
      expect((await getGoal(t.app, cookie, goal.id)).json).toMatchObject({
        progress: { current: 3 },
        lastCheckInOn: '2027-02-01',
      });
    });

    it('counts a slice’s check-ins for every ancestor measured the same way, and lists them with descendants=true', async () => {
      const { cookie } = await signUp(t.app);
      const top = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const slice = await createGoal(t.app, cookie, {
        title: 'First half of the hours',
        parentId: top.id,
        startDate: '2027-01-01',
        dueDate: '2027-06-30',
        metric: sumMetric('h', 50),
      });
      const grandchild = await createGoal(t.app, cookie, {
        title: 'First quarter of the hours',
        parentId: slice.id,
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        metric: sumMetric('h', 25),
      });
      // Same unit but another aggregation, and another unit: neither counts for `top`.
      const level = await createGoal(t.app, cookie, {
        title: 'Hours a week by summer',
        parentId: top.id,
        metric: lastMetric('h', 0, 10),
        startDate: '2027-01-01',
        dueDate: '2027-06-30',
      });
      const pages = await createGoal(t.app, cookie, {
        title: 'Pages of Rust notes written',
        parentId: top.id,
        metric: sumMetric('pages', 40),
        startDate: '2027-01-01',
        dueDate: '2027-12-31',
      });
      const a = await addCheckIn(t.app, cookie, top.id, '2027-01-05', 5);
      const b = await addCheckIn(t.app, cookie, slice.id, '2027-02-01', 7);
      const c = await addCheckIn(t.app, cookie, grandchild.id, '2027-02-15', 3);
      const d = await addCheckIn(t.app, cookie, pages.id, '2027-03-01', 11);
      const e = await addCheckIn(t.app, cookie, level.id, '2027-03-02', 13);

      // top: its own 5 + the slice's 7 + the grandchild's 3 = 15; pages and the `last` goal don't count.
      const topNow = (await getGoal(t.app, cookie, top.id)).json;
      expect(topNow.progress.current).toBe(15);
      expect(topNow.progress.fraction).toBeCloseTo(15 / 100, 9);
      // The slice: its own 7 + its child's 3.
      expect((await getGoal(t.app, cookie, slice.id)).json.progress.current).toBe(10);
      expect((await getGoal(t.app, cookie, pages.id)).json.progress.current).toBe(11);
      // The latest check-in anywhere below it, whatever it measures.
      expect(topNow.lastCheckInOn).toBe('2027-03-02');

      expect((await listOf(cookie, top.id)).json.items).toEqual([a]);
      expect((await listOf(cookie, top.id, '?descendants=true')).json.items).toEqual([a, b, c, d, e]);
      expect((await listOf(cookie, slice.id, '?descendants=true')).json.items).toEqual([b, c]);
      expect((await listOf(cookie, top.id, '?descendants=false')).json.items).toEqual([a]);
    });

    it('counts a grandchild’s check-ins for its grandparent through a middle goal without a metric', async () => {
      const { cookie } = await signUp(t.app);
      const top = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const middle = await createGoal(t.app, cookie, { title: 'Milestone in between', parentId: top.id });
      const leaf = await createGoal(t.app, cookie, {
        title: 'Hours under the milestone',
        parentId: middle.id,
        metric: sumMetric('h', 20),
      });
      await addCheckIn(t.app, cookie, leaf.id, '2027-05-15', 4);
      expect((await getGoal(t.app, cookie, top.id)).json.progress.current).toBe(4);
      // The milestone is measured by its one child: 4 of 20 hours.
      expect((await getGoal(t.app, cookie, middle.id)).json.progress.fraction).toBeCloseTo(0.2, 9);
    });

    it('adds decimal amounts without floating-point noise', async () => {
      const { cookie } = await signUp(t.app);
      const top = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 1) });
      const slice = await createGoal(t.app, cookie, {
        title: 'A slice of the hours',
        parentId: top.id,
        metric: sumMetric('h', 0.5),
      });
      await addCheckIn(t.app, cookie, top.id, '2027-05-01', 0.1);
      await addCheckIn(t.app, cookie, slice.id, '2027-05-15', 0.2);
      // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; the API shows 0.3.
      expect((await getGoal(t.app, cookie, top.id)).json.progress.current).toBe(0.3);
    });
  });

  describe('at 23:30 UTC on 2027-05-15, already the 16th in Auckland', () => {
    const t = useTestApp(dialect, { clock: fixedClock('2027-05-15T23:30:00Z') });

    const post = (cookie: string, goalId: string, date: string) =>
      call(t.app, {
        method: 'POST',
        url: `/api/v1/goals/${goalId}/check-ins`,
        cookie,
        body: { date, value: 1 },
      });

    it('lets a person in Pacific/Auckland check in on the 16th while a UTC person may not', async () => {
      const auckland = await signUp(t.app);
      await setTimeZone(t.app, auckland.cookie, 'Pacific/Auckland');
      const utc = await signUp(t.app);
      const metric = sumMetric('h', 100);

      // New Zealand keeps standard time (UTC+12) in May: 23:30 UTC is 11:30 on the 16th there.
      const nzGoal = await createGoal(t.app, auckland.cookie, { metric, startDate: '2027-05-01' });
      const nz = await post(auckland.cookie, nzGoal.id, '2027-05-16');
      expect(nz.status).toBe(201);
      expectInvalid(await post(auckland.cookie, nzGoal.id, '2027-05-17'), 'date');
      expect((await getGoal(t.app, auckland.cookie, nzGoal.id)).json.progress.asOf).toBe('2027-05-16');

      const utcGoal = await createGoal(t.app, utc.cookie, { metric, startDate: '2027-05-01' });
      expectInvalid(await post(utc.cookie, utcGoal.id, '2027-05-16'), 'date');
      expect((await post(utc.cookie, utcGoal.id, '2027-05-15')).status).toBe(201);
      expect((await getGoal(t.app, utc.cookie, utcGoal.id)).json.progress.asOf).toBe('2027-05-15');
    });

    it('starts a new goal on the person’s own today', async () => {
      const auckland = await signUp(t.app);
      await setTimeZone(t.app, auckland.cookie, 'Pacific/Auckland');
      const utc = await signUp(t.app);
      expect((await createGoal(t.app, auckland.cookie)).startDate).toBe('2027-05-16');
      expect((await createGoal(t.app, utc.cookie)).startDate).toBe('2027-05-15');
    });
  });
});
