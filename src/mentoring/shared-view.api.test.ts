// What a mentor sees of his mentee, on both databases: her goals whose visibility reaches mentors,
// with progress worked out from those alone, never a private goal nor its check-ins; her skills
// once she shares them; comments on her goals; his assessments, recorded on her skills.
import { beforeAll, describe, expect, it } from 'vitest';
import { goalApi } from '../../shared/goals/goal.contract.ts';
import { validBody } from '../../test/arbitrary.ts';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { addCheckIn, createGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { act, activeMentorship, type Someone } from '../../test/mentoring.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('the shared view on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  let ann: Someone;
  let bob: Someone;
  let mentorshipId: string;
  const goal: Record<string, string> = {};
  let skills: string[];
  const url = () => `/api/v1/mentorships/${mentorshipId}`;
  const get = (by: Someone, path: string) => call(t.app, { url: path, cookie: by.cookie });
  const post = (by: Someone, path: string, body: unknown) =>
    call(t.app, { method: 'POST', url: path, cookie: by.cookie, body });
  const shared = async (by: Someone) => bodyOf(await get(by, `${url()}/shared`), 200, 'shared');

  beforeAll(async () => {
    ann = await signUp(t.app, { name: 'Ann' });
    bob = await signUp(t.app, { name: 'Bob' });
    const books = sumMetric('books', 10);
    const make = async (key: string, extra: Record<string, unknown>) => {
      goal[key] = (await createGoal(t.app, ann.cookie, { title: key, ...YEAR_2027, ...extra })).id;
    };
    await make('private', { visibility: 'private', metric: sumMetric('h', 10) });
    await addCheckIn(t.app, ann.cookie, goal.private!, '2027-02-01', 1);
    await make('mentors', { visibility: 'mentors', metric: books });
    await addCheckIn(t.app, ann.cookie, goal.mentors!, '2027-03-01', 2);
    await make('sharedSlice', {
      visibility: 'mentors',
      metric: sumMetric('books', 4),
      parentId: goal.mentors,
    });
    await addCheckIn(t.app, ann.cookie, goal.sharedSlice!, '2027-04-01', 1);
    await make('privateSlice', {
      visibility: 'private',
      metric: sumMetric('books', 6),
      parentId: goal.mentors,
    });
    await addCheckIn(t.app, ann.cookie, goal.privateSlice!, '2027-04-02', 3, 'a secret note');
    await make('managers', { visibility: 'managers' });
    await make('organization', { visibility: 'organization' });
    await make('privateParent', { visibility: 'private' });
    await make('underPrivate', { visibility: 'organization', parentId: goal.privateParent });
    skills = await addCatalogueSkills(t, [{ name: 'Shared view skill A' }, { name: 'Shared view skill B' }]);
    for (const [skill, level] of [
      [skills[0], 2],
      [skills[1], 3],
    ] as const) {
      bodyOf(
        await post(ann, `/api/v1/skills/${skill}/assessments`, { level, source: 'self' }),
        201,
        'self-assessment',
      );
    }
    mentorshipId = (
      await activeMentorship(t.app, ann, bob, {
        goalIds: [goal.organization, goal.private],
        skillIds: [skills[1]],
      })
    ).id;
  });

  it('shows the mentor the goals shared with mentors and the organization, focus first', async () => {
    const view = await shared(bob);
    expect(view.mentorship).toMatchObject({ id: mentorshipId, myRole: 'mentor', state: 'active' });
    // Its focus names a private goal: the mentor is not told of it, not even by its id.
    expect(view.mentorship.goalIds).toEqual([goal.organization]);
    expect((await shared(ann)).mentorship.goalIds).toEqual([goal.organization, goal.private]);
    // The focus goal shared (organization) first; the private one named in the focus never shows.
    // Then the rest oldest first.
    expect(view.goals.map((g: { goal: { title: string } }) => g.goal.title)).toEqual([
      'organization',
      'mentors',
      'sharedSlice',
      'underPrivate',
    ]);
    expect(view.goals.map((g: { focus: boolean }) => g.focus)).toEqual([true, false, false, false]);
    const text = JSON.stringify(view);
    for (const hidden of ['private', 'privateSlice', 'managers', 'privateParent'])
      expect(text).not.toContain(goal[hidden]);
    expect(text).not.toContain('a secret note');
    // A shared goal under a private one shows as a top-level goal, its parent not named.
    expect(view.goals[3].goal.parentId).toBeNull();
  });

  it('works out a parent’s progress from what the mentor sees: the private slice counts for nothing', async () => {
    const view = await shared(bob);
    const mentors = view.goals.find((g: { goal: { id: string } }) => g.goal.id === goal.mentors);
    // Seen: its own check-in of 2 and the shared slice's 1, in books like it: 3 of 10.
    expect(mentors.goal).toMatchObject({
      childCount: 1,
      lastCheckInOn: '2027-04-01',
      progress: { current: 3, fraction: 0.3 },
    });
    expect(mentors.checkIns.map((c: { date: string; value: number }) => [c.date, c.value])).toEqual([
      ['2027-03-01', 2],
    ]);
    const slice = view.goals.find((g: { goal: { id: string } }) => g.goal.id === goal.sharedSlice);
    expect(slice.goal).toMatchObject({ parentId: goal.mentors, progress: { current: 1, fraction: 0.25 } });
    // Ann herself, on her own goal: 2 + 1 + 3 of 10, with both slices.
    const own = bodyOf(await get(ann, `/api/v1/goals/${goal.mentors}`), 200, 'goal');
    expect(own).toMatchObject({
      childCount: 2,
      lastCheckInOn: '2027-04-02',
      progress: { current: 6, fraction: 0.6 },
    });
  });

  it('shows the mentee exactly what her mentor sees', async () => {
    const mine = await shared(ann);
    const his = await shared(bob);
    expect(mine.mentorship.myRole).toBe('mentee');
    expect(mine.goals).toEqual(his.goals);
    expect(mine.skills).toEqual(his.skills);
  });

  it('shows her skills only once she shares them, focus first', async () => {
    expect((await shared(bob)).skills).toBeNull();
    const patch = await call(t.app, {
      method: 'PATCH',
      url: url(),
      cookie: ann.cookie,
      body: { shareSkills: true },
    });
    bodyOf(patch, 200, 'share skills');
    const view = await shared(bob);
    expect(view.skills).toMatchObject([
      {
        skill: { id: skills[1], name: 'Shared view skill B' },
        current: 3,
        focus: true,
        lastAssessedOn: '2027-05-15',
      },
      {
        skill: { id: skills[0], name: 'Shared view skill A' },
        current: 2,
        focus: false,
        views: { mentor: null },
      },
    ]);
    expect(view.skills[0].assessments).toMatchObject([{ level: 3, source: 'self', assessor: null }]);
  });

  it('records the mentor’s assessment on the mentee’s skill, with his name', async () => {
    const res = await post(bob, `${url()}/assessments`, { skillId: skills[0], level: 4, note: '  Solid  ' });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      skillId: skills[0],
      level: 4,
      source: 'mentor',
      assessor: 'Bob',
      note: 'Solid',
      date: '2027-05-15',
    });
    const history = bodyOf(await get(ann, `/api/v1/skills/${skills[0]}/assessments`), 200, 'history');
    expect(
      history.items.map((a: { source: string; assessor: string | null; level: number }) => [
        a.source,
        a.assessor,
        a.level,
      ]),
    ).toEqual([
      ['self', null, 2],
      ['mentor', 'Bob', 4],
    ]);
    const mine = bodyOf(await get(ann, '/api/v1/me/skills'), 200, 'my skills');
    expect(mine.items.find((s: { skill: { id: string } }) => s.skill.id === skills[0])).toMatchObject({
      current: 2,
      views: { mentor: 4 },
    });
    // The mentee does not assess herself here; a skill nobody sees is refused at its field.
    expectError(await post(ann, `${url()}/assessments`, { skillId: skills[0], level: 1 }), 403, 'forbidden');
    expectInvalid(await post(bob, `${url()}/assessments`, { skillId: 'no-such-skill', level: 1 }), 'skillId');
  });

  it('lets both sides comment on a shared goal, seen in the view and by her under the goal', async () => {
    const onGoal = `${url()}/comments`;
    const byBob = bodyOf(
      await post(bob, onGoal, { goalId: goal.mentors, text: 'Good pace' }),
      201,
      'comment',
    );
    expect(byBob).toEqual({
      id: expect.any(String),
      goalId: goal.mentors,
      mentorshipId,
      authorName: 'Bob',
      byMe: true,
      text: 'Good pace',
      createdAt: NOON_2027_05_15,
    });
    const byAnn = bodyOf(await post(ann, onGoal, { goalId: goal.mentors, text: 'Thanks' }), 201, 'comment');
    for (const hidden of ['private', 'privateSlice', 'managers'])
      expectInvalid(await post(bob, onGoal, { goalId: goal[hidden], text: 'Peek' }), 'goalId');
    expectInvalid(await post(ann, onGoal, { goalId: goal.private, text: 'Hidden from him' }), 'goalId');

    const view = await shared(bob);
    const onMentors = view.goals.find((g: { goal: { id: string } }) => g.goal.id === goal.mentors);
    expect(onMentors.comments.map((c: { id: string; byMe: boolean }) => [c.id, c.byMe])).toEqual([
      [byBob.id, true],
      [byAnn.id, false],
    ]);
    const under = bodyOf(await get(ann, `/api/v1/goals/${goal.mentors}/comments`), 200, 'comments');
    expect(under.items).toEqual([
      { ...byBob, byMe: false },
      { ...byAnn, byMe: true },
    ]);
    // Not his goal: under the goal, only its owner reads them.
    expectError(await get(bob, `/api/v1/goals/${goal.mentors}/comments`), 404, 'not_found');
  });

  it('never lets the mentor change or read the mentee’s goals through the goals endpoints', async () => {
    const stored = () =>
      Promise.all([
        t.rows('select * from goals where owner_id = ? order by id', [ann.user.id]),
        t.rows('select * from check_ins where owner_id = ? order by id', [ann.user.id]),
      ]);
    const before = await stored();
    const routes = Object.values(goalApi).filter((e) => e.path.includes(':id'));
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const [i, endpoint] of routes.entries()) {
      const body = validBody('body' in endpoint ? endpoint.body : undefined, i + 1);
      const res = await call(t.app, {
        method: endpoint.method,
        url: endpoint.path.replace(':id', goal.mentors!),
        cookie: bob.cookie,
        ...(body !== undefined ? { body } : {}),
      });
      expect({ route: `${endpoint.method} ${endpoint.path}`, status: res.status }).toEqual({
        route: `${endpoint.method} ${endpoint.path}`,
        status: 404,
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('shares nothing once ended, while her comments stay under her goal', async () => {
    await act(t.app, ann, mentorshipId, 'end');
    expectError(await get(bob, `${url()}/shared`), 404, 'not_found');
    expectError(await get(ann, `${url()}/shared`), 404, 'not_found');
    expectError(
      await post(bob, `${url()}/comments`, { goalId: goal.mentors, text: 'Late' }),
      409,
      'conflict',
    );
    expectError(await post(bob, `${url()}/assessments`, { skillId: skills[0], level: 5 }), 409, 'conflict');
    const under = bodyOf(await get(ann, `/api/v1/goals/${goal.mentors}/comments`), 200, 'comments');
    expect(under.items.map((c: { text: string }) => c.text)).toEqual(['Good pace', 'Thanks']);
  });

  it('shows what a mentee shares with a contact as her mentor, and nothing of a contact as mentee', async () => {
    const cy = await signUp(t.app, { name: 'Cy' });
    const mine = (await createGoal(t.app, cy.cookie, { title: 'Cy shares', visibility: 'organization' })).id;
    await createGoal(t.app, cy.cookie, { title: 'Cy keeps', visibility: 'private' });
    const contact = async (name: string) =>
      bodyOf(await post(cy, '/api/v1/contacts', { name }), 201, 'contact').id as string;
    const mentoredByMia = bodyOf(
      await post(cy, '/api/v1/mentorships', { myRole: 'mentee', with: { contactId: await contact('Mia') } }),
      201,
      'mentorship',
    );
    const asMentee = bodyOf(await get(cy, `/api/v1/mentorships/${mentoredByMia.id}/shared`), 200, 'shared');
    expect(asMentee.goals.map((g: { goal: { id: string } }) => g.goal.id)).toEqual([mine]);

    const mentoringNed = bodyOf(
      await post(cy, '/api/v1/mentorships', { myRole: 'mentor', with: { contactId: await contact('Ned') } }),
      201,
      'mentorship',
    );
    const base = `/api/v1/mentorships/${mentoringNed.id}`;
    expect(bodyOf(await get(cy, `${base}/shared`), 200, 'shared')).toMatchObject({ goals: [], skills: null });
    expectError(await post(cy, `${base}/assessments`, { skillId: skills[0], level: 2 }), 409, 'conflict');
    expectInvalid(await post(cy, `${base}/comments`, { goalId: mine, text: 'Mine' }), 'goalId');
  });
});
