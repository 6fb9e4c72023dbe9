// One person's goals and check-ins are invisible to everyone else: 404, never 403, and nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
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
  type Call,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  useSignedIn,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goal ownership on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const owner = useSignedIn(t, { token: 'cli' });
  const intruder = useSignedIn(t, { token: 'cli' });
  let goal: { id: string };
  let unsliced: { id: string };
  let slice: { id: string };
  let checkIn: { id: string };
  let sliceCheckIn: { id: string };

  /** Everything the owner can see: goals with progress, and every check-in under each root. */
  const ownerView = async () => {
    const goals = await allGoals(t.app, owner.cookie);
    const checkIns = await call(t.app, {
      url: `/api/v1/goals/${goal.id}/check-ins?descendants=true`,
      cookie: owner.cookie,
    });
    return { goals, checkIns: checkIns.json };
  };

  beforeAll(async () => {
    goal = await createGoal(t.app, owner.cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    unsliced = await createGoal(t.app, owner.cookie, { title: 'Write a book on testing', ...YEAR_2027 });
    slice = (await breakDown(t.app, owner.cookie, goal.id, 'quarter'))[0]!;
    checkIn = await addCheckIn(t.app, owner.cookie, goal.id, '2027-02-01', 4, 'mine');
    sliceCheckIn = await addCheckIn(t.app, owner.cookie, slice.id, '2027-03-01', 6);
    await createGoal(t.app, intruder.cookie, { title: 'My own goal entirely' });
  });

  const attempts = (): Array<[string, Call]> => [
    ['read a goal', { url: `/api/v1/goals/${goal.id}` }],
    ['read a slice', { url: `/api/v1/goals/${slice.id}` }],
    ['change a goal', { method: 'PATCH', url: `/api/v1/goals/${goal.id}`, body: { title: 'Taken over' } }],
    ['delete a goal', { method: 'DELETE', url: `/api/v1/goals/${goal.id}` }],
    ['delete a slice', { method: 'DELETE', url: `/api/v1/goals/${slice.id}` }],
    ['read its progress', { url: `/api/v1/goals/${goal.id}/progress` }],
    ['read its progress as of a date', { url: `/api/v1/goals/${goal.id}/progress?asOf=2027-03-01` }],
    ['review it', { url: `/api/v1/goals/${goal.id}/review` }],
    [
      'break it down',
      { method: 'POST', url: `/api/v1/goals/${unsliced.id}/breakdown`, body: { period: 'month' } },
    ],
    [
      'break down a goal that has slices',
      { method: 'POST', url: `/api/v1/goals/${goal.id}/breakdown`, body: { period: 'month' } },
    ],
    ['list its check-ins', { url: `/api/v1/goals/${goal.id}/check-ins` }],
    ['list its check-ins with descendants', { url: `/api/v1/goals/${goal.id}/check-ins?descendants=true` }],
    [
      'check in on it',
      { method: 'POST', url: `/api/v1/goals/${goal.id}/check-ins`, body: { date: '2027-05-01', value: 50 } },
    ],
    ['change a check-in', { method: 'PATCH', url: `/api/v1/check-ins/${checkIn.id}`, body: { value: 0 } }],
    [
      'change a slice’s check-in',
      { method: 'PATCH', url: `/api/v1/check-ins/${sliceCheckIn.id}`, body: { note: 'x' } },
    ],
    ['delete a check-in', { method: 'DELETE', url: `/api/v1/check-ins/${checkIn.id}` }],
  ];

  it('answers 404 to everything another person tries on my goals and check-ins, by cookie or token, and changes nothing', async () => {
    const before = await ownerView();
    expect(before.goals).toHaveLength(6);
    expect(before.checkIns.items).toHaveLength(2);
    for (const [what, attempt] of attempts()) {
      for (const credential of [{ cookie: intruder.cookie }, { token: intruder.token }]) {
        const res = await call(t.app, { ...attempt, ...credential });
        try {
          expectError(res, 404, 'not_found');
        } catch (err) {
          throw new Error(`${what} answered ${res.status}: ${(err as Error).message}`);
        }
      }
    }
    expect(await ownerView()).toEqual(before);
  });

  it('refuses my goal as the parent of someone else’s goal, on create and on change', async () => {
    const before = await ownerView();
    const theirs = await allGoals(t.app, intruder.cookie);

    const created = await call(t.app, {
      method: 'POST',
      url: '/api/v1/goals',
      cookie: intruder.cookie,
      body: { title: 'Hang under their goal', parentId: goal.id },
    });
    expectInvalid(created, 'parentId');

    const moved = await call(t.app, {
      method: 'PATCH',
      url: `/api/v1/goals/${theirs[0]!.id}`,
      cookie: intruder.cookie,
      body: { parentId: goal.id },
    });
    expectInvalid(moved, 'parentId');

    expect(await allGoals(t.app, intruder.cookie)).toEqual(theirs);
    expect(await ownerView()).toEqual(before);
  });

  it('shows another person none of my goals in lists', async () => {
    const theirs = await call(t.app, { url: '/api/v1/goals', cookie: intruder.cookie });
    expect(theirs.json.items.map((g: { title: string }) => g.title)).toEqual(['My own goal entirely']);
    const underMine = await call(t.app, {
      url: `/api/v1/goals?parentId=${goal.id}`,
      cookie: intruder.cookie,
    });
    expect(underMine.json.items).toEqual([]);
  });

  it('lets the owner use a bearer token on every goal endpoint', async () => {
    const { token } = owner;
    expect((await call(t.app, { url: `/api/v1/goals/${goal.id}`, token })).status).toBe(200);
    expect((await call(t.app, { url: `/api/v1/goals/${goal.id}/progress`, token })).json.current).toBe(10);
    expect((await call(t.app, { url: `/api/v1/goals/${goal.id}/review`, token })).json.findings).toHaveLength(
      6,
    );
    const listed = await call(t.app, { url: `/api/v1/goals/${goal.id}/check-ins?descendants=true`, token });
    expect(listed.json.items.map((c: { id: string }) => c.id)).toEqual([checkIn.id, sliceCheckIn.id]);
    const draft = await call(t.app, {
      method: 'POST',
      url: '/api/v1/goals/review',
      token,
      body: { title: 'Draft' },
    });
    expect(draft.status).toBe(200);
  });
});
