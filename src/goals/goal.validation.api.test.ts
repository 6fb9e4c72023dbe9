// Bad input to goals answers a 400 (or 409) naming the field, and changes nothing.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  allGoals,
  createGoal,
  getGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goal validation on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const post = (cookie: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/goals', cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/goals/${id}`, cookie, body });

  describe('creating', () => {
    // Each body is wrong in exactly one way; the answer names that field, and no goal appears.
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a due date before the start date', { startDate: '2027-06-01', dueDate: '2027-05-31' }, 'dueDate'],
      ['a weight that is not a number', { weight: 'heavy' }, 'weight'],
      ['a weight of 0', { weight: 0 }, 'weight'],
      ['a negative weight', { weight: -1 }, 'weight'],
      ['a field it does not know', { colour: 'red' }, 'colour'],
      ['a target equal to the baseline', { metric: sumMetric('h', 5, 5) }, 'metric.target'],
      ['a target that is not a number', { metric: { ...sumMetric('h', 10), target: 'x' } }, 'metric.target'],
      ['an unknown field inside the metric', { metric: { ...sumMetric('h', 10), extra: 1 } }, 'metric.extra'],
      [
        'an unknown aggregation',
        { metric: { ...sumMetric('h', 10), aggregation: 'average' } },
        'metric.aggregation',
      ],
      ['a metric without a unit', { metric: { ...sumMetric('', 10) } }, 'metric.unit'],
      ['an empty title', { title: '   ' }, 'title'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['an unknown category', { category: 'hobby' }, 'category'],
      ['an unknown visibility', { visibility: 'public' }, 'visibility'],
      ['an unknown state', { state: 'done' }, 'state'],
      ['a date that is not on the calendar', { startDate: '2027-02-29' }, 'startDate'],
      [
        'a completion date on a goal with a metric',
        { metric: sumMetric('h', 10), completedOn: '2027-05-01' },
        'completedOn',
      ],
      ['a completion date in the future', { completedOn: '2027-05-16' }, 'completedOn'],
      [
        'a completion date before the start',
        { startDate: '2027-05-01', completedOn: '2027-04-30' },
        'completedOn',
      ],
      ['a parent that does not exist', { parentId: 'no-such-goal' }, 'parentId'],
    ];

    it.each(cases)('refuses %s and creates nothing', async (_, overrides, path) => {
      const { cookie } = await signUp(t.app);
      const res = await post(cookie, { title: 'Ship a CLI tool in Rust', ...overrides });
      expectInvalid(res, path);
      expect(await allGoals(t.app, cookie)).toEqual([]);
    });

    it('refuses a date in another format, naming only that field', async () => {
      const { cookie } = await signUp(t.app);
      const res = await post(cookie, { title: 'Ship a CLI tool in Rust', dueDate: '31/12/2027' });
      expectError(res, 400, 'validation_failed');
      // CalendarDate (src/platform) reports both its format and its calendar check for this input,
      // so the path may appear twice; it must be the only path named.
      expect(new Set(issuePaths(res))).toEqual(new Set(['dueDate']));
      expect(await allGoals(t.app, cookie)).toEqual([]);
    });

    it('says the start is today, and names today, for a due date before an omitted start date', async () => {
      const { cookie } = await signUp(t.app);
      let res = await post(cookie, { title: 'Ship a CLI tool in Rust', dueDate: '2027-05-14' });
      expectInvalid(res, 'dueDate');
      expect(res.json.error.issues[0].message).toBe(
        'must be on or after the start date, which is today (May 15, 2027) when none is given',
      );
      res = await post(cookie, {
        title: 'Ship a CLI tool in Rust',
        startDate: '2027-06-01',
        dueDate: '2027-05-14',
      });
      expect(res.json.error.issues[0].message).toBe('must be on or after the start date (Jun 1, 2027)');
    });

    it('accepts a title of exactly 200 characters and a due date on the start date', async () => {
      const { cookie } = await signUp(t.app);
      const res = await post(cookie, {
        title: 'x'.repeat(200),
        startDate: '2027-05-15',
        dueDate: '2027-05-15',
      });
      expect(res.status).toBe(201);
    });

    it('keeps a slice inside its parent’s dates, and creates nothing otherwise', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, { startDate: '2027-01-01', dueDate: '2027-06-30' });
      const before = await allGoals(t.app, cookie);
      const child = (dates: Record<string, unknown>) =>
        post(cookie, { title: 'A slice of the goal', parentId: parent.id, ...dates });

      expectInvalid(await child({ startDate: '2026-12-31', dueDate: '2027-03-31' }), 'startDate');
      expectInvalid(await child({ startDate: '2027-04-01', dueDate: '2027-07-01' }), 'dueDate');
      expectInvalid(await child({ startDate: '2027-07-01', dueDate: '2027-07-31' }), 'startDate');
      // Inside a parent with a due date, a slice must have one too.
      expectInvalid(await child({ startDate: '2027-04-01', dueDate: null }), 'dueDate');
      expect(await allGoals(t.app, cookie)).toEqual(before);

      // The very first and last days of the parent are inside it.
      expect((await child({ startDate: '2027-01-01', dueDate: '2027-06-30' })).status).toBe(201);
    });
  });

  describe('changing', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a due date before the start date', { dueDate: '2026-12-31' }, 'dueDate'],
      ['a start date after the due date', { startDate: '2028-01-01' }, 'dueDate'],
      ['a weight that is not a number', { weight: 'heavy' }, 'weight'],
      ['a weight of 0', { weight: 0 }, 'weight'],
      ['a field it does not know', { colour: 'red' }, 'colour'],
      ['a target equal to the baseline', { metric: sumMetric('h', 0) }, 'metric.target'],
      ['a target that is not a number', { metric: { ...sumMetric('h', 10), target: 'x' } }, 'metric.target'],
      ['an unknown field inside the metric', { metric: { ...sumMetric('h', 10), extra: 1 } }, 'metric.extra'],
      ['an empty title', { title: '' }, 'title'],
      ['a title of null', { title: null }, 'title'],
      ['a completion date on a goal with a metric', { completedOn: '2027-05-01' }, 'completedOn'],
      ['itself as its parent', { parentId: 'SELF' }, 'parentId'],
    ];

    it.each(cases)('refuses %s and leaves the goal as it was', async (_, body, path) => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const withSelf = body.parentId === 'SELF' ? { ...body, parentId: goal.id } : body;
      expectInvalid(await patch(cookie, goal.id, withSelf), path);
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(goal);
    });

    it('refuses to move a parent’s dates so that a slice falls outside', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, YEAR_2027);
      await createGoal(t.app, cookie, {
        title: 'Second quarter slice',
        parentId: parent.id,
        startDate: '2027-04-01',
        dueDate: '2027-06-30',
      });
      const before = await allGoals(t.app, cookie);

      expectInvalid(await patch(cookie, parent.id, { startDate: '2027-04-02' }), 'startDate');
      expectInvalid(await patch(cookie, parent.id, { dueDate: '2027-06-29' }), 'dueDate');
      expect(await allGoals(t.app, cookie)).toEqual(before);

      // Up to the slice's own edges is fine, once the person says what becomes of the slice.
      const dates = { startDate: '2027-04-01', dueDate: '2027-06-30' };
      expectError(await patch(cookie, parent.id, dates), 409, 'conflict');
      const res = await patch(cookie, parent.id, { ...dates, slices: 'keep' });
      expect(res.status).toBe(200);
    });

    it('refuses to move a slice outside its parent', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, YEAR_2027);
      const child = await createGoal(t.app, cookie, {
        title: 'Second quarter slice',
        parentId: parent.id,
        startDate: '2027-04-01',
        dueDate: '2027-06-30',
      });
      expectInvalid(await patch(cookie, child.id, { dueDate: '2028-01-31' }), 'dueDate');
      expectInvalid(await patch(cookie, child.id, { startDate: '2026-12-01' }), 'startDate');
      expect((await getGoal(t.app, cookie, child.id)).json).toEqual(child);
    });

    it('refuses a start date after the first check-in', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 3);
      await addCheckIn(t.app, cookie, goal.id, '2027-03-01', 4);
      const before = (await getGoal(t.app, cookie, goal.id)).json;

      expectInvalid(await patch(cookie, goal.id, { startDate: '2027-02-02' }), 'startDate');
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(before);
      // Starting on the day of the first check-in keeps it.
      const res = await patch(cookie, goal.id, { startDate: '2027-02-01' });
      expect(res.status).toBe(200);
      expect(res.json.progress.current).toBe(7);
    });

    it('refuses to put a goal under one of its own slices', async () => {
      const { cookie } = await signUp(t.app);
      const top = await createGoal(t.app, cookie, { title: 'Top goal of the tree' });
      const middle = await createGoal(t.app, cookie, { title: 'Middle goal of the tree', parentId: top.id });
      const bottom = await createGoal(t.app, cookie, {
        title: 'Bottom goal of the tree',
        parentId: middle.id,
      });
      const before = await allGoals(t.app, cookie);

      expectInvalid(await patch(cookie, top.id, { parentId: bottom.id }), 'parentId');
      expectInvalid(await patch(cookie, top.id, { parentId: middle.id }), 'parentId');
      expectInvalid(await patch(cookie, middle.id, { parentId: middle.id }), 'parentId');
      expect(await allGoals(t.app, cookie)).toEqual(before);
    });

    it('refuses a completion date on a goal with slices', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, { startDate: '2027-01-01' });
      await createGoal(t.app, cookie, { title: 'A slice of the goal', parentId: parent.id });
      const before = (await getGoal(t.app, cookie, parent.id)).json;
      expectInvalid(await patch(cookie, parent.id, { completedOn: '2027-05-01' }), 'completedOn');
      expect((await getGoal(t.app, cookie, parent.id)).json).toEqual(before);
    });

    it('answers 409 to removing the metric of a goal with check-ins, and keeps it', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 3);
      const before = (await getGoal(t.app, cookie, goal.id)).json;

      expectError(await patch(cookie, goal.id, { metric: null }), 409, 'conflict');
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(before);

      // Without check-ins, the metric can go.
      const bare = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const res = await patch(cookie, bare.id, { metric: null });
      expect(res.status).toBe(200);
      expect(res.json.metric).toBeNull();
    });
  });
});
