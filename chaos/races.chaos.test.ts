// Rules that read before they write, attacked with parallel requests on both databases: each must
// hold in every round, and no request may fail with a 500.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../src/platform/clock.ts';
import { addCheckIn, createGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../test/factories.ts';
import { call, DIALECTS, login, signUp, startTestApp, useTestApp } from '../test/harness.ts';
import { byStatus, report } from './report.ts';

const ROUNDS = 30;

describe.each(DIALECTS)('races on %s', (dialect) => {
  describe('sign-ups on a new instance', () => {
    it.each([
      ['open', 'true'],
      ['closed', 'false'],
    ])('make exactly one admin when registration is %s', async (label, open) => {
      const rounds = 3;
      let admins = 0;
      const statuses: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const t = await startTestApp(dialect, { env: { TRELLIS_OPEN_REGISTRATION: open } });
        try {
          const answers = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              call(t.app, {
                method: 'POST',
                url: '/api/v1/auth/register',
                body: { email: `p${i}@example.com`, name: `Person ${i}`, password: 'a long enough password' },
              }),
            ),
          );
          statuses.push(...answers.map((a) => a.status));
          const users = await t.rows<{ role: string }>('select role from users');
          const roundAdmins = users.filter((u) => u.role === 'admin').length;
          admins += roundAdmins;
          expect(roundAdmins).toBe(1);
          expect(users).toHaveLength(open === 'true' ? 20 : 1);
          if (open === 'false') expect(answers.filter((a) => a.status === 403)).toHaveLength(19);
        } finally {
          await t.close();
        }
      }
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      report(dialect, `20 parallel sign-ups (registration ${label}) × ${rounds} rounds`, {
        admins,
        ...byStatus(statuses),
      });
    });
  });

  describe('goal rules', () => {
    const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

    it('lets one of 10 parallel breakdowns of a goal make slices', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            call(t.app, {
              method: 'POST',
              url: `/api/v1/goals/${goal.id}/breakdown`,
              cookie,
              body: { period: 'quarter' },
            }),
          ),
        );
        statuses.push(...answers.map((a) => a.status));
        expect(await t.rows('select id from goals where parent_id = ?', [goal.id])).toHaveLength(4);
        expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      }
      expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
      report(dialect, `10 parallel breakdowns × ${ROUNDS} rounds`, byStatus(statuses));
    });

    it('never lets two parallel re-parentings make a cycle', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const a = await createGoal(t.app, cookie, { title: 'A', ...YEAR_2027 });
        const b = await createGoal(t.app, cookie, { title: 'B', ...YEAR_2027 });
        const move = (id: string, parentId: string) =>
          call(t.app, { method: 'PATCH', url: `/api/v1/goals/${id}`, cookie, body: { parentId } });
        const answers = await Promise.all([move(a.id, b.id), move(b.id, a.id)]);
        statuses.push(...answers.map((x) => x.status));
        const rows = await t.rows<{ id: string; parent_id: string | null }>(
          'select id, parent_id from goals where id in (?, ?)',
          [a.id, b.id],
        );
        expect(rows.filter((r) => r.parent_id !== null)).toHaveLength(1);
      }
      expect((await call(t.app, { url: '/api/v1/goals', cookie })).status).toBe(200);
      expect(statuses.filter((s) => s !== 200 && s !== 400)).toEqual([]);
      report(dialect, `2 parallel opposite re-parentings × ${ROUNDS} rounds`, byStatus(statuses));
    });

    it('keeps a child inside its parent while the parent is shortened', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const parent = await createGoal(t.app, cookie, { ...YEAR_2027 });
        const answers = await Promise.all([
          call(t.app, {
            method: 'PATCH',
            url: `/api/v1/goals/${parent.id}`,
            cookie,
            body: { dueDate: '2027-06-30' },
          }),
          call(t.app, {
            method: 'POST',
            url: '/api/v1/goals',
            cookie,
            body: {
              title: 'Second half',
              parentId: parent.id,
              startDate: '2027-07-01',
              dueDate: '2027-12-31',
            },
          }),
        ]);
        statuses.push(...answers.map((x) => x.status));
        const [row] = await t.rows<{ due_date: string }>('select due_date from goals where id = ?', [
          parent.id,
        ]);
        const children = await t.rows<{ due_date: string }>(
          'select due_date from goals where parent_id = ?',
          [parent.id],
        );
        for (const child of children) expect(child.due_date <= row!.due_date).toBe(true);
      }
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      report(dialect, `shorten a parent while adding a child × ${ROUNDS} rounds`, byStatus(statuses));
    });

    it('lands no check-in on a goal whose metric is being removed', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
        const answers = await Promise.all([
          call(t.app, { method: 'PATCH', url: `/api/v1/goals/${goal.id}`, cookie, body: { metric: null } }),
          call(t.app, {
            method: 'POST',
            url: `/api/v1/goals/${goal.id}/check-ins`,
            cookie,
            body: { date: '2027-05-01', value: 2 },
          }),
        ]);
        statuses.push(...answers.map((x) => x.status));
        const [row] = await t.rows<{ metric_unit: string | null }>(
          'select metric_unit from goals where id = ?',
          [goal.id],
        );
        const checkIns = await t.rows('select id from check_ins where goal_id = ?', [goal.id]);
        if (row!.metric_unit === null) expect(checkIns).toEqual([]);
      }
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      report(dialect, `remove a metric while checking in × ${ROUNDS} rounds`, byStatus(statuses));
    });

    it('answers a check-in racing the goal’s deletion with 201 or 404, never 500', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
        await addCheckIn(t.app, cookie, goal.id, '2027-04-01', 1);
        const answers = await Promise.all([
          call(t.app, {
            method: 'POST',
            url: `/api/v1/goals/${goal.id}/check-ins`,
            cookie,
            body: { date: '2027-05-01', value: 2 },
          }),
          call(t.app, { method: 'DELETE', url: `/api/v1/goals/${goal.id}`, cookie }),
        ]);
        statuses.push(...answers.map((x) => x.status));
        expect([201, 404]).toContain(answers[0]!.status);
        expect(answers[1]!.status).toBe(204);
        expect(await t.rows('select id from check_ins where goal_id = ?', [goal.id])).toEqual([]);
      }
      report(dialect, `check in while deleting the goal × ${ROUNDS} rounds`, byStatus(statuses));
    });

    it('keeps slices inside a goal whose dates change during the breakdown', async () => {
      const { cookie } = await signUp(t.app);
      const statuses: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
        const answers = await Promise.all([
          call(t.app, {
            method: 'POST',
            url: `/api/v1/goals/${goal.id}/breakdown`,
            cookie,
            body: { period: 'half' },
          }),
          call(t.app, {
            method: 'PATCH',
            url: `/api/v1/goals/${goal.id}`,
            cookie,
            body: { dueDate: '2027-09-30' },
          }),
        ]);
        statuses.push(...answers.map((x) => x.status));
        const [row] = await t.rows<{ due_date: string }>('select due_date from goals where id = ?', [
          goal.id,
        ]);
        const slices = await t.rows<{ due_date: string }>('select due_date from goals where parent_id = ?', [
          goal.id,
        ]);
        for (const slice of slices) expect(slice.due_date <= row!.due_date).toBe(true);
      }
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      report(dialect, `change dates during a breakdown × ${ROUNDS} rounds`, byStatus(statuses));
    });
  });

  describe('sign-in limits', () => {
    const t = useTestApp(dialect);

    it('checks at most 10 of 300 parallel guesses at one e-mail, the right one included', async () => {
      const person = await signUp(t.app);
      const guesses = Array.from({ length: 300 }, (_, i) =>
        i === 60 ? person.password : `wrong guess ${i}`,
      );
      const answers = await Promise.all(guesses.map((password) => login(t.app, person.user.email, password)));
      const checked = answers.filter((a) => a.status !== 429);
      expect(checked.length).toBeLessThanOrEqual(10);
      expect(answers.filter((a) => a.status >= 500)).toEqual([]);
      // Afterwards the right password is refused too, until the window passes.
      expect((await login(t.app, person.user.email, person.password)).status).toBe(429);
      report(dialect, '300 parallel guesses at one e-mail', {
        checked: checked.length,
        ...byStatus(answers.map((a) => a.status)),
      });
    });

    it('checks at most 50 of 300 parallel guesses from one address', async () => {
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) => login(t.app, `nobody${i}@example.com`, 'a guess at it')),
      );
      const checked = answers.filter((a) => a.status !== 429);
      expect(checked.length).toBeLessThanOrEqual(50);
      expect(answers.filter((a) => a.status >= 500)).toEqual([]);
      report(dialect, '300 parallel guesses from one address', {
        checked: checked.length,
        ...byStatus(answers.map((a) => a.status)),
      });
    });
  });
});
