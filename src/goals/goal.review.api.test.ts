// SMART review of saved goals and of unsaved drafts: one finding per rule, in a fixed order.
import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  allGoals,
  breakDown,
  createGoal,
  getGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, DIALECTS, expectError, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const RULES = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound', 'chunked'];

interface Finding {
  rule: string;
  level: 'ok' | 'warn' | 'info';
  message: string;
  suggestion: string;
}

/** Checks the envelope and the rule order, and answers the findings by rule. */
function byRule(res: { status: number; json: { findings: Finding[] } }): Record<string, Finding> {
  expect(res.status).toBe(200);
  expect(Object.keys(res.json)).toEqual(['findings']);
  expect(res.json.findings.map((f) => f.rule)).toEqual(RULES);
  for (const f of res.json.findings) {
    expect(Object.keys(f).sort()).toEqual(['level', 'message', 'rule', 'suggestion']);
    expect(f.message.length).toBeGreaterThan(0);
    // A warning always says what to do about it.
    if (f.level === 'warn') expect(f.suggestion.length).toBeGreaterThan(0);
  }
  return Object.fromEntries(res.json.findings.map((f) => [f.rule, f]));
}

const levels = (findings: Record<string, Finding>) => RULES.map((rule) => findings[rule]!.level);

/** Checks one finding: its level, if given, and each text its message and its suggestion must contain. */
function expectFinding(
  finding: Finding | undefined,
  expected: { level?: Finding['level']; message?: string[]; suggestion?: string[] },
): void {
  if (expected.level) expect(finding!.level).toBe(expected.level);
  for (const text of expected.message ?? []) expect(finding!.message).toContain(text);
  for (const text of expected.suggestion ?? []) expect(finding!.suggestion).toContain(text);
}

describe.each(DIALECTS)('SMART review on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  const review = async (cookie: string, id: string) =>
    byRule(await call(t.app, { url: `/api/v1/goals/${id}/review`, cookie }));
  const reviewDraft = (cookie: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/goals/review', cookie, body });

  describe('of a saved goal', () => {
    it('warns about everything a one-word goal leaves out', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { title: 'Rust' });
      const f = await review(cookie, goal.id);
      // specific, measurable, achievable, relevant, time_bound, chunked
      expect(levels(f)).toEqual(['warn', 'warn', 'info', 'warn', 'warn', 'info']);
      expect(f.specific!.message).toContain('Rust');
    });

    it('says which pace is needed and that it is too fast next to the best pace on another goal', async () => {
      const { cookie } = await signUp(t.app);
      const novels = await createGoal(t.app, cookie, {
        title: 'Read ten novels',
        startDate: '2027-04-25',
        metric: sumMetric('books', 10),
      });
      // A book on each of days 7, 14 and 21 (today): the line through (0,0), (7,1), (14,2), (21,3)
      // is y = x/7, exactly 1 book a week, and its points span the 14 days a forecast needs.
      for (const date of ['2027-05-01', '2027-05-08', '2027-05-15'])
        await addCheckIn(t.app, cookie, novels.id, date, 1);
      const goal = await createGoal(t.app, cookie, {
        title: 'Read fifty-two technical books',
        why: 'To know the field better.',
        metric: sumMetric('books', 52),
        ...YEAR_2027,
      });

      // From today, 2027-05-15, to 2027-12-31 is 230 days: 52/230·7 = 1.58 books a week, more than
      // 1.5 × the best pace of 1 a week.
      const f = await review(cookie, goal.id);
      expect(levels(f)).toEqual(['ok', 'ok', 'warn', 'ok', 'ok', 'warn']);
      expectFinding(f.achievable, {
        message: ['1.6 books a week', '1 book a week'],
        suggestion: ['1.5 books a week'],
      });
      expect(f.measurable!.message).toContain('from 0 to 52 books');
      expect(f.time_bound!.message).toContain('Dec 31, 2027');
      // 365 days, start and due date included, with no slices.
      expect(f.chunked!.message).toContain('365 days');

      // 48 books: 48/230·7 = 1.46 a week, within 1.5 × 1.
      await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/goals/${goal.id}`,
        cookie,
        body: { metric: sumMetric('books', 48) },
      });
      const within = await review(cookie, goal.id);
      expectFinding(within.achievable, { level: 'ok', message: ['1.5 books a week', '1 book a week'] });
    });

    it('judges the pace still needed from where the goal stands today, as its page shows it', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Read fifty-two technical books',
        metric: sumMetric('books', 52),
        ...YEAR_2027,
      });
      await addCheckIn(t.app, cookie, goal.id, '2027-05-01', 17);
      // 52 − 17 = 35 books in the 230 days to 2027-12-31: 35/230·7 = 1.065… → "1.1 books a week",
      // not the 52/365·7 = 1.0 a week the whole year asked for from the baseline.
      const { progress } = (await getGoal(t.app, cookie, goal.id)).json;
      expect(progress.requiredPerWeek).toBeCloseTo((35 / 230) * 7, 9);
      expectFinding((await review(cookie, goal.id)).achievable, { message: ['This needs 1.1 books a week'] });
    });

    it('reviews an unsaved change from where the goal stands, saving nothing', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Read fifty-two technical books',
        why: 'To know the field better.',
        metric: sumMetric('books', 52),
        ...YEAR_2027,
      });
      await addCheckIn(t.app, cookie, goal.id, '2027-05-01', 17);
      const change = (body: unknown) =>
        call(t.app, { method: 'POST', url: `/api/v1/goals/${goal.id}/review`, cookie, body });

      // Nothing changed: the same findings as the saved goal's review.
      expect(byRule(await change({}))).toEqual(await review(cookie, goal.id));
      // 80 books: 80 − 17 = 63 still to read in 230 days, 63/230·7 = 1.917… → "1.9 books a week";
      // a draft with no check-ins would say 80/230·7 = 2.4.
      const more = byRule(await change({ metric: sumMetric('books', 80) }));
      expectFinding(more.achievable, { message: ['This needs 1.9 books a week'] });
      // Due at the end of June instead: 35 books in the 46 days from today, 35/46·7 = 5.3 a week.
      const sooner = byRule(await change({ dueDate: '2027-06-30' }));
      expectFinding(sooner.achievable, { message: ['This needs 5.3 books a week'] });
      expect(sooner.time_bound!.message).toContain('Jun 30, 2027');
      // A change clearing the metric leaves nothing to measure.
      expect(byRule(await change({ metric: null })).measurable!.level).toBe('warn');

      expect((await getGoal(t.app, cookie, goal.id)).json.metric).toEqual(sumMetric('books', 52));
      expectInvalid(await change({ colour: 'red' }), 'colour');
      expectError(
        await call(t.app, { method: 'POST', url: '/api/v1/goals/no-such-goal/review', cookie, body: {} }),
        404,
        'not_found',
      );
    });

    it('judges a paused goal on the pace it would need from today, not as reached', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Run 100 km',
        metric: sumMetric('km', 100),
        state: 'paused',
        ...YEAR_2027,
      });
      // A paused goal shows no pace, but 100 km in the 230 days left still need 100/230·7 = 3.04… a week.
      expect((await getGoal(t.app, cookie, goal.id)).json.progress.requiredPerWeek).toBeNull();
      expectFinding((await review(cookie, goal.id)).achievable, { message: ['This needs 3 km a week'] });
    });

    it('only gives information on the pace when no other goal in that unit has one', async () => {
      const { cookie } = await signUp(t.app);
      // Another goal in km, but without check-ins it shows no pace to compare with.
      await createGoal(t.app, cookie, { title: 'Cycle to work every week', metric: sumMetric('km', 1000) });
      // Other units do not count either.
      const hours = await createGoal(t.app, cookie, {
        title: 'Train for ten hours',
        metric: sumMetric('h', 10),
      });
      await addCheckIn(t.app, cookie, hours.id, '2027-05-15', 5);
      const goal = await createGoal(t.app, cookie, {
        title: 'Run 500 km this year',
        why: 'Health',
        metric: sumMetric('km', 500),
        ...YEAR_2027,
      });
      // 500/230·7 = 15.22 km a week.
      const f = await review(cookie, goal.id);
      expectFinding(f.achievable, { level: 'info', message: ['15.2 km a week'] });
    });

    it('does not tell a goal past its due date that it has reached a target it missed', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, {
        title: 'Give three internal talks',
        why: 'Share what I learn.',
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        metric: sumMetric('talks', 3),
      });
      await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 1);
      const f = await review(cookie, goal.id);
      expect(f.achievable!.level).not.toBe('ok');
      expect(f.achievable!.message).not.toMatch(/already reached/);
      expect(f.achievable!.message).toMatch(/talks a week/);

      // Once the target is reached, saying so is right.
      await addCheckIn(t.app, cookie, goal.id, '2027-03-01', 2);
      const done = await review(cookie, goal.id);
      expect(done.achievable!.level).toBe('ok');
      expect(done.achievable!.message).toMatch(/already reached/);
    });

    it('counts slices as measuring and chunking a goal, and a parent as its reason', async () => {
      const { cookie } = await signUp(t.app);
      const goal = await createGoal(t.app, cookie, { title: 'Become a team lead', ...YEAR_2027 });
      const before = await review(cookie, goal.id);
      expect(before.measurable!.level).toBe('warn');
      expect(before.relevant!.level).toBe('warn');
      expect(before.chunked!.level).toBe('warn');

      const slices = await breakDown(t.app, cookie, goal.id, 'quarter');
      const after = await review(cookie, goal.id);
      expect(levels(after)).toEqual(['ok', 'ok', 'info', 'warn', 'ok', 'ok']);

      // A slice has no why of its own, but it serves its parent; it is 90 days long.
      const slice = await review(cookie, slices[0]!.id);
      expect(slice.relevant!.level).toBe('ok');
      expectFinding(slice.chunked, { level: 'ok', message: ['90 days'] });
    });

    it('draws the line for chunking at 120 days', async () => {
      const { cookie } = await signUp(t.app);
      // 2027-05-15 … 2027-09-11 is 17 + 30 + 31 + 31 + 11 = 120 days; one more is too long.
      const short = await createGoal(t.app, cookie, { startDate: '2027-05-15', dueDate: '2027-09-11' });
      const long = await createGoal(t.app, cookie, { startDate: '2027-05-15', dueDate: '2027-09-12' });
      expectFinding((await review(cookie, short.id)).chunked, { level: 'ok', message: ['120 days'] });
      expectFinding((await review(cookie, long.id)).chunked, { level: 'warn', message: ['121 days'] });
    });

    it('answers 404 for a goal that does not exist', async () => {
      const { cookie } = await signUp(t.app);
      expectError(await call(t.app, { url: '/api/v1/goals/no-such-goal/review', cookie }), 404, 'not_found');
    });
  });

  describe('of an unsaved draft', () => {
    it('reviews an empty draft', async () => {
      const { cookie } = await signUp(t.app);
      const f = byRule(await reviewDraft(cookie, {}));
      expect(levels(f)).toEqual(['warn', 'warn', 'info', 'warn', 'warn', 'info']);
    });

    it('reviews a draft as if saved today, against the person’s saved goals, and saves nothing', async () => {
      const { cookie } = await signUp(t.app);
      const draft = {
        title: 'Run a marathon in spring',
        metric: sumMetric('km', 100),
        startDate: '2027-05-15',
        dueDate: '2027-06-11',
      };
      // 28 days (17 in May + 11 in June); 100 km over the 27 days from today to the due date:
      // 100/27·7 = 25.93 km a week, and no other goal in km to compare with.
      const alone = byRule(await reviewDraft(cookie, draft));
      expect(levels(alone)).toEqual(['ok', 'ok', 'info', 'warn', 'ok', 'ok']);
      expect(alone.achievable!.message).toContain('25.9 km a week');
      expect(alone.chunked!.message).toContain('28 days');
      expect(alone.time_bound!.message).toContain('Jun 11, 2027');

      // A saved km goal started 2027-04-24: (0,0), (8,70) and (22, 70 + 122.5) all lie on y = 8.75x,
      // 61.25 km a week, and days 8 to 22 span the 14 a forecast needs.
      const cycling = await createGoal(t.app, cookie, {
        title: 'Cycle to work every week',
        startDate: '2027-04-24',
        metric: sumMetric('km', 1000),
      });
      await addCheckIn(t.app, cookie, cycling.id, '2027-05-01', 70);
      await addCheckIn(t.app, cookie, cycling.id, '2027-05-15', 122.5);
      const saved = await allGoals(t.app, cookie);

      const within = byRule(await reviewDraft(cookie, { ...draft, why: 'A lifelong wish' }));
      expect(levels(within)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
      expectFinding(within.achievable, { message: ['25.9 km a week', '61.3 km a week'] });

      // 1000 km: 1000/27·7 = 259.3 a week, far past 1.5 × 61.25 = 91.875.
      const tooFast = byRule(await reviewDraft(cookie, { ...draft, metric: sumMetric('km', 1000) }));
      expectFinding(tooFast.achievable, {
        level: 'warn',
        message: ['259.3 km a week', '61.3 km a week'],
        suggestion: ['91.9 km a week'],
      });

      expect(await allGoals(t.app, cookie)).toEqual(saved);
    });

    it('does not tell a draft whose due date has passed that its target is reached', async () => {
      const { cookie } = await signUp(t.app);
      const f = byRule(
        await reviewDraft(cookie, {
          title: 'Run 10 km in April',
          metric: sumMetric('km', 10),
          startDate: '2027-04-01',
          dueDate: '2027-04-30',
        }),
      );
      expect(f.achievable!.level).not.toBe('ok');
      expect(f.achievable!.message).not.toMatch(/already reached/);

      // Without a start date the draft starts today, 2027-05-15, after its due date.
      for (const dates of [{ dueDate: '2027-05-01' }, { startDate: '2027-06-01', dueDate: '2027-05-01' }]) {
        const g = byRule(
          await reviewDraft(cookie, { title: 'Run 10 km in April', metric: sumMetric('km', 10), ...dates }),
        );
        expect(g.achievable!.message).not.toMatch(/already reached/);
      }
    });

    it('treats a draft inside a parent as relevant, and a metric that moves nothing as no metric', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, YEAR_2027);
      const f = byRule(
        await reviewDraft(cookie, {
          title: 'Read three books on leadership',
          parentId: parent.id,
          metric: sumMetric('books', 3, 3),
        }),
      );
      expect(f.relevant!.level).toBe('ok');
      expect(f.measurable!.level).toBe('warn');
    });

    it('reviews any body a new goal takes, exactly as it would be sent to create it', async () => {
      const { cookie } = await signUp(t.app);
      const parent = await createGoal(t.app, cookie, { title: 'Become a staff engineer', ...YEAR_2027 });
      const body = {
        parentId: parent.id,
        title: 'Lead the design of the billing service',
        description: 'Own the design doc and the rollout.',
        why: 'Staff engineers lead designs across teams.',
        category: 'career',
        startDate: '2027-05-15',
        dueDate: '2027-09-30',
        metric: null,
        weight: 2,
        state: 'active',
        completedOn: null,
        visibility: 'private',
      };
      const res = await reviewDraft(cookie, body);
      expect(res.status).toBe(200);
      // The parent makes it relevant; without a metric there is nothing to measure or pace.
      const f = byRule(res);
      expect(f.relevant!.level).toBe('ok');
      expect(f.measurable!.level).toBe('warn');
      // And the same body creates the goal.
      expect((await call(t.app, { method: 'POST', url: '/api/v1/goals', cookie, body })).status).toBe(201);
    });

    it('refuses fields a draft does not have', async () => {
      const { cookie } = await signUp(t.app);
      const res = await reviewDraft(cookie, { title: 'Run a marathon in spring', colour: 'red' });
      expectInvalid(res, 'colour');
    });
  });
});
