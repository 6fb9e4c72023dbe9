// Goals fed by the learning time log, on both databases: each entry on an activity linked to a goal
// that adds up hours or minutes is one check-in on it, in the goal's unit, which changes and goes
// with the entry and cannot be changed on its own. Amounts worked out in the comments.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  createGoal,
  getGoal,
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
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goals fed by the learning log on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const activity = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/learning',
        cookie,
        body: { kind: 'course', title: 'Rust in Action', ...body },
      }),
      201,
      'activity',
    );
  const log = async (cookie: string, activityId: string, body: Record<string, unknown>) =>
    bodyOf(
      await call(t.app, { method: 'POST', url: `/api/v1/learning/${activityId}/log`, cookie, body }),
      201,
      'log',
    );
  const patch = (cookie: string, url: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url, cookie, body });
  const del = (cookie: string, url: string) => call(t.app, { method: 'DELETE', url, cookie });
  const checkIns = async (cookie: string, goalId: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/goals/${goalId}/check-ins`, cookie }), 200, 'check-ins').items;
  const current = async (cookie: string, goalId: string) =>
    (await getGoal(t.app, cookie, goalId)).json.progress.current;

  it('checks in 90 minutes as 1.5 on a goal in hours, with its source; edits and deletes follow the entry', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('hours', 100) });
    const course = await activity(cookie, { goalId: goal.id });
    const entry = await log(cookie, course.id, { date: '2027-05-01', minutes: 90, note: 'Chapter 3' });
    const [checkIn] = await checkIns(cookie, goal.id);
    expect(entry.checkIn).toEqual({ id: checkIn.id, goalId: goal.id, value: 1.5 });
    expect(checkIn).toEqual({
      id: expect.any(String),
      goalId: goal.id,
      date: '2027-05-01',
      value: 1.5,
      note: 'Learning: Rust in Action — Chapter 3',
      source: { type: 'learning', id: entry.id },
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    expect(await current(cookie, goal.id)).toBe(1.5);

    // 45 minutes on another date: the same check-in, now 0.75 on 2027-05-03.
    const changed = bodyOf(
      await patch(cookie, `/api/v1/learning-log/${entry.id}`, { minutes: 45, date: '2027-05-03' }),
      200,
      'patch',
    );
    expect(changed.checkIn).toEqual({ id: checkIn.id, goalId: goal.id, value: 0.75 });
    expect(await checkIns(cookie, goal.id)).toEqual([
      { ...checkIn, date: '2027-05-03', value: 0.75, updatedAt: NOON_2027_05_15 },
    ]);
    expect(await current(cookie, goal.id)).toBe(0.75);
    expect((await call(t.app, { url: `/api/v1/learning/${course.id}/log`, cookie })).json.items).toEqual([
      changed,
    ]);

    // Not on its own: the check-in endpoints refuse it, and it stays as it was.
    const edit = await patch(cookie, `/api/v1/check-ins/${checkIn.id}`, { value: 10 });
    expectError(edit, 409, 'conflict');
    expect(edit.json.error.message).toBe(
      'This check-in was recorded from an entry of your learning time log; change or delete that entry instead.',
    );
    expectError(await del(cookie, `/api/v1/check-ins/${checkIn.id}`), 409, 'conflict');
    expect(await current(cookie, goal.id)).toBe(0.75);

    expect((await del(cookie, `/api/v1/learning-log/${entry.id}`)).status).toBe(204);
    expect(await checkIns(cookie, goal.id)).toEqual([]);
  });

  it('counts minutes as minutes, and reads the usual spellings of a unit of time', async () => {
    const { cookie } = await signUp(t.app);
    const cases: [string, number][] = [
      ['min', 90],
      ['Minutes', 90],
      ['h', 1.5],
      ['hrs', 1.5],
      ['Hours of study', 1.5],
    ];
    for (const [unit, value] of cases) {
      const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric(unit, 1000) });
      const course = await activity(cookie, { goalId: goal.id });
      await log(cookie, course.id, { date: '2027-05-01', minutes: 90 });
      expect({
        unit,
        values: (await checkIns(cookie, goal.id)).map((c: { value: number }) => c.value),
      }).toEqual({
        unit,
        values: [value],
      });
    }
    // 100 minutes are 1.666667 hours: a check-in's six decimals, rounded.
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
    const course = await activity(cookie, { goalId: goal.id });
    expect((await log(cookie, course.id, { date: '2027-05-01', minutes: 100 })).checkIn.value).toBe(1.666667);
  });

  it('keeps an entry dated before the goal starts without a check-in, and checks in once it moves inside', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, {
      startDate: '2027-05-01',
      dueDate: '2027-12-31',
      metric: sumMetric('h', 50),
    });
    const course = await activity(cookie, { goalId: goal.id });
    const early = await log(cookie, course.id, { date: '2027-04-30', minutes: 60 });
    expect(early.checkIn).toBeNull();
    expect(await checkIns(cookie, goal.id)).toEqual([]);
    const moved = bodyOf(
      await patch(cookie, `/api/v1/learning-log/${early.id}`, { date: '2027-05-01' }),
      200,
      'patch',
    );
    expect(moved.checkIn).toMatchObject({ goalId: goal.id, value: 1 });
    const back = bodyOf(
      await patch(cookie, `/api/v1/learning-log/${early.id}`, { date: '2027-04-30' }),
      200,
      'patch',
    );
    expect(back.checkIn).toBeNull();
    expect(await checkIns(cookie, goal.id)).toEqual([]);
  });

  it('moves the check-ins to a new goal, deletes them when unlinked, and rewrites their notes with the title', async () => {
    const { cookie } = await signUp(t.app);
    const hours = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const minutes = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('min', 6000) });
    const course = await activity(cookie, { goalId: hours.id });
    await log(cookie, course.id, { date: '2027-05-01', minutes: 30 });
    await log(cookie, course.id, { date: '2027-05-02', minutes: 90 });
    expect(await current(cookie, hours.id)).toBe(2); // 0.5 + 1.5

    const moved = bodyOf(
      await patch(cookie, `/api/v1/learning/${course.id}`, { goalId: minutes.id }),
      200,
      'move',
    );
    expect(moved.goalId).toBe(minutes.id);
    expect(await checkIns(cookie, hours.id)).toEqual([]);
    expect((await checkIns(cookie, minutes.id)).map((c: { value: number }) => c.value)).toEqual([30, 90]);
    expect(await current(cookie, minutes.id)).toBe(120);

    bodyOf(
      await patch(cookie, `/api/v1/learning/${course.id}`, { title: 'Rust for Rustaceans' }),
      200,
      'rename',
    );
    expect((await checkIns(cookie, minutes.id)).map((c: { note: string }) => c.note)).toEqual([
      'Learning: Rust for Rustaceans',
      'Learning: Rust for Rustaceans',
    ]);

    const unlinked = bodyOf(
      await patch(cookie, `/api/v1/learning/${course.id}`, { goalId: null }),
      200,
      'unlink',
    );
    expect(unlinked.goalId).toBeNull();
    expect(await checkIns(cookie, minutes.id)).toEqual([]);
    const log2 = (await call(t.app, { url: `/api/v1/learning/${course.id}/log`, cookie })).json.items;
    expect(log2.map((e: { checkIn: unknown }) => e.checkIn)).toEqual([null, null]);
  });

  it('deletes an activity with its log and their check-ins at once, leaving check-ins typed in', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const typed = await addCheckIn(t.app, cookie, goal.id, '2027-04-01', 2);
    const course = await activity(cookie, { goalId: goal.id });
    await log(cookie, course.id, { date: '2027-05-01', minutes: 60 });
    await log(cookie, course.id, { date: '2027-05-02', minutes: 60 });
    expect(await current(cookie, goal.id)).toBe(4);
    expect((await del(cookie, `/api/v1/learning/${course.id}`)).status).toBe(204);
    expect(await checkIns(cookie, goal.id)).toEqual([{ ...typed, source: null }]);
    expect(await t.rows('select id from learning_log where activity_id = ?', [course.id])).toEqual([]);
  });

  it('unlinks activities when their goal is deleted; later entries check in nowhere', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const course = await activity(cookie, { goalId: goal.id });
    await log(cookie, course.id, { date: '2027-05-01', minutes: 60 });
    expect((await del(cookie, `/api/v1/goals/${goal.id}`)).status).toBe(204);
    const after = bodyOf(await call(t.app, { url: `/api/v1/learning/${course.id}`, cookie }), 200, 'get');
    expect(after).toMatchObject({ goalId: null, hoursSpent: 1 });
    expect((await log(cookie, course.id, { date: '2027-05-02', minutes: 30 })).checkIn).toBeNull();
    // The database unlinked it: both columns of the reference to the goal, and nothing else.
    expect(
      await t.rows('select goal_id, goal_owner_id, title from learning_activities where id = ?', [course.id]),
    ).toEqual([{ goal_id: null, goal_owner_id: null, title: 'Rust in Action' }]);
  });

  it('holds a fed goal to its unit of time: hours may be spelled otherwise, not become books or minutes', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('hours', 100) });
    const course = await activity(cookie, { goalId: goal.id });
    await log(cookie, course.id, { date: '2027-05-01', minutes: 60 });
    const url = `/api/v1/goals/${goal.id}`;
    for (const metric of [
      sumMetric('books', 10),
      sumMetric('min', 6000),
      { ...sumMetric('h', 100), aggregation: 'last' },
    ]) {
      const res = await patch(cookie, url, { metric });
      expectError(res, 409, 'conflict');
      expect(res.json.error.message).toBe(
        'This goal has check-ins from your learning or practice log, counted in hours; keep it adding up hours towards a higher target, or unlink those entries from it first.',
      );
    }
    expect(
      bodyOf(await patch(cookie, url, { metric: sumMetric('h', 200) }), 200, 'respell').metric.unit,
    ).toBe('h');
    // A goal fed by nothing changes its metric freely.
    const free = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('hours', 100) });
    expect((await patch(cookie, `/api/v1/goals/${free.id}`, { metric: sumMetric('books', 10) })).status).toBe(
      200,
    );
  });

  it('refuses a change that would take the goal below its baseline, and writes nothing of it', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const course = await activity(cookie, { goalId: goal.id });
    const entry = await log(cookie, course.id, { date: '2027-05-01', minutes: 120 });
    // A correction typed in: 2 − 1.5 = 0.5 hours, still above the baseline of 0.
    await addCheckIn(t.app, cookie, goal.id, '2027-05-02', -1.5);
    // 30 minutes would leave 0.5 − 1.5 = −1 on May 2; deleting the entry, −1.5.
    const shorter = await patch(cookie, `/api/v1/learning-log/${entry.id}`, { minutes: 30 });
    expectInvalid(shorter, 'minutes');
    expect(shorter.json.error.message).toBe(
      'minutes: would take the total below its baseline (0 h) on May 2, 2027',
    );
    expectInvalid(await del(cookie, `/api/v1/learning-log/${entry.id}`), 'id');
    expectInvalid(await del(cookie, `/api/v1/learning/${course.id}`), 'id');
    expectInvalid(await patch(cookie, `/api/v1/learning/${course.id}`, { goalId: null }), 'goalId');
    expect((await call(t.app, { url: `/api/v1/learning/${course.id}/log`, cookie })).json.items).toEqual([
      entry,
    ]);
    expect(await current(cookie, goal.id)).toBe(0.5);
  });

  it('refuses a goal link to another person’s goal or one that does not add up time, at goalId', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const bobs = await createGoal(t.app, bob.cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const res = await call(t.app, {
      method: 'POST',
      url: '/api/v1/learning',
      cookie: ann.cookie,
      body: { kind: 'course', title: 'Borrowed goal', goalId: bobs.id },
    });
    expectInvalid(res, 'goalId');
    expect(res.json.error.message).toBe('goalId: is not one of your goals');
    expect(await checkIns(bob.cookie, bobs.id)).toEqual([]);
  });
});
