// A goal and its slices behave as one plan: pausing and abandoning carry down, changing the
// numbers or dates of a goal with slices asks what becomes of them, and the home page lists a
// problem once.
import { describe, expect, it } from 'vitest';
import type { Goal } from '../../shared/goals/goal.schema.ts';
import {
  addCheckIn,
  breakDown,
  createGoal,
  getGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, DIALECTS, expectError, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('goal trees on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/goals/${id}`, cookie, body });
  const read = async (cookie: string, id: string): Promise<Goal> => {
    const res = await getGoal(t.app, cookie, id);
    expect(res.status).toBe(200);
    return res.json;
  };
  const states = async (cookie: string, ids: string[]) =>
    Promise.all(ids.map(async (id) => (await read(cookie, id)).state));
  const attention = async (cookie: string) => {
    const res = await call(t.app, { url: '/api/v1/goals/attention', cookie });
    expect(res.status).toBe(200);
    return res.json.items as { goal: Goal; reasons: { kind: string }[]; slices: { id: string }[] }[];
  };

  /** A year of Rust practice, 1200 h, in quarters of 296, 299, 302 and 303 h (see the breakdown tests). */
  const rustYear = async (cookie: string) => {
    const goal = await createGoal(t.app, cookie, {
      title: 'Practise Rust',
      ...YEAR_2027,
      metric: sumMetric('h', 1200),
    });
    const slices = await breakDown(t.app, cookie, goal.id, 'quarter');
    return { goal, slices, ids: slices.map((s) => s.id) };
  };

  describe('pausing and abandoning', () => {
    it('pauses the slices with their goal, shows no status or pace, and resumes only what it paused', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, slices, ids } = await rustYear(cookie);
      await addCheckIn(t.app, cookie, slices[1]!.id, '2027-04-10', 30);
      // The person gave up Q3 on their own, and paused Q4 on their own, before pausing the year.
      await patch(cookie, ids[2]!, { state: 'abandoned' });
      await patch(cookie, ids[3]!, { state: 'paused' });

      const res = await patch(cookie, goal.id, { state: 'paused' });
      expect(res.status).toBe(200);
      expect(res.json.progress).toMatchObject({
        status: 'paused',
        requiredPerWeek: null,
        observedPerWeek: null,
      });
      expect(await states(cookie, ids)).toEqual(['paused', 'paused', 'abandoned', 'paused']);
      const q2 = await read(cookie, ids[1]!);
      // Progress still counts what was done; it just makes no claim about the pace.
      expect(q2.progress).toMatchObject({
        current: 30,
        status: 'paused',
        requiredPerWeek: null,
        observedPerWeek: null,
      });
      expect(await attention(cookie)).toEqual([]);

      // A slice added under the paused goal is paused with it.
      const extra = await createGoal(t.app, cookie, {
        title: 'Read the Rustonomicon',
        parentId: goal.id,
        startDate: '2027-06-01',
        dueDate: '2027-06-30',
      });
      expect(extra.state).toBe('paused');

      expect((await patch(cookie, goal.id, { state: 'active' })).status).toBe(200);
      // Q1, Q2 and the new slice come back; Q3 stays abandoned and Q4 stays paused, as the person left them.
      expect(await states(cookie, [...ids, extra.id])).toEqual([
        'active',
        'active',
        'abandoned',
        'paused',
        'active',
      ]);
      expect((await read(cookie, ids[1]!)).progress.status).not.toBe('paused');
    });

    it('abandons the slices with their goal, and a slice the person resumes on its own stays theirs', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, ids } = await rustYear(cookie);
      await patch(cookie, goal.id, { state: 'paused' });
      // Abandoning the paused goal abandons the slices it had paused.
      await patch(cookie, goal.id, { state: 'abandoned' });
      expect(await states(cookie, ids)).toEqual(['abandoned', 'abandoned', 'abandoned', 'abandoned']);
      // The person revives Q4 by hand; resuming the goal later leaves it as it is and brings back the rest.
      await patch(cookie, ids[3]!, { state: 'paused' });
      await patch(cookie, goal.id, { state: 'active' });
      expect(await states(cookie, ids)).toEqual(['active', 'active', 'active', 'paused']);
    });

    it('carries a pause down every level of a tree', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, ids } = await rustYear(cookie);
      const months = await breakDown(t.app, cookie, ids[1]!, 'month');
      await patch(cookie, goal.id, { state: 'paused' });
      expect(
        await states(
          cookie,
          months.map((m) => m.id),
        ),
      ).toEqual(['paused', 'paused', 'paused']);
      // Breaking down a paused slice makes paused slices.
      const q3Months = await breakDown(t.app, cookie, ids[2]!, 'month');
      expect(q3Months.map((m) => m.state)).toEqual(['paused', 'paused', 'paused']);
      await patch(cookie, goal.id, { state: 'active' });
      expect(
        await states(
          cookie,
          [...months, ...q3Months].map((m) => m.id),
        ),
      ).toEqual(Array(6).fill('active'));
    });
  });

  describe('changing a goal with slices', () => {
    it('asks what becomes of the slices, and changes nothing until told', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, ids } = await rustYear(cookie);
      const res = await patch(cookie, goal.id, { metric: sumMetric('h', 1000) });
      expectError(res, 409, 'conflict');
      expect(res.json.error.message).toBe(
        'This goal has 4 slices: say whether to recompute their targets or keep them.',
      );
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['slices']);
      expect((await read(cookie, goal.id)).metric).toEqual(sumMetric('h', 1200));
      // A change that leaves the numbers and dates alone needs no answer.
      expect((await patch(cookie, goal.id, { title: 'Practise Rust daily' })).status).toBe(200);
      expect((await patch(cookie, goal.id, { metric: sumMetric('h', 1200) })).status).toBe(200);
      // Nor does a goal without slices.
      const lone = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
      expect((await patch(cookie, lone.id, { metric: sumMetric('h', 20) })).status).toBe(200);
      expect((await read(cookie, ids[0]!)).metric).toEqual(sumMetric('h', 296));
    });

    it('recomputes the slices’ targets on "resplit", keeping the slices and their check-ins', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, ids } = await rustYear(cookie);
      const logged = await addCheckIn(t.app, cookie, ids[1]!, '2027-04-10', 30);

      // 1000 h over 365 days: 1000·90/365 = 246.6 → 247, ·91/365 = 249.3 → 249, ·92/365 = 252.05 → 252,
      // and the last takes the rest: 1000 − 748 = 252.
      const res = await patch(cookie, goal.id, { metric: sumMetric('h', 1000), slices: 'resplit' });
      expect(res.status).toBe(200);
      expect(res.json.metric).toEqual(sumMetric('h', 1000));
      const after = await Promise.all(ids.map((id) => read(cookie, id)));
      expect(after.map((s) => s.metric?.target)).toEqual([247, 249, 252, 252]);
      const list = await call(t.app, { url: `/api/v1/goals/${ids[1]}/check-ins`, cookie });
      expect(list.json.items.map((c: { id: string }) => c.id)).toEqual([logged.id]);

      // Due six months later: N = 365 + 182 = 547 days, and the slices cover only 2027, so each gets
      // its own days' share of 1000: ·90/547 = 164.5 → 165, ·91/547 = 166.4 → 166, ·92/547 = 168.2 → 168.
      const longer = await patch(cookie, goal.id, { dueDate: '2028-06-30', slices: 'resplit' });
      expect(longer.status).toBe(200);
      const targets = await Promise.all(ids.map(async (id) => (await read(cookie, id)).metric?.target));
      expect(targets).toEqual([165, 166, 168, 168]);
    });

    it('leaves the slices as they are on "keep"', async () => {
      const { cookie } = await signUp(t.app);
      const { goal, ids } = await rustYear(cookie);
      const res = await patch(cookie, goal.id, { metric: sumMetric('h', 1000), slices: 'keep' });
      expect(res.status).toBe(200);
      const targets = await Promise.all(ids.map(async (id) => (await read(cookie, id)).metric?.target));
      expect(targets).toEqual([296, 299, 302, 303]);
    });

    it('refuses new dates that would leave a slice outside, at that date, whatever the choice', async () => {
      const { cookie } = await signUp(t.app);
      const { goal } = await rustYear(cookie);
      for (const slices of ['resplit', 'keep']) {
        const res = await patch(cookie, goal.id, { dueDate: '2027-11-30', slices });
        expectInvalid(res, 'dueDate');
        expect(res.json.error.issues[0].message).toBe(
          'would leave “Practise Rust — Q4 2027” (due Dec 31, 2027) outside this goal',
        );
      }
      expect((await read(cookie, goal.id)).dueDate).toBe('2027-12-31');
    });

    it('refuses a resplit that would round a slice to nothing, at slices, and writes nothing', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Give talks',
        ...YEAR_2027,
        metric: sumMetric('talks', 12),
      });
      const months = await breakDown(t.app, cookie, goal.id, 'month');
      // 3 talks over 365 days: a 31-day month gets 3·31/365 = 0.25 → 0.
      const res = await patch(cookie, goal.id, { metric: sumMetric('talks', 3), slices: 'resplit' });
      expectInvalid(res, 'slices');
      expect((await read(cookie, goal.id)).metric).toEqual(sumMetric('talks', 12));
      expect((await read(cookie, months[0]!.id)).metric).toEqual(sumMetric('talks', 1));
    });
  });

  it('lists a slice that needs attention inside its parent, not on its own', async () => {
    const { cookie } = await signUp(t.app);
    const { goal, ids } = await rustYear(cookie);
    // Today, 2027-05-15: nothing logged since the year began (134 days) nor since Q2 began (44 days).
    // Q1 was missed on Mar 31, more than 30 days ago: no longer news. Q3 and Q4 have not started.
    const items = await attention(cookie);
    expect(items.map((i) => i.goal.id)).toEqual([goal.id]);
    expect(items[0]!.reasons.map((r) => r.kind)).toEqual(['quiet']);
    expect(items[0]!.slices.map((s) => s.id)).toEqual([ids[1]]);
  });
});
