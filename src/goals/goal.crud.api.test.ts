// Goals through the API: create with defaults, read, list with filters, change, delete with slices.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  breakDown,
  createGoal,
  getGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import {
  type Answer,
  call,
  createToken,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  manualClock,
  signUp,
  useTestApp,
} from '../../test/harness.ts';

const GOAL_KEYS = [
  'category',
  'childCount',
  'completedOn',
  'createdAt',
  'description',
  'dueDate',
  'id',
  'lastCheckInOn',
  'metric',
  'parentId',
  'progress',
  'skillIds',
  'startDate',
  'state',
  'title',
  'updatedAt',
  'visibility',
  'weight',
  'why',
];

describe.each(DIALECTS)('goals on %s', (dialect) => {
  // Moves by minutes only, so "today" stays 2027-05-15 while updatedAt can be seen to change.
  const clock = manualClock(NOON_2027_05_15);
  const t = useTestApp(dialect, { clock });

  const list = (cookie: string, query = '') => call(t.app, { url: `/api/v1/goals${query}`, cookie });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/goals/${id}`, cookie, body });
  const remove = (cookie: string, id: string) =>
    call(t.app, { method: 'DELETE', url: `/api/v1/goals/${id}`, cookie });
  const titles = (items: Array<{ title: string }>) => items.map((g) => g.title).sort();

  describe('creating', () => {
    it('fills in the defaults: starts today, private, active career goal, no metric', async () => {
      const { cookie } = await signUp(t.app);
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        cookie,
        body: { title: '  Learn to give talks  ' },
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.json).sort()).toEqual(GOAL_KEYS);
      expect(res.json).toMatchObject({
        parentId: null,
        title: 'Learn to give talks',
        description: '',
        why: '',
        category: 'career',
        startDate: '2027-05-15',
        dueDate: null,
        metric: null,
        weight: 1,
        state: 'active',
        completedOn: null,
        visibility: 'private',
        childCount: 0,
        lastCheckInOn: null,
        skillIds: [], // no skills named
        createdAt: clock.now().toISOString(),
        updatedAt: clock.now().toISOString(),
      });
      // A milestone with no due date, not done yet: nothing to measure.
      expect(res.json.progress).toEqual({
        asOf: '2027-05-15',
        current: null,
        expected: null,
        projected: null,
        projectedCompletionDate: null,
        fraction: 0,
        scheduleDeltaDays: null,
        requiredPerWeek: null,
        observedPerWeek: null,
        status: 'no_data',
        forecast: null, // nothing is forecast for a goal without a metric
      });
      expect((await getGoal(t.app, cookie, res.json.id)).json).toEqual(res.json);
    });

    it('stores every field it is given and shows progress as of today', async () => {
      const { cookie } = await signUp(t.app);
      const fields = {
        title: 'Practise Rust for 100 hours',
        description: 'Evenings and weekends.',
        why: 'To move to the platform team.',
        category: 'skill',
        startDate: '2027-01-01',
        dueDate: '2027-12-31',
        metric: sumMetric('h', 100),
        weight: 2.5,
        state: 'paused',
        visibility: 'managers',
      };
      const goal = await createGoal(t.app, cookie, fields);
      expect(goal).toMatchObject({
        ...fields,
        metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
      });
      // Today 2027-05-15 is day x = 31+28+31+30+15 = 135 of N = 365 days; no check-ins yet.
      // expected = 100·135/365 = 36.986…; behind by (0 − 36.986)/(100/365) = −135 days.
      // The goal is paused: it shows as paused, with no pace asked of it.
      expect(goal.progress).toMatchObject({
        asOf: '2027-05-15',
        current: 0,
        expected: expect.closeTo((100 * 135) / 365, 6),
        scheduleDeltaDays: -135,
        requiredPerWeek: null,
        observedPerWeek: null,
        projected: null,
        fraction: 0,
        status: 'paused',
        forecast: 'no_data',
      });
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(goal);
    });

    it('starts a slice today, due with its parent, with its category and visibility', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, {
        ...YEAR_2027,
        category: 'learning',
        visibility: 'mentors',
      });
      const child = await createGoal(t.app, cookie, { title: 'Read the Rust book', parentId: parent.id });
      expect(child).toMatchObject({
        parentId: parent.id,
        startDate: '2027-05-15',
        dueDate: '2027-12-31',
        category: 'learning',
        visibility: 'mentors',
      });
      expect((await getGoal(t.app, cookie, parent.id)).json.childCount).toBe(1);
    });

    it('answers 401 without a session or token, and stores nothing', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        body: { title: 'Anonymous goal' },
      });
      expectError(res, 401, 'unauthenticated');
      expect(await t.rows('select id from goals where title = ?', ['Anonymous goal'])).toEqual([]);
    });
  });

  describe('reading and listing', () => {
    it('answers 404 for a goal that does not exist', async () => {
      const { cookie } = await signUp(t.app);
      expectError(await getGoal(t.app, cookie, 'no-such-goal'), 404, 'not_found');
    });

    it('pages the list with limit and cursor, oldest first', async () => {
      const { cookie } = await signUp(t.app);
      for (const title of ['One', 'Two', 'Three', 'Four', 'Five']) await createGoal(t.app, cookie, { title });
      const inOrder = (res: Answer) => res.json.items.map((g: { title: string }) => g.title);
      const first = await list(cookie, '?limit=2');
      expect(inOrder(first)).toEqual(['One', 'Two']);
      const second = await list(cookie, `?limit=2&cursor=${first.json.nextCursor}`);
      expect(inOrder(second)).toEqual(['Three', 'Four']);
      const last = await list(cookie, `?limit=2&cursor=${second.json.nextCursor}`);
      expect(inOrder(last)).toEqual(['Five']);
      expect(last.json.nextCursor).toBeNull();
      // Exactly one page's worth: no cursor to an empty page.
      expect((await list(cookie, '?limit=5')).json.nextCursor).toBeNull();
      expectInvalid(await list(cookie, '?limit=0'), 'limit');
      expectInvalid(await list(cookie, '?limit=501'), 'limit');
      expectInvalid(await list(cookie, '?cursor=not-a-cursor'), 'cursor');
    });

    it('lists every goal in {items, nextCursor}, or only roots, children of one goal, or one state', async () => {
      const { cookie } = await signUp(t.app);
      const root = await createGoal(t.app, cookie, { title: 'Become a staff engineer', ...YEAR_2027 });
      const other = await createGoal(t.app, cookie, { title: 'Write a blog series', state: 'paused' });
      const a = await createGoal(t.app, cookie, {
        title: 'Lead a design review',
        parentId: root.id,
        ...YEAR_2027,
      });
      await createGoal(t.app, cookie, {
        title: 'Mentor a new hire',
        parentId: root.id,
        state: 'paused',
        ...YEAR_2027,
      });

      const all = await list(cookie);
      expect(all.status).toBe(200);
      expect(Object.keys(all.json)).toEqual(['items', 'nextCursor']);
      expect(all.json.nextCursor).toBeNull(); // no limit asked: everything, on one page
      expect(titles(all.json.items)).toEqual([
        'Become a staff engineer',
        'Lead a design review',
        'Mentor a new hire',
        'Write a blog series',
      ]);
      expect(titles((await list(cookie, '?root=true')).json.items)).toEqual([
        'Become a staff engineer',
        'Write a blog series',
      ]);
      expect(titles((await list(cookie, `?parentId=${root.id}`)).json.items)).toEqual([
        'Lead a design review',
        'Mentor a new hire',
      ]);
      expect(titles((await list(cookie, '?state=paused')).json.items)).toEqual([
        'Mentor a new hire',
        'Write a blog series',
      ]);
      const activeChildren = (await list(cookie, `?parentId=${root.id}&state=active`)).json.items;
      expect(activeChildren.map((g: { id: string }) => g.id)).toEqual([a.id]);
      expect((await list(cookie, `?parentId=${other.id}`)).json.items).toEqual([]);
      // Each listed goal is the same as reading it alone, progress included.
      expect(activeChildren[0]).toEqual((await getGoal(t.app, cookie, a.id)).json);
    });

    it('filters by category, by status as of today and by words of the title', async () => {
      const { cookie } = await signUp(t.app);
      await createGoal(t.app, cookie, {
        title: 'Learn Rust ownership',
        category: 'skill',
        startDate: '2027-05-01',
        completedOn: '2027-05-10',
      });
      await createGoal(t.app, cookie, {
        title: 'Read a book on Rust',
        category: 'learning',
        state: 'paused',
      });
      await createGoal(t.app, cookie, {
        title: 'Run a 10k',
        category: 'practice',
        metric: sumMetric('km', 10),
      });
      expect(titles((await list(cookie, '?category=skill')).json.items)).toEqual(['Learn Rust ownership']);
      // Paused goals say so as their status; a fresh measured goal has no data yet.
      expect(titles((await list(cookie, '?status=paused')).json.items)).toEqual(['Read a book on Rust']);
      expect(titles((await list(cookie, '?status=achieved')).json.items)).toEqual(['Learn Rust ownership']);
      expect(titles((await list(cookie, '?status=no_data')).json.items)).toEqual(['Run a 10k']);
      // Every word, in any case, anywhere in the title.
      expect(titles((await list(cookie, '?q=RUST')).json.items)).toEqual([
        'Learn Rust ownership',
        'Read a book on Rust',
      ]);
      expect(titles((await list(cookie, '?q=rust%20book')).json.items)).toEqual(['Read a book on Rust']);
      expect(titles((await list(cookie, '?q=rust&category=learning')).json.items)).toEqual([
        'Read a book on Rust',
      ]);
    });

    it('refuses unknown filters and values, naming the field', async () => {
      const { cookie } = await signUp(t.app);
      for (const [query, field] of [
        ['?state=done', 'state'],
        ['?status=fine', 'status'],
        ['?category=hobby', 'category'],
        ['?q=%20', 'q'],
        ['?colour=red', 'colour'],
      ]) {
        const res = await list(cookie, query!);
        expectError(res, 400, 'validation_failed');
        expect(issuePaths(res)).toEqual([field]);
      }
    });
  });

  describe('changing', () => {
    it('changes only the fields sent and moves updatedAt', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Give a conference talk',
        why: 'Visibility',
        startDate: '2027-01-01',
        dueDate: '2027-10-31',
      });
      clock.advance(60_000);
      const changes = {
        title: 'Give two conference talks',
        description: 'One local, one abroad.',
        category: 'content',
        visibility: 'organization',
        state: 'paused',
        weight: 3,
      };
      const res = await patch(cookie, goal.id, changes);
      expect(res.status).toBe(200);
      // Paused now: it shows as paused.
      const progress = { ...goal.progress, status: 'paused' };
      expect(res.json).toEqual({ ...goal, ...changes, progress, updatedAt: clock.now().toISOString() });
      expect((await getGoal(t.app, cookie, goal.id)).json).toEqual(res.json);

      clock.advance(60_000);
      const noDue = await patch(cookie, goal.id, { dueDate: null });
      expect(noDue.status).toBe(200);
      expect(noDue.json.dueDate).toBeNull();
      expect(noDue.json.title).toBe('Give two conference talks');
    });

    it('marks a milestone complete by hand, and undoes it', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { startDate: '2027-03-01', dueDate: '2027-06-30' });
      expect(goal.progress).toMatchObject({ fraction: 0, status: 'no_data' });
      const done = await patch(cookie, goal.id, { completedOn: '2027-05-10' });
      expect(done.status).toBe(200);
      expect(done.json.completedOn).toBe('2027-05-10');
      expect(done.json.progress).toMatchObject({ fraction: 1, status: 'achieved' });
      const undone = await patch(cookie, goal.id, { completedOn: null });
      expect(undone.json.completedOn).toBeNull();
      expect(undone.json.progress).toMatchObject({ fraction: 0, status: 'no_data' });
    });

    it('answers 404 when changing a goal that does not exist', async () => {
      const { cookie } = await signUp(t.app);
      expectError(await patch(cookie, 'no-such-goal', { title: 'Anything at all' }), 404, 'not_found');
    });
  });

  describe('deleting', () => {
    it('removes the goal with its slices at any depth and all their check-ins, and nothing else', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
      const kept = await createGoal(t.app, cookie, {
        title: 'Keep this goal around',
        metric: sumMetric('h', 10),
      });
      const keptCheckIn = await addCheckIn(t.app, cookie, kept.id, '2027-05-15', 1);
      const slices = await breakDown(t.app, cookie, goal.id, 'quarter');
      expect(slices).toHaveLength(4);
      const q2 = slices.find((s) => s.startDate === '2027-04-01')!;
      const april = await createGoal(t.app, cookie, {
        title: 'April hours',
        parentId: q2.id,
        startDate: '2027-04-01',
        dueDate: '2027-04-30',
        metric: sumMetric('h', 10),
      });
      const own = await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 5);
      const onSlice = await addCheckIn(t.app, cookie, q2.id, '2027-04-10', 7);
      const deeper = await addCheckIn(t.app, cookie, april.id, '2027-04-11', 2);

      const res = await remove(cookie, goal.id);
      expect(res.status).toBe(204);
      expect(res.json).toBeUndefined();

      expectError(await getGoal(t.app, cookie, goal.id), 404, 'not_found');
      for (const slice of [...slices, april])
        expectError(await getGoal(t.app, cookie, slice.id), 404, 'not_found');
      for (const c of [own, onSlice, deeper]) {
        const patched = await call(t.app, {
          method: 'PATCH',
          url: `/api/v1/check-ins/${c.id}`,
          cookie,
          body: { value: 1 },
        });
        expectError(patched, 404, 'not_found');
      }
      const goneIds = [goal.id, april.id, ...slices.map((s) => s.id)];
      expect(
        await t.rows(`select id from goals where id in (${goneIds.map(() => '?').join(',')})`, goneIds),
      ).toEqual([]);
      expect(
        await t.rows('select id from check_ins where id in (?, ?, ?)', [own.id, onSlice.id, deeper.id]),
      ).toEqual([]);
      // Deleting twice is a 404, not a silent success.
      expectError(await remove(cookie, goal.id), 404, 'not_found');

      const after = await list(cookie);
      expect(after.json.items.map((g: { id: string }) => g.id)).toEqual([kept.id]);
      const keptCheckIns = await call(t.app, { url: `/api/v1/goals/${kept.id}/check-ins`, cookie });
      expect(keptCheckIns.json.items).toEqual([keptCheckIn]);
    });

    it('deleting a slice leaves its parent, one fewer child', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, YEAR_2027);
      const a = await createGoal(t.app, cookie, { title: 'First half of it', parentId: parent.id });
      await createGoal(t.app, cookie, { title: 'Second half of it', parentId: parent.id });
      expect((await remove(cookie, a.id)).status).toBe(204);
      expect((await getGoal(t.app, cookie, parent.id)).json.childCount).toBe(1);
    });

    it('deleting the account removes its goals and check-ins', async () => {
      const { cookie, user, password } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { metric: sumMetric('h', 10) });
      await createGoal(t.app, cookie, { title: 'A slice of the goal', parentId: goal.id });
      await addCheckIn(t.app, cookie, goal.id, '2027-05-15', 2);
      expect(await t.rows('select id from goals where owner_id = ?', [user.id])).toHaveLength(2);

      const res = await call(t.app, { method: 'DELETE', url: '/api/v1/auth/me', cookie, body: { password } });
      expect(res.status).toBe(204);
      expect(await t.rows('select id from goals where owner_id = ?', [user.id])).toEqual([]);
      expect(await t.rows('select id from check_ins where owner_id = ?', [user.id])).toEqual([]);
    });
  });

  describe('with an API token', () => {
    it('creates, reads, lists, changes and deletes goals with a bearer token', async () => {
      const { cookie } = await signUp(t.app);
      const { token } = await createToken(t.app, cookie);

      const created = await call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        token,
        body: { title: 'Automate my weekly review', metric: sumMetric('reviews', 52) },
      });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      expect((await call(t.app, { url: `/api/v1/goals/${id}`, token })).json).toEqual(created.json);
      expect((await list(cookie)).json.items.map((g: { id: string }) => g.id)).toEqual([id]);

      const checkIn = await call(t.app, {
        method: 'POST',
        url: `/api/v1/goals/${id}/check-ins`,
        token,
        body: { date: '2027-05-15', value: 1 },
      });
      expect(checkIn.status).toBe(201);
      const progress = await call(t.app, { url: `/api/v1/goals/${id}/progress`, token });
      expect(progress.json.current).toBe(1);

      const changed = await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/goals/${id}`,
        token,
        body: { weight: 2 },
      });
      expect(changed.status).toBe(200);
      expect(changed.json.weight).toBe(2);
      expect((await call(t.app, { method: 'DELETE', url: `/api/v1/goals/${id}`, token })).status).toBe(204);
      expect((await list(cookie)).json.items).toEqual([]);
    });
  });
});
