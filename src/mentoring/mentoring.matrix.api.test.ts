// Who may do what, on both databases: every endpoint of the mentoring contract (read from the
// contract itself, so one added later fails here until it has a row) against every kind of person
// there is to a mentorship. Each cell's status is the table in index.ts; a refused request changes
// nothing stored: not the mentorships, their sessions, items and comments, nor the mentees' goals,
// check-ins and assessments, nor anyone's interactions.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorshipApi } from '../../shared/mentoring/mentoring.contract.ts';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createGoal, NOON_2027_05_15 } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { act, activeMentorship, createMentorship, type Someone } from '../../test/mentoring.ts';
import { fixedClock } from '../platform/clock.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';

const ROLES = [
  'mentee',
  'mentor',
  'invitee',
  'inviter',
  'endedMentee',
  'endedMentor',
  'third',
  'anonymous',
] as const;
type Role = (typeof ROLES)[number];
type Endpoint = keyof typeof mentorshipApi;

/** The status of each cell, in the order of ROLES. */
const EXPECTED: Record<Endpoint, readonly [number, number, number, number, number, number, number, number]> =
  {
    //                 mentee mentor invitee inviter endedMentee endedMentor third anonymous
    list: /*        */ [200, 200, 200, 200, 200, 200, 200, 401],
    get: /*         */ [200, 200, 200, 200, 200, 200, 404, 401],
    create: /*      */ [201, 201, 201, 201, 201, 201, 201, 401],
    update: /*      */ [200, 200, 404, 409, 409, 409, 404, 401],
    accept: /*      */ [409, 409, 200, 403, 409, 409, 404, 401],
    decline: /*     */ [409, 409, 200, 403, 409, 409, 404, 401],
    end: /*         */ [200, 200, 404, 200, 409, 409, 404, 401],
    shared: /*      */ [200, 200, 404, 404, 404, 404, 404, 401],
    sessions: /*    */ [200, 200, 404, 200, 200, 200, 404, 401],
    createSession: /**/ [201, 201, 404, 409, 409, 409, 404, 401],
    // The session and item are the mentee's (an invitation has none: its people meet the active one's).
    updateSession: /**/ [200, 403, 404, 404, 409, 409, 404, 401],
    removeSession: /**/ [204, 403, 404, 404, 409, 409, 404, 401],
    actionItems: /* */ [200, 200, 404, 200, 200, 200, 404, 401],
    createActionItem: [201, 201, 404, 409, 409, 409, 404, 401],
    myActionItems: /**/ [200, 200, 200, 200, 200, 200, 200, 401],
    updateActionItem: [200, 200, 404, 404, 409, 409, 404, 401],
    removeActionItem: [204, 403, 404, 404, 409, 409, 404, 401],
    comment: /*     */ [201, 201, 404, 409, 409, 409, 404, 401],
    // Under her own goal, to its owner alone.
    goalComments: /**/ [200, 404, 404, 404, 200, 404, 404, 401],
    assess: /*      */ [403, 201, 404, 409, 409, 409, 404, 401],
  };

/** One request of a cell: who sends it (null: nobody signed in), the id in its path, its body. */
interface Cell {
  as: Someone | null;
  id?: string;
  body?: unknown;
}

describe.each(DIALECTS)('who may do what to a mentorship on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const people = {} as Record<Exclude<Role, 'anonymous'>, Someone>;
  const ids = {} as Record<
    'active' | 'invited' | 'ended' | 'annGoal' | 'caraGoal' | 'caraSession' | 'caraItem' | 'skill',
    string
  >;
  let counter = 0;
  const fresh = () => `matrix-${Date.now().toString(36)}-${counter++}@example.com`;
  const post = async (by: Someone, url: string, body: unknown) =>
    bodyOf(await call(t.app, { method: 'POST', url, cookie: by.cookie, body }), 201, url);

  let database: Database;
  afterAll(() => database.close());

  beforeAll(async () => {
    database = openDatabase(t.config.database);
    for (const role of [
      'mentee',
      'mentor',
      'invitee',
      'inviter',
      'endedMentee',
      'endedMentor',
      'third',
    ] as const)
      people[role] = await signUp(t.app, { name: role });
    const { mentee: ann, mentor: bob, invitee: ivy, inviter: pat } = people;
    const { endedMentee: cara, endedMentor: dan } = people;
    ids.skill = (await addCatalogueSkills(t, [{ name: 'Matrix skill' }]))[0]!;
    ids.annGoal = (await createGoal(t.app, ann.cookie, { title: 'Ann shares', visibility: 'mentors' })).id;
    await createGoal(t.app, ann.cookie, { title: 'Ann keeps', visibility: 'private' });
    ids.active = (await activeMentorship(t.app, ann, bob, { shareSkills: true, goalIds: [ids.annGoal] })).id;
    ids.invited = (
      await createMentorship(t.app, pat, { myRole: 'mentee', with: { email: ivy.user.email } })
    ).id;

    ids.caraGoal = (await createGoal(t.app, cara.cookie, { title: 'Cara shared', visibility: 'mentors' })).id;
    ids.ended = (await activeMentorship(t.app, cara, dan, { shareSkills: true })).id;
    const ended = `/api/v1/mentorships/${ids.ended}`;
    ids.caraSession = (
      await post(cara, `${ended}/sessions`, { date: '2027-05-01', privateNotes: 'Hers' })
    ).id;
    ids.caraItem = (await post(cara, `${ended}/action-items`, { title: 'Step', assignee: 'mentee' })).id;
    await post(dan, `${ended}/comments`, { goalId: ids.caraGoal, text: 'Well done' });
    await act(t.app, cara, ids.ended, 'end');
  });

  /** The mentorship each kind of person meets. */
  const mentorshipOf = (role: Role) =>
    role === 'invitee' || role === 'inviter'
      ? ids.invited
      : role.startsWith('ended')
        ? ids.ended
        : ids.active;
  const actor = (role: Role) => (role === 'anonymous' ? null : people[role]);
  const at = (role: Role, id: string, body?: unknown): Cell => ({ as: actor(role), id, body });
  const ended = (role: Role) => role === 'endedMentee' || role === 'endedMentor';

  /** A session, or an action item, Ann adds to the active mentorship for one cell (the ended one's own). */
  const annSession = async (role: Role) =>
    ended(role)
      ? ids.caraSession
      : (await post(people.mentee, `/api/v1/mentorships/${ids.active}/sessions`, { date: '2027-05-02' })).id;
  const annItem = async (role: Role) =>
    ended(role)
      ? ids.caraItem
      : (
          await post(people.mentee, `/api/v1/mentorships/${ids.active}/action-items`, {
            title: 'Do',
            assignee: 'mentee',
          })
        ).id;

  /**
   * The request of each cell. Those that end or answer a mentorship are given one of their own,
   * so that every other cell still meets the mentorship it expects.
   */
  const CELLS: Record<Endpoint, (role: Role) => Promise<Cell>> = {
    list: async (role) => at(role, ''),
    get: async (role) => at(role, mentorshipOf(role)),
    create: async (role) => ({ as: actor(role), body: { myRole: 'mentee', with: { email: fresh() } } }),
    update: async (role) => at(role, mentorshipOf(role), { focus: 'Matrix' }),
    accept: async (role) => answerCell(role),
    decline: async (role) => answerCell(role),
    end: async (role) => {
      if (role === 'mentee' || role === 'mentor') {
        const mentee = await signUp(t.app, { name: 'Fresh mentee' });
        const mentor = await signUp(t.app, { name: 'Fresh mentor' });
        const m = await activeMentorship(t.app, mentee, mentor);
        return { as: role === 'mentee' ? mentee : mentor, id: m.id };
      }
      if (role === 'inviter')
        return at(
          role,
          (await createMentorship(t.app, people.inviter, { myRole: 'mentor', with: { email: fresh() } })).id,
        );
      return at(role, mentorshipOf(role));
    },
    shared: async (role) => at(role, mentorshipOf(role)),
    sessions: async (role) => at(role, mentorshipOf(role)),
    createSession: async (role) => at(role, mentorshipOf(role), { date: '2027-05-03', notes: 'Matrix' }),
    updateSession: async (role) => at(role, await annSession(role), { notes: 'Changed' }),
    removeSession: async (role) => at(role, await annSession(role)),
    actionItems: async (role) => at(role, mentorshipOf(role)),
    createActionItem: async (role) => at(role, mentorshipOf(role), { title: 'Matrix', assignee: 'mentor' }),
    myActionItems: async (role) => at(role, ''),
    updateActionItem: async (role) => at(role, await annItem(role), { done: true }),
    removeActionItem: async (role) => at(role, await annItem(role)),
    comment: async (role) =>
      at(role, mentorshipOf(role), { goalId: ended(role) ? ids.caraGoal : ids.annGoal, text: 'Matrix' }),
    goalComments: async (role) => at(role, ended(role) ? ids.caraGoal : ids.annGoal),
    assess: async (role) => at(role, mentorshipOf(role), { skillId: ids.skill, level: 3 }),
  };

  /** Accepting or declining: the invitee answers an invitation of her own; the others meet theirs. */
  async function answerCell(role: Role): Promise<Cell> {
    if (role !== 'invitee') return at(role, mentorshipOf(role));
    const creator = await signUp(t.app, { name: 'Another inviter' });
    const invited = await createMentorship(t.app, creator, {
      myRole: 'mentor',
      with: { email: people.invitee.user.email },
    });
    return at(role, invited.id);
  }

  /** Every row a refused request could have touched, read on a connection of the test's own. */
  const snapshot = () =>
    Promise.all(
      [
        'mentorships',
        'mentoring_sessions',
        'action_items',
        'goal_comments',
        'goals',
        'check_ins',
        'assessments',
        'interactions',
      ].map(
        async (table) => (await sql`select * from ${sql.table(table)} order by id`.execute(database.db)).rows,
      ),
    );

  it('has a row of statuses for every endpoint of the contract, and only for those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(mentorshipApi).sort());
    expect(Object.keys(CELLS).sort()).toEqual(Object.keys(mentorshipApi).sort());
  });

  for (const [name, endpoint] of Object.entries(mentorshipApi) as [
    Endpoint,
    (typeof mentorshipApi)[Endpoint],
  ][]) {
    it(`answers ${endpoint.method} ${endpoint.path} as the table says, and a refusal changes nothing`, async () => {
      const statuses: Record<string, number> = {};
      for (const role of ROLES) {
        const cell = await CELLS[name](role);
        const before = await snapshot();
        const res = await call(t.app, {
          method: endpoint.method,
          url: endpoint.path.replace(':id', cell.id ?? ''),
          ...(cell.as ? { cookie: cell.as.cookie } : {}),
          ...(cell.body !== undefined ? { body: cell.body } : {}),
        });
        statuses[role] = res.status;
        if (res.status >= 400) {
          expect(Object.keys(res.json)).toEqual(['error']);
          expect(await snapshot(), `${role}: ${endpoint.method} ${endpoint.path} changed data`).toEqual(
            before,
          );
        }
      }
      expect(statuses).toEqual(Object.fromEntries(ROLES.map((role, i) => [role, EXPECTED[name][i]])));
    });
  }

  it('shows a third person none of it, in lists either', async () => {
    const tom = people.third;
    // All he has is the invitation he sent in the cell of POST /mentorships.
    const listed = bodyOf(await call(t.app, { url: '/api/v1/mentorships', cookie: tom.cookie }), 200, 'list');
    expect(listed.items).toMatchObject([{ state: 'invited', invitedByMe: true }]);
    const items = bodyOf(
      await call(t.app, { url: '/api/v1/action-items', cookie: tom.cookie }),
      200,
      'items',
    );
    expect(items.items).toEqual([]);
  });
});
