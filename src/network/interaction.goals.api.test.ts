// Goals fed by interactions, on both databases: an interaction linked to a goal that adds up is one
// check-in of 1 on it, named by its source, which changes and goes with the interaction and cannot
// be changed on its own.
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

describe.each(DIALECTS)('goals fed by interactions on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie, ...(body !== undefined ? { body } : {}) });
  const contact = async (cookie: string, name: string) =>
    bodyOf(await send(cookie, 'POST', '/api/v1/contacts', { name }), 201, 'contact');
  const log = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await send(cookie, 'POST', '/api/v1/interactions', { kind: 'meeting', ...body }), 201, 'log');
  const checkIns = async (cookie: string, goalId: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/goals/${goalId}/check-ins`, cookie }), 200, 'check-ins').items;
  const current = async (cookie: string, goalId: string) =>
    (await getGoal(t.app, cookie, goalId)).json.progress.current;

  it('checks in 1 with its source; edits move it, and deleting the interaction deletes it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann Lee');
    const bob = await contact(cookie, 'Bob Stone');
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('conversations', 24) });
    const i = await log(cookie, {
      date: '2027-05-01',
      contactIds: [ann.id, bob.id],
      notes: 'Career chat',
      goalId: goal.id,
    });
    const [checkIn] = await checkIns(cookie, goal.id);
    expect(i.checkIn).toEqual({ id: checkIn.id, goalId: goal.id, value: 1 });
    expect(checkIn).toEqual({
      id: expect.any(String),
      goalId: goal.id,
      date: '2027-05-01',
      value: 1,
      note: 'Meeting with Ann Lee, Bob Stone — Career chat',
      source: { type: 'interaction', id: i.id },
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    await log(cookie, { date: '2027-05-03', contactIds: [bob.id], goalId: goal.id, kind: 'call' });
    expect(await current(cookie, goal.id)).toBe(2);

    // Another date, another kind: the same check-in, moved.
    const moved = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { date: '2027-05-04', kind: 'event' }),
      200,
      'patch',
    );
    expect(moved.checkIn).toEqual({ id: checkIn.id, goalId: goal.id, value: 1 });
    // Check-ins are listed oldest first: the call of 05-03, then this one.
    expect((await checkIns(cookie, goal.id))[1]).toMatchObject({
      id: checkIn.id,
      date: '2027-05-04',
      note: 'Event with Ann Lee, Bob Stone — Career chat',
    });

    // A new name for a contact is written into the note; a deleted contact leaves it.
    bodyOf(
      await send(cookie, 'PATCH', `/api/v1/contacts/${ann.id}`, { name: 'Ann Lee-Park' }),
      200,
      'rename',
    );
    expect((await checkIns(cookie, goal.id)).find((c: { id: string }) => c.id === checkIn.id).note).toBe(
      'Event with Ann Lee-Park, Bob Stone — Career chat',
    );
    expect((await send(cookie, 'DELETE', `/api/v1/contacts/${ann.id}`)).status).toBe(204);
    expect((await checkIns(cookie, goal.id)).find((c: { id: string }) => c.id === checkIn.id).note).toBe(
      'Event with Bob Stone — Career chat',
    );

    // Not on its own: the check-in endpoints refuse it.
    const edit = await send(cookie, 'PATCH', `/api/v1/check-ins/${checkIn.id}`, { value: 5 });
    expectError(edit, 409, 'conflict');
    expect(edit.json.error.message).toBe(
      'This check-in was recorded from an interaction with your contacts; change or delete that interaction instead.',
    );
    expectError(await send(cookie, 'DELETE', `/api/v1/check-ins/${checkIn.id}`), 409, 'conflict');
    expect(await current(cookie, goal.id)).toBe(2);

    expect((await send(cookie, 'DELETE', `/api/v1/interactions/${i.id}`)).status).toBe(204);
    expect(await current(cookie, goal.id)).toBe(1);
    expect((await checkIns(cookie, goal.id)).map((c: { source: unknown }) => c.source)).toEqual([
      { type: 'interaction', id: expect.any(String) },
    ]);
  });

  it('moves the check-in to another goal, and unlinking deletes it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const first = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('people', 10) });
    const second = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('coffees', 50) });
    const i = await log(cookie, { date: '2027-05-01', contactIds: [ann.id], goalId: first.id });
    const moved = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { goalId: second.id }),
      200,
      'move',
    );
    expect(moved.checkIn).toMatchObject({ goalId: second.id, value: 1 });
    expect(await checkIns(cookie, first.id)).toEqual([]);
    expect(await current(cookie, second.id)).toBe(1);
    const unlinked = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { goalId: null }),
      200,
      'unlink',
    );
    expect(unlinked).toMatchObject({ goalId: null, checkIn: null });
    expect(await checkIns(cookie, second.id)).toEqual([]);
  });

  it('keeps an interaction before the goal starts without a check-in', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const goal = await createGoal(t.app, cookie, {
      startDate: '2027-05-01',
      dueDate: '2027-12-31',
      metric: sumMetric('conversations', 20),
    });
    const early = await log(cookie, { date: '2027-04-30', contactIds: [ann.id], goalId: goal.id });
    expect(early).toMatchObject({ goalId: goal.id, checkIn: null });
    const inside = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${early.id}`, { date: '2027-05-01' }),
      200,
      'move inside',
    );
    expect(inside.checkIn).toMatchObject({ goalId: goal.id, value: 1 });
  });

  it('refuses at goalId a goal that does not add up, one without a metric, and another person’s', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const friend = await contact(ann.cookie, 'Cai');
    const body = (goalId: string) => ({ date: '2027-05-01', kind: 'call', contactIds: [friend.id], goalId });
    const level = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: lastMetric('score', 50, 90) });
    const milestone = await createGoal(t.app, ann.cookie, { title: 'Give a talk', ...YEAR_2027 });
    const down = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: sumMetric('backlog', 0, 40) });
    const theirs = await createGoal(t.app, bob.cookie, { ...YEAR_2027, metric: sumMetric('people', 10) });
    const cases: [string, string][] = [
      [
        level.id,
        'takes its latest check-in as the level; link a goal that adds up (such as conversations or people met)',
      ],
      [
        milestone.id,
        'is a goal without a metric; link a goal that adds up (such as conversations or people met)',
      ],
      [
        down.id,
        'counts down to its target; link a goal that adds up (such as conversations or people met) towards a higher target',
      ],
      [theirs.id, 'is not one of your goals'],
    ];
    for (const [goalId, message] of cases) {
      const res = await send(ann.cookie, 'POST', '/api/v1/interactions', body(goalId));
      expectInvalid(res, 'goalId');
      expect(res.json.error.issues[0].message).toBe(message);
    }
    const i = await log(ann.cookie, { date: '2027-05-01', contactIds: [friend.id] });
    expectInvalid(
      await send(ann.cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { goalId: level.id }),
      'goalId',
    );
    expect(await checkIns(bob.cookie, theirs.id)).toEqual([]);
  });

  it('keeps a fed goal adding up: 409 when its metric would stop counting interactions', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('conversations', 20) });
    await log(cookie, { date: '2027-05-01', contactIds: [ann.id], goalId: goal.id });
    const refused = await send(cookie, 'PATCH', `/api/v1/goals/${goal.id}`, {
      metric: lastMetric('conversations', 0, 20),
    });
    expectError(refused, 409, 'conflict');
    expect(refused.json.error.message).toBe(
      'This goal has check-ins from your interactions, one for each; keep it adding up towards a higher target, or unlink those interactions from it first.',
    );
    // Another unit and target, still adding up: fine.
    bodyOf(
      await send(cookie, 'PATCH', `/api/v1/goals/${goal.id}`, { metric: sumMetric('people met', 30) }),
      200,
      'new unit',
    );
    // Check-ins typed in beside them still work.
    await addCheckIn(t.app, cookie, goal.id, '2027-05-02', 2);
    expect(await current(cookie, goal.id)).toBe(3);
  });
});
