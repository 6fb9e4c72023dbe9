// The limits that keep every later read working: bounded measurements, at most 8 levels of goals,
// at most 120 slices; and reads that survive what older versions stored beyond those limits.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  allGoals,
  breakDown,
  createGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useSignedIn,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goal limits on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const person = useSignedIn(t);

  const createBody = (metric: Record<string, unknown>) => ({
    title: 'Read books',
    ...YEAR_2027,
    metric: { unit: 'books', baseline: 0, target: 12, aggregation: 'sum', ...metric },
  });
  const post = (body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/goals', cookie: person.cookie, body });

  describe('measurements', () => {
    it.each([
      [
        'a target of 1e306',
        { target: 1e306 },
        'metric.target',
        'must be between -1,000,000,000 and 1,000,000,000',
      ],
      ['a target of 5e-324', { target: 5e-324 }, 'metric.target', 'must have at most 6 decimals'],
      [
        'a baseline just past a billion',
        { baseline: -1_000_000_000.5 },
        'metric.baseline',
        'must be between -1,000,000,000 and 1,000,000,000',
      ],
      ['a target with 7 decimals', { target: 0.1234567 }, 'metric.target', 'must have at most 6 decimals'],
    ])('refuses %s at the field and writes nothing', async (_, metric, path, message) => {
      const before = (await t.rows('select id from goals')).length;
      const res = await post(createBody(metric));
      expectInvalid(res, path);
      expect(res.json.error.issues[0].message).toBe(message);
      expect((await t.rows('select id from goals')).length).toBe(before);
    });

    it('accepts a billion either way and 6 decimals', async () => {
      const res = await post(createBody({ baseline: -1_000_000_000, target: 1_000_000_000 }));
      expect(res.status).toBe(201);
      const fine = await post(createBody({ target: 12.123456 }));
      expect(bodyOf(fine, 201, 'create').metric.target).toBe(12.123456);
    });

    it('refuses a check-in of 1e306, or with 7 decimals, and records nothing', async () => {
      const goal = await createGoal(t.app, person.cookie, { ...YEAR_2027, metric: sumMetric('books', 12) });
      for (const value of [1e306, -1e10, 0.0000001]) {
        const res = await call(t.app, {
          method: 'POST',
          url: `/api/v1/goals/${goal.id}/check-ins`,
          cookie: person.cookie,
          body: { date: '2027-05-01', value },
        });
        expectInvalid(res, 'value');
      }
      const checkIn = await addCheckIn(t.app, person.cookie, goal.id, '2027-05-01', 1);
      const edit = await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/check-ins/${checkIn.id}`,
        cookie: person.cookie,
        body: { value: 2e9 },
      });
      expectInvalid(edit, 'value');
      expect(await t.rows('select value from check_ins where goal_id = ?', [goal.id])).toEqual([
        { value: 1 },
      ]);
    });

    it('still lists goals whose stored numbers are beyond the bounds today', async () => {
      // Older versions accepted any finite number: a check-in of 1e306, a target of 5e-324, and
      // two amounts that add up past the largest double.
      const huge = await createGoal(t.app, person.cookie, { ...YEAR_2027, metric: sumMetric('books', 12) });
      const tiny = await createGoal(t.app, person.cookie, { ...YEAR_2027, metric: sumMetric('x', 1) });
      const overflow = await createGoal(t.app, person.cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
      const a = await addCheckIn(t.app, person.cookie, huge.id, '2027-05-01', 1);
      const b = await addCheckIn(t.app, person.cookie, overflow.id, '2027-05-01', 1);
      const c = await addCheckIn(t.app, person.cookie, overflow.id, '2027-05-02', 1);
      await t.execute('update check_ins set value = ? where id = ?', [1e306, a.id]);
      await t.execute('update check_ins set value = ? where id in (?, ?)', [1.5e308, b.id, c.id]);
      await t.execute('update goals set metric_target = ? where id = ?', [5e-324, tiny.id]);

      const goals = await allGoals(t.app, person.cookie);
      const byId = new Map(goals.map((g) => [g.id, g]));
      expect(byId.get(huge.id)!.progress).toMatchObject({ current: 1e306, status: 'achieved' });
      expect(byId.get(overflow.id)!.progress).toMatchObject({ current: null, status: 'achieved' });
      expect(byId.get(tiny.id)!.metric!.target).toBe(5e-324);
      for (const url of [
        `/api/v1/goals/${tiny.id}`,
        `/api/v1/goals/${tiny.id}/progress`,
        `/api/v1/goals/${tiny.id}/review`,
      ]) {
        expect((await call(t.app, { url, cookie: person.cookie })).status).toBe(200);
      }
    });
  });

  describe('nesting', () => {
    /** A chain of `levels` goals, each inside the one before; answers their ids, top first. */
    async function chain(cookie: string, levels: number): Promise<string[]> {
      const ids: string[] = [];
      for (let level = 1; level <= levels; level++) {
        const goal = await createGoal(t.app, cookie, {
          title: `Level ${level}`,
          ...YEAR_2027,
          parentId: ids.at(-1) ?? null,
        });
        ids.push(goal.id);
      }
      return ids;
    }

    it('creates an eighth level but refuses a ninth at parentId', async () => {
      const ids = await chain(person.cookie, 8);
      const before = (await t.rows('select id from goals')).length;
      const res = await post({ title: 'Level 9', ...YEAR_2027, parentId: ids[7] });
      expectInvalid(res, 'parentId');
      expect(res.json.error.issues[0].message).toBe(
        'would nest goals 9 levels deep; goals nest at most 8 levels, the top one being level 1',
      );
      expect((await t.rows('select id from goals')).length).toBe(before);
    });

    it('refuses moving a subtree where its bottom would be a ninth level', async () => {
      const deep = await chain(person.cookie, 6);
      const other = await chain(person.cookie, 3); // a three-level tree
      // Under level 5 its goals would be levels 6, 7 and 8: allowed. Under level 6: 7, 8 and 9.
      const ok = await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/goals/${other[0]}`,
        cookie: person.cookie,
        body: { parentId: deep[4] },
      });
      expect(ok.status).toBe(200);
      const tooDeep = await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/goals/${other[0]}`,
        cookie: person.cookie,
        body: { parentId: deep[5] },
      });
      expectInvalid(tooDeep, 'parentId');
      const [row] = await t.rows<{ parent_id: string }>('select parent_id from goals where id = ?', [
        other[0],
      ]);
      expect(row!.parent_id).toBe(deep[4]);
    });

    it('refuses to break down a goal on the eighth level', async () => {
      const ids = await chain(person.cookie, 8);
      const res = await call(t.app, {
        method: 'POST',
        url: `/api/v1/goals/${ids[7]}/breakdown`,
        cookie: person.cookie,
        body: { period: 'quarter' },
      });
      expectError(res, 409, 'conflict');
      expect(await t.rows('select id from goals where parent_id = ?', [ids[7]])).toEqual([]);
    });

    it('still lists a chain of 4,000 goals stored before the limit, with progress rolled up', async () => {
      // Built in SQL, as older versions allowed: 4,000 milestones, each the only child of the one
      // before, the last completed, so every goal in the chain is achieved.
      const { cookie } = await signUp(t.app);
      const me = bodyOf(await call(t.app, { url: '/api/v1/auth/me', cookie }), 200, 'me').user.id as string;
      const root = await createGoal(t.app, cookie, { title: 'Level 1', ...YEAR_2027 });
      const values: unknown[] = [];
      for (let level = 2, parent = root.id; level <= 4_000; level++) {
        const id = `chain-${level}`;
        const completedOn = level === 4_000 ? '2027-03-01' : null;
        values.push(id, me, parent, `Level ${level}`, completedOn, root.createdAt, root.createdAt);
        parent = id;
      }
      const row = `(?, ?, ?, ?, '', '', 'career', '2027-01-01', '2027-12-31', 1, 'active', ?, 'private', ?, ?)`;
      await t.execute(
        `insert into goals (id, owner_id, parent_id, title, description, why, category, start_date, due_date,
           weight, state, completed_on, visibility, created_at, updated_at)
         values ${Array(3_999).fill(row).join(', ')}`,
        values,
      );
      const res = await call(t.app, { url: '/api/v1/goals', cookie });
      const { items } = bodyOf(res, 200, 'list');
      expect(items).toHaveLength(4_000);
      expect(items.every((g: { progress: { status: string } }) => g.progress.status === 'achieved')).toBe(
        true,
      );
      const top = await call(t.app, { url: `/api/v1/goals/${root.id}`, cookie });
      expect(bodyOf(top, 200, 'get').progress).toMatchObject({ fraction: 1, status: 'achieved' });
    });
  });

  describe('breakdown size', () => {
    it('makes 120 monthly slices, inserted in batches, and refuses 121 at period', async () => {
      const ten = await createGoal(t.app, person.cookie, {
        startDate: '2027-01-01',
        dueDate: '2036-12-31',
        metric: sumMetric('h', 1_200),
      });
      const slices = await breakDown(t.app, person.cookie, ten.id, 'month');
      expect(slices).toHaveLength(120);
      // 1,200 h over 3,653 days: each month gets its days' share, and they add up exactly.
      expect(slices.reduce((sum, s) => sum + s.metric!.target, 0)).toBeCloseTo(1_200, 6);

      const eleven = await createGoal(t.app, person.cookie, {
        startDate: '2026-12-01',
        dueDate: '2036-12-31',
        metric: sumMetric('h', 1_200),
      });
      const res = await call(t.app, {
        method: 'POST',
        url: `/api/v1/goals/${eleven.id}/breakdown`,
        cookie: person.cookie,
        body: { period: 'month' },
      });
      expectInvalid(res, 'period');
      expect(await t.rows('select id from goals where parent_id = ?', [eleven.id])).toEqual([]);
    });
  });
});
