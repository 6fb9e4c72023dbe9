// The practice log through the API, on both databases: entries with their skills, filters, every
// rule at its field, the goal each entry feeds, and another person's ids.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createGoal, getGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../test/factories.ts';
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

let unique = 0;

describe.each(DIALECTS)('the practice log on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const skills = (...names: string[]) =>
    addCatalogueSkills(
      t,
      names.map((name) => ({ name: `${name} ${++unique}` })),
    );
  const post = (cookie: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/practice', cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/practice/${id}`, cookie, body });
  const del = (cookie: string, id: string) =>
    call(t.app, { method: 'DELETE', url: `/api/v1/practice/${id}`, cookie });
  const get = (cookie: string, url: string) => call(t.app, { url, cookie });
  const practise = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await post(cookie, { date: '2027-05-01', minutes: 30, title: 'Kata', ...body }), 201, 'practice');
  const ids = (res: { json: { items: { id: string }[] } }) => res.json.items.map((e) => e.id);

  it('logs an entry with every field and answers it in full', async () => {
    const { cookie } = await signUp(t.app);
    const [tdd, refactoring] = await skills('TDD', 'Refactoring');
    const res = await post(cookie, {
      date: '2027-05-14',
      minutes: 75,
      title: 'Refactored the billing module test-first',
      skillIds: [refactoring, tdd],
      description: 'Split the invoice builder',
      reflection: 'Smaller steps would have helped',
      outcome: 'Merged',
      evidenceUrl: 'https://git.example/pr/42',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      date: '2027-05-14',
      minutes: 75,
      title: 'Refactored the billing module test-first',
      skillIds: [refactoring, tdd],
      description: 'Split the invoice builder',
      reflection: 'Smaller steps would have helped',
      outcome: 'Merged',
      evidenceUrl: 'https://git.example/pr/42',
      goalId: null,
      checkIn: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    expect((await get(cookie, `/api/v1/practice/${res.json.id}`)).json).toEqual(res.json);
  });

  it('lists the newest date first, and filters by skill and by dates, both ends included', async () => {
    const { cookie } = await signUp(t.app);
    const [a, b] = await skills('Pairing', 'Code review');
    const may1 = await practise(cookie, { date: '2027-05-01', skillIds: [a] });
    const apr30 = await practise(cookie, { date: '2027-04-30', skillIds: [a, b] });
    const may3 = await practise(cookie, { date: '2027-05-03', skillIds: [b] });
    const may1Later = await practise(cookie, { date: '2027-05-01', skillIds: [b] });
    expect(ids(await get(cookie, '/api/v1/practice'))).toEqual([may3.id, may1Later.id, may1.id, apr30.id]);
    expect(ids(await get(cookie, `/api/v1/practice?skillId=${a}`))).toEqual([may1.id, apr30.id]);
    expect(ids(await get(cookie, '/api/v1/practice?from=2027-05-01&to=2027-05-01'))).toEqual([
      may1Later.id,
      may1.id,
    ]);
    expect(ids(await get(cookie, '/api/v1/practice?from=2027-05-02'))).toEqual([may3.id]);
    expect(ids(await get(cookie, `/api/v1/practice?to=2027-04-30&skillId=${b}`))).toEqual([apr30.id]);
    expectInvalid(await get(cookie, '/api/v1/practice?from=2027-05-02&to=2027-05-01'), 'to');
    expectInvalid(await get(cookie, '/api/v1/practice?from=yesterday'), 'from');
  });

  it('changes what a PATCH names and keeps the rest', async () => {
    const { cookie } = await signUp(t.app);
    const [a, b] = await skills('Profiling', 'Tracing');
    const made = await practise(cookie, {
      skillIds: [a],
      evidenceUrl: 'https://x.example/1',
      outcome: 'Faster',
    });
    const res = await patch(cookie, made.id, {
      minutes: 50,
      skillIds: [b],
      evidenceUrl: null,
      reflection: 'Use flame graphs',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toEqual({
      ...made,
      minutes: 50,
      skillIds: [b],
      evidenceUrl: null,
      reflection: 'Use flame graphs',
    });
    expect((await get(cookie, `/api/v1/practice/${made.id}`)).json).toEqual(res.json);
    const untouched = bodyOf(await patch(cookie, made.id, { title: 'Profiled the API' }), 200, 'rename');
    expect(untouched.skillIds).toEqual([b]);
  });

  it('refuses each invalid field at its path, and saves nothing', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const [skill] = await skills('Mob programming');
    const bobsSkill = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie: bob.cookie,
        body: { name: `Bob Craft ${++unique}`, kind: 'hard' },
      }),
      201,
      'skill',
    );
    const bobsGoal = await createGoal(t.app, bob.cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
    const talks = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: sumMetric('talks', 3) });
    const base = { date: '2027-05-01', minutes: 30, title: 'Session', skillIds: [skill] };
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2027-05-16' }, 'date'],
      [{ date: '2027-13-01' }, 'date'],
      [{ date: undefined }, 'date'],
      [{ minutes: 0 }, 'minutes'],
      [{ minutes: 1441 }, 'minutes'],
      [{ minutes: 10.5 }, 'minutes'],
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ skillIds: [] }, 'skillIds'],
      [{ skillIds: undefined }, 'skillIds'],
      [{ skillIds: ['nope'] }, 'skillIds.0'],
      [{ skillIds: [skill, skill] }, 'skillIds.1'],
      [{ skillIds: [skill, bobsSkill.id] }, 'skillIds.1'],
      [{ evidenceUrl: 'file:///etc/passwd' }, 'evidenceUrl'],
      [{ evidenceUrl: 'not a link' }, 'evidenceUrl'],
      [{ description: 'x'.repeat(10_001) }, 'description'],
      [{ goalId: bobsGoal.id }, 'goalId'],
      [{ goalId: talks.id }, 'goalId'],
      [{ mood: 'great' }, 'mood'],
    ];
    for (const [change, path] of cases) {
      const res = await post(ann.cookie, { ...base, ...change });
      expect({ change, status: res.status }).toMatchObject({ status: 400 });
      expectInvalid(res, path);
    }
    expect((await get(ann.cookie, '/api/v1/practice')).json.items).toEqual([]);

    const made = await practise(ann.cookie, { skillIds: [skill] });
    for (const [change, path] of [
      [{ date: '2027-05-16' }, 'date'],
      [{ skillIds: [] }, 'skillIds'],
      [{ skillIds: [bobsSkill.id] }, 'skillIds.0'],
      [{ goalId: talks.id }, 'goalId'],
    ] as const) {
      expectInvalid(await patch(ann.cookie, made.id, change), path);
    }
    expect((await get(ann.cookie, `/api/v1/practice/${made.id}`)).json).toEqual(made);
  });

  it('answers 404 for another person’s entry, and changes nothing', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const [skill] = await skills('Incident response');
    const made = await practise(ann.cookie, { skillIds: [skill] });
    expectError(await get(bob.cookie, `/api/v1/practice/${made.id}`), 404, 'not_found');
    expectError(await patch(bob.cookie, made.id, { title: 'Mine now' }), 404, 'not_found');
    expectError(await patch(bob.cookie, made.id, { date: '2099-01-01', skillIds: ['x'] }), 404, 'not_found');
    expectError(await del(bob.cookie, made.id), 404, 'not_found');
    expect((await get(bob.cookie, '/api/v1/practice')).json.items).toEqual([]);
    expect((await get(ann.cookie, `/api/v1/practice/${made.id}`)).json).toEqual(made);
    expect((await del(ann.cookie, made.id)).status).toBe(204);
    expectError(await get(ann.cookie, `/api/v1/practice/${made.id}`), 404, 'not_found');
  });

  it('feeds its goal: 45 minutes as 0.75 hours; edits and deletes follow; the check-in is not changed alone', async () => {
    const { cookie } = await signUp(t.app);
    const [skill] = await skills('Public speaking');
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 20) });
    const other = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('minutes', 600) });
    const entry = await practise(cookie, {
      minutes: 45,
      title: 'Meetup talk',
      skillIds: [skill],
      goalId: goal.id,
    });
    const checkIns = async (goalId: string) =>
      (await get(cookie, `/api/v1/goals/${goalId}/check-ins`)).json.items as {
        id: string;
        value: number;
        date: string;
        note: string;
        source: unknown;
      }[];
    const [checkIn] = await checkIns(goal.id);
    expect(entry.checkIn).toEqual({ id: checkIn!.id, goalId: goal.id, value: 0.75 });
    expect(checkIn).toMatchObject({
      date: '2027-05-01',
      value: 0.75,
      note: 'Practice: Meetup talk',
      source: { type: 'practice', id: entry.id },
    });
    expect((await getGoal(t.app, cookie, goal.id)).json.progress.current).toBe(0.75);

    expectError(
      await call(t.app, {
        method: 'PATCH',
        url: `/api/v1/check-ins/${checkIn!.id}`,
        cookie,
        body: { note: 'x' },
      }),
      409,
      'conflict',
    );
    const refused = await call(t.app, { method: 'DELETE', url: `/api/v1/check-ins/${checkIn!.id}`, cookie });
    expectError(refused, 409, 'conflict');
    expect(refused.json.error.message).toBe(
      'This check-in was recorded from an entry of your practice log; change or delete that entry instead.',
    );

    // 90 minutes on the 2nd: the same check-in, 1.5 hours.
    const longer = bodyOf(await patch(cookie, entry.id, { minutes: 90, date: '2027-05-02' }), 200, 'patch');
    expect(longer.checkIn).toEqual({ id: checkIn!.id, goalId: goal.id, value: 1.5 });
    expect(await checkIns(goal.id)).toMatchObject([{ id: checkIn!.id, date: '2027-05-02', value: 1.5 }]);
    // To a goal in minutes: moved, 90.
    const moved = bodyOf(await patch(cookie, entry.id, { goalId: other.id }), 200, 'move');
    expect(moved.checkIn).toEqual({ id: checkIn!.id, goalId: other.id, value: 90 });
    expect(await checkIns(goal.id)).toEqual([]);
    expect((await get(cookie, '/api/v1/practice')).json.items).toEqual([moved]);
    expect((await del(cookie, entry.id)).status).toBe(204);
    expect(await checkIns(other.id)).toEqual([]);
  });
});
