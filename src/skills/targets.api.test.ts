// Assessments, target roles, the gap and the plan through the API, on both databases. Levels and
// priorities are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { addCatalogueRole, addCatalogueSkills } from '../../test/catalogue.ts';
import { createGoal, NOON_2027_05_15 } from '../../test/factories.ts';
import { call, DIALECTS, expectError, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('skills and target roles on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const get = (cookie: string, url: string) => call(t.app, { url, cookie });
  const post = (cookie: string, url: string, body: unknown) =>
    call(t.app, { method: 'POST', url, cookie, body });
  const del = (cookie: string, url: string) => call(t.app, { method: 'DELETE', url, cookie });
  const assess = async (cookie: string, skillId: string, body: Record<string, unknown>) => {
    const res = await post(cookie, `/api/v1/skills/${skillId}/assessments`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };

  /** Rust 4 (importance 5), SQL 3 (4), Leadership 3 (2), Git 2 (3): a role of four requirements. */
  async function backendRole() {
    const names = ['Rust Lang', 'SQL Queries', 'Team Leadership', 'Git Flow'];
    // The skills are the instance's: added once, shared by every test of this database.
    const existing = await t.rows<{ id: string; name: string }>(
      'select id, name from skills where owner_id is null',
    );
    const ids =
      existing.filter((r) => names.includes(r.name)).length === names.length
        ? names.map((n) => existing.find((r) => r.name === n)!.id)
        : await addCatalogueSkills(
            t,
            names.map((name) => ({ name, kind: name === 'Team Leadership' ? 'soft' : 'hard' })),
          );
    const [rust, sql, lead, git] = ids;
    const roleId = await addCatalogueRole(t, {
      title: 'Backend Engineer',
      requirements: [
        { skillId: rust!, level: 4, importance: 5 },
        { skillId: sql!, level: 3, importance: 4 },
        { skillId: lead!, level: 3, importance: 2 },
        { skillId: git!, level: 2, importance: 3 },
      ],
    });
    return { rust: rust!, sql: sql!, lead: lead!, git: git!, roleId };
  }

  describe('assessments', () => {
    it('records levels by any source, lists a skill’s history oldest first, and sums up my skills', async () => {
      const { cookie } = await signUp(t.app);
      const { rust, sql } = await backendRole();
      await assess(cookie, rust, { level: 2, source: 'self', date: '2027-03-01', note: 'First try' });
      const same1 = await assess(cookie, rust, { level: 4, source: 'self', date: '2027-04-01' });
      const same2 = await assess(cookie, rust, { level: 3, source: 'self', date: '2027-04-01' });
      await assess(cookie, rust, { level: 3, source: 'mentor', assessor: 'Dana', date: '2027-05-02' });
      const today = await assess(cookie, sql, { level: 2, source: 'peer' });
      expect(today.date).toBe('2027-05-15'); // today, by default

      const history = (await get(cookie, `/api/v1/skills/${rust}/assessments`)).json.items;
      expect(history.map((a: { date: string; level: number }) => [a.date, a.level])).toEqual([
        ['2027-03-01', 2],
        ['2027-04-01', 4],
        ['2027-04-01', 3],
        ['2027-05-02', 3],
      ]);
      expect(history[0]).toMatchObject({ source: 'self', assessor: null, note: 'First try' });
      expect(history[3]).toMatchObject({ source: 'mentor', assessor: 'Dana' });
      expect([same1.id, same2.id]).toEqual([history[1].id, history[2].id]);

      // Rust: the later of the two on 04-01 (3) is the current level; Dana's 3 is the mentor's view.
      // SQL: only a peer's view, no level of my own.
      const mine = (await get(cookie, '/api/v1/me/skills')).json.items;
      expect(mine).toEqual([
        {
          skill: { id: rust, name: 'Rust Lang', kind: 'hard', category: null },
          current: 3,
          views: { mentor: 3, manager: null, peer: null },
          lastAssessedOn: '2027-05-02',
        },
        {
          skill: { id: sql, name: 'SQL Queries', kind: 'hard', category: null },
          current: null,
          views: { mentor: null, manager: null, peer: 2 },
          lastAssessedOn: '2027-05-15',
        },
      ]);
    });

    it('refuses a future date, a level outside 0–5 and an unknown source; deletes only one’s own', async () => {
      const ann = await signUp(t.app);
      const bob = await signUp(t.app);
      const { rust } = await backendRole();
      expectInvalid(
        await post(ann.cookie, `/api/v1/skills/${rust}/assessments`, {
          level: 3,
          source: 'self',
          date: '2027-05-16',
        }),
        'date',
      );
      expectInvalid(
        await post(ann.cookie, `/api/v1/skills/${rust}/assessments`, { level: 6, source: 'self' }),
        'level',
      );
      expectInvalid(
        await post(ann.cookie, `/api/v1/skills/${rust}/assessments`, { level: 3, source: 'boss' }),
        'source',
      );
      expectError(
        await post(ann.cookie, '/api/v1/skills/no-such-skill/assessments', { level: 3, source: 'self' }),
        404,
        'not_found',
      );
      const mine = await assess(ann.cookie, rust, { level: 3, source: 'self' });
      expectError(await del(bob.cookie, `/api/v1/assessments/${mine.id}`), 404, 'not_found');
      expect((await get(bob.cookie, `/api/v1/skills/${rust}/assessments`)).json.items).toEqual([]);
      expect((await del(ann.cookie, `/api/v1/assessments/${mine.id}`)).status).toBe(204);
      expect((await get(ann.cookie, '/api/v1/me/skills')).json.items).toEqual([]);
      // Another person's own skill is not there to assess.
      const bobs = (await post(bob.cookie, '/api/v1/skills', { name: 'Bob Only Skill', kind: 'hard' })).json;
      expectError(
        await post(ann.cookie, `/api/v1/skills/${bobs.id}/assessments`, { level: 1, source: 'self' }),
        404,
        'not_found',
      );
    });

    it('checks a self-assessment in on the active level goals that develop the skill, and on no other goal', async () => {
      const { cookie } = await signUp(t.app);
      const { rust, sql } = await backendRole();
      const level = (baseline: number, target: number) => ({
        unit: 'level',
        baseline,
        target,
        aggregation: 'last',
      });
      const dates = { startDate: '2027-01-01', dueDate: '2027-12-31' };
      const rustGoal = await createGoal(t.app, cookie, {
        title: 'Rust to 4',
        ...dates,
        metric: level(1, 4),
        skillIds: [rust],
      });
      const both = await createGoal(t.app, cookie, {
        title: 'Rust and SQL',
        ...dates,
        metric: level(1, 4),
        skillIds: [sql, rust],
      });
      const paused = await createGoal(t.app, cookie, {
        title: 'Paused Rust',
        ...dates,
        metric: level(1, 4),
        skillIds: [rust],
        state: 'paused',
      });
      const hours = await createGoal(t.app, cookie, {
        title: 'Rust hours',
        ...dates,
        metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
        skillIds: [rust],
      });
      const later = await createGoal(t.app, cookie, {
        title: 'Rust from June',
        startDate: '2027-06-01',
        dueDate: '2027-12-31',
        metric: level(1, 4),
        skillIds: [rust],
      });
      const other = await createGoal(t.app, cookie, {
        title: 'SQL only',
        ...dates,
        metric: level(1, 4),
        skillIds: [sql],
      });

      await assess(cookie, rust, { level: 3, source: 'self', date: '2027-05-10' });
      await assess(cookie, rust, { level: 4, source: 'mentor', date: '2027-05-11' }); // not a self-assessment
      const checkIns = async (goalId: string) =>
        (await get(cookie, `/api/v1/goals/${goalId}/check-ins`)).json.items.map(
          (c: { date: string; value: number }) => [c.date, c.value],
        );
      expect(await checkIns(rustGoal.id)).toEqual([['2027-05-10', 3]]);
      expect(await checkIns(both.id)).toEqual([['2027-05-10', 3]]);
      for (const g of [paused, hours, later, other]) expect(await checkIns(g.id)).toEqual([]);
      // The goal now stands at level 3 of 1 → 4.
      expect((await get(cookie, `/api/v1/goals/${rustGoal.id}`)).json.progress.current).toBe(3);
      const note = (await get(cookie, `/api/v1/goals/${rustGoal.id}/check-ins`)).json.items[0].note;
      expect(note).toBe('Self-assessed competent in Rust Lang.');
    });
  });

  describe('targets, gap and plan', () => {
    it('works out the gap and readiness against my levels, highest priority first', async () => {
      const { cookie } = await signUp(t.app);
      const { rust, sql, lead, git, roleId } = await backendRole();
      await assess(cookie, rust, { level: 2, source: 'self' });
      await assess(cookie, sql, { level: 3, source: 'self' });
      await assess(cookie, git, { level: 4, source: 'self' });
      await assess(cookie, lead, { level: 2, source: 'manager', assessor: 'Sam' }); // a view, not my level
      const target = await post(cookie, '/api/v1/targets', { roleId, targetDate: '2027-12-31' });
      expect(target.status).toBe(201);
      // Met: 5·2 + 4·3 + 2·0 + 3·min(4, 2) = 28 of 5·4 + 4·3 + 2·3 + 3·2 = 44.
      expect(target.json).toMatchObject({
        targetDate: '2027-12-31',
        role: { title: 'Backend Engineer', requirementCount: 4 },
      });
      expect(target.json.readiness).toBeCloseTo(28 / 44, 12);

      const gap = (await get(cookie, `/api/v1/targets/${target.json.id}/gap`)).json;
      expect(gap.readiness).toBeCloseTo(28 / 44, 12);
      // Rust: gap 2, priority 10; Leadership: 3 − 0 = 3, priority 6 (the manager's 2 is only a view);
      // SQL and Git: no gap, SQL first by importance.
      expect(
        gap.items.map((i: { skill: { name: string }; current: number; gap: number; priority: number }) => [
          i.skill.name,
          i.current,
          i.gap,
          i.priority,
        ]),
      ).toEqual([
        ['Rust Lang', 2, 2, 10],
        ['Team Leadership', 0, 3, 6],
        ['SQL Queries', 3, 0, 0],
        ['Git Flow', 4, 0, 0],
      ]);
      expect(gap.items[1]).toMatchObject({
        required: 3,
        importance: 2,
        views: { mentor: null, manager: 2, peer: null },
      });
      expect((await get(cookie, '/api/v1/targets')).json.items.map((x: { id: string }) => x.id)).toEqual([
        target.json.id,
      ]);
    });

    it('keeps ten targets at most, each role once, dates today or later, roles the person can see', async () => {
      const ann = await signUp(t.app);
      const bob = await signUp(t.app);
      const roles = await Promise.all(
        Array.from({ length: 11 }, (_, i) => addCatalogueRole(t, { title: `Role ${i}` })),
      );
      for (const roleId of roles.slice(0, 10))
        expect((await post(ann.cookie, '/api/v1/targets', { roleId })).status).toBe(201);
      expectError(await post(ann.cookie, '/api/v1/targets', { roleId: roles[10] }), 409, 'conflict');
      expectError(
        await post(bob.cookie, '/api/v1/targets', { roleId: roles[0] }).then(async (r) => {
          expect(r.status).toBe(201);
          return post(bob.cookie, '/api/v1/targets', { roleId: roles[0] });
        }),
        409,
        'conflict',
      );
      expectInvalid(
        await post(bob.cookie, '/api/v1/targets', { roleId: roles[1], targetDate: '2027-05-14' }),
        'targetDate',
      );
      const annRole = (await post(ann.cookie, '/api/v1/roles', { title: 'Ann’s own role', requirements: [] }))
        .json;
      expectInvalid(await post(bob.cookie, '/api/v1/targets', { roleId: annRole.id }), 'roleId');
      // Another person's target is not there.
      const annTargets = (await get(ann.cookie, '/api/v1/targets')).json.items;
      expect(annTargets).toHaveLength(10);
      expectError(await get(bob.cookie, `/api/v1/targets/${annTargets[0].id}/gap`), 404, 'not_found');
      expectError(await del(bob.cookie, `/api/v1/targets/${annTargets[0].id}`), 404, 'not_found');
      expect((await del(ann.cookie, `/api/v1/targets/${annTargets[0].id}`)).status).toBe(204);
      expect((await post(ann.cookie, '/api/v1/targets', { roleId: roles[10] })).status).toBe(201);
    });

    it('proposes a plan that saves nothing, and accepting it creates the goals, slices and steps at once', async () => {
      const { cookie } = await signUp(t.app);
      const { rust, sql, git, lead, roleId } = await backendRole();
      await assess(cookie, rust, { level: 2, source: 'self' });
      await assess(cookie, sql, { level: 3, source: 'self' });
      await assess(cookie, git, { level: 4, source: 'self' });
      const target = (await post(cookie, '/api/v1/targets', { roleId })).json;
      const goalsBefore = (await get(cookie, '/api/v1/goals')).json.items;

      const plan = await post(cookie, `/api/v1/targets/${target.id}/plan`, {});
      expect(plan.status).toBe(200);
      // Without a target date: a year from today, 2028-05-15. Rust 2 → 4 in quarters joined until a
      // whole level is reached (worked out in domain/gap.test.ts): Q2–Q3 2027 to 3, Q4 2027–Q2 2028 to 4.
      expect(plan.json.goals.map((g: { goal: { title: string } }) => g.goal.title)).toEqual([
        'Reach proficient in Rust Lang',
        'Reach competent in Team Leadership',
      ]);
      expect(plan.json.goals[0].goal).toEqual({
        title: 'Reach proficient in Rust Lang',
        category: 'skill',
        startDate: '2027-05-15',
        dueDate: '2028-05-15',
        metric: { unit: 'level', baseline: 2, target: 4, aggregation: 'last' },
        skillIds: [rust],
      });
      expect(
        plan.json.goals[0].slices.map((s: { title: string; dueDate: string }) => [s.title, s.dueDate]),
      ).toEqual([
        ['Reach proficient in Rust Lang — Q2–Q3 2027', '2027-09-30'],
        ['Reach proficient in Rust Lang — Q4 2027–Q2 2028', '2028-05-15'],
      ]);
      expect((await get(cookie, '/api/v1/goals')).json.items).toEqual(goalsBefore);
      const one = await post(cookie, `/api/v1/targets/${target.id}/plan`, { maxSkills: 1, period: 'month' });
      expect(one.json.goals).toHaveLength(1);
      expectInvalid(await post(cookie, `/api/v1/targets/${target.id}/plan`, { maxSkills: 11 }), 'maxSkills');

      // SQL has no gap: accepting it is refused, and nothing is created.
      expectInvalid(
        await post(cookie, `/api/v1/targets/${target.id}/plan/accept`, { skillIds: [rust, sql] }),
        'skillIds.1',
      );
      expect((await get(cookie, '/api/v1/goals')).json.items).toEqual(goalsBefore);

      const accepted = await post(cookie, `/api/v1/targets/${target.id}/plan/accept`, {
        skillIds: [rust, lead],
      });
      expect(accepted.status).toBe(201);
      const [rustGoal] = accepted.json.goals;
      expect(rustGoal).toMatchObject({
        title: 'Reach proficient in Rust Lang',
        category: 'skill',
        skillIds: [rust],
        metric: { unit: 'level', baseline: 2, target: 4, aggregation: 'last' },
        childCount: 4, // two slices and two steps
      });
      const children = (await get(cookie, `/api/v1/goals?parentId=${rustGoal.id}`)).json.items;
      expect(
        children.map((c: { title: string; dueDate: string; metric: unknown }) => [
          c.title,
          c.dueDate,
          c.metric !== null,
        ]),
      ).toEqual([
        ['Reach proficient in Rust Lang — Q2–Q3 2027', '2027-09-30', true],
        ['Reach proficient in Rust Lang — Q4 2027–Q2 2028', '2028-05-15', true],
        // The learning step is due with the first slice, the practice step with the goal.
        ['Learn Rust Lang: a course, a book or a guided tutorial', '2027-09-30', false],
        ['Practise Rust Lang on a real piece of work', '2028-05-15', false],
      ]);
      // Goals that develop Rust, found by skill.
      const byRust = (await get(cookie, `/api/v1/goals?skillId=${rust}`)).json.items;
      expect(byRust.map((g: { id: string }) => g.id)).toEqual([rustGoal.id]);
    });
  });
});
