// Amounts of a `sum` goal: a check-in adds something, and a correction may take some back only
// while the running total stays on the target's side of the baseline, for the goal and the goals above.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  breakDown,
  createGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { type Answer, call, DIALECTS, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('check-in amounts on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const post = (cookie: string, goalId: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/goals/${goalId}/check-ins`, cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/check-ins/${id}`, cookie, body });
  const remove = (cookie: string, id: string) =>
    call(t.app, { method: 'DELETE', url: `/api/v1/check-ins/${id}`, cookie });
  const checkIns = async (cookie: string, goalId: string) => {
    const res = await call(t.app, { url: `/api/v1/goals/${goalId}/check-ins`, cookie });
    expect(res.status).toBe(200);
    return res.json.items.map((c: { date: string; value: number }) => [c.date, c.value]);
  };
  const messageOf = (res: Answer) => res.json.error.issues[0].message as string;

  it('refuses a sum check-in of 0, new or edited, but takes 0 as a level', async () => {
    const { cookie } = await signUp(t.app);
    const books = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('books', 12) });
    const res = await post(cookie, books.id, { date: '2027-03-01', value: 0 });
    expectInvalid(res, 'value');
    expect(messageOf(res)).toBe('must not be 0: a check-in adds an amount');
    const one = await addCheckIn(t.app, cookie, books.id, '2027-03-01', 1);
    expectInvalid(await patch(cookie, one.id, { value: 0 }), 'value');
    expect(await checkIns(cookie, books.id)).toEqual([['2027-03-01', 1]]);

    // A level of 0 is a level: a bug count going down to none.
    const bugs = await createGoal(t.app, cookie, {
      ...YEAR_2027,
      metric: { unit: 'bugs', baseline: 40, target: 0, aggregation: 'last' },
    });
    expect((await post(cookie, bugs.id, { date: '2027-03-01', value: 0 })).status).toBe(201);
  });

  it('takes a correction while the total stays at or above the baseline, and refuses one that crosses', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('books', 12) });
    const three = await addCheckIn(t.app, cookie, goal.id, '2027-03-01', 3);
    // 3 − 2 = 1 on Mar 5, then 1 − 1 = 0 on Mar 6: on the baseline is allowed.
    const minusTwo = await addCheckIn(t.app, cookie, goal.id, '2027-03-05', -2);
    await addCheckIn(t.app, cookie, goal.id, '2027-03-06', -1);

    // −1 more on Mar 7 would make the total −1.
    let res = await post(cookie, goal.id, { date: '2027-03-07', value: -1 });
    expectInvalid(res, 'value');
    expect(messageOf(res)).toBe('would take the total below its baseline (0 books) on Mar 7, 2027');
    // −4 on Mar 2 takes 3 down to −1 at once, although later days are fine.
    expectInvalid(await post(cookie, goal.id, { date: '2027-03-02', value: -4 }), 'value');

    // Editing the 3 down to 2 leaves Mar 6 at −1.
    res = await patch(cookie, three.id, { value: 2 });
    expectInvalid(res, 'value');
    expect(messageOf(res)).toContain('on Mar 6, 2027');
    // Moving the −2 before the 3 makes Feb 28 −2.
    res = await patch(cookie, minusTwo.id, { date: '2027-02-28' });
    expectInvalid(res, 'date');
    expect(messageOf(res)).toContain('on Feb 28, 2027');
    // Deleting the 3 leaves the corrections alone: −2 on Mar 5.
    res = await remove(cookie, three.id);
    expectInvalid(res, 'id');
    expect(messageOf(res)).toContain('on Mar 5, 2027');

    // Nothing was written by the refusals.
    expect(await checkIns(cookie, goal.id)).toEqual([
      ['2027-03-01', 3],
      ['2027-03-05', -2],
      ['2027-03-06', -1],
    ]);
    // Deleting a correction is always fine.
    expect((await remove(cookie, minusTwo.id)).status).toBe(204);
  });

  it('measures corrections in the goal’s direction when the target is below the baseline', async () => {
    const { cookie } = await signUp(t.app);
    // Pay a 5,000 debt down to 0, counting what is still owed down from 5,000 by payments.
    const debt = await createGoal(t.app, cookie, {
      ...YEAR_2027,
      metric: { unit: 'EUR', baseline: 5000, target: 0, aggregation: 'sum' },
    });
    await addCheckIn(t.app, cookie, debt.id, '2027-02-01', -800);
    // A refund of 300 is a correction: 4,200 owed → 4,500, still below the 5,000 baseline.
    await addCheckIn(t.app, cookie, debt.id, '2027-02-10', 300);
    // Another 600 would make it 5,100, above the baseline.
    const res = await post(cookie, debt.id, { date: '2027-02-11', value: 600 });
    expectInvalid(res, 'value');
    expect(messageOf(res)).toBe('would take the total above its baseline (5,000 EUR) on Feb 11, 2027');
  });

  it('checks the running total of the goals above that count the check-ins too', async () => {
    const { cookie } = await signUp(t.app);
    const parent = await createGoal(t.app, cookie, {
      title: 'Practise Rust',
      ...YEAR_2027,
      metric: sumMetric('h', 100),
    });
    const [q1] = await breakDown(t.app, cookie, parent.id, 'quarter');
    const slice = await addCheckIn(t.app, cookie, q1!.id, '2027-02-01', 10);
    // A correction on the parent itself: 10 − 8 = 2 hours in all by Mar 1.
    await addCheckIn(t.app, cookie, parent.id, '2027-03-01', -8);
    // Without the slice's 10 the slice is at 0, fine, but the parent would stand at −8 on Mar 1.
    const res = await remove(cookie, slice.id);
    expectInvalid(res, 'id');
    expect(messageOf(res)).toBe(
      'would take the total of “Practise Rust” below its baseline (0 h) on Mar 1, 2027',
    );
    expect(await checkIns(cookie, q1!.id)).toEqual([['2027-02-01', 10]]);
  });
});
