// Walks every route the API has (read from the contracts the app registered, so a route added later
// is walked without a test of its own) as a second person, with the first person's ids: each route
// that takes an id answers 404, exactly as for an id that does not exist, and changes nothing.
import { describe, expect, it } from 'vitest';
import { validBody } from '../../../test/arbitrary.ts';
import {
  addCheckIn,
  breakDown,
  createGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../../test/factories.ts';
import {
  bodyOf,
  call,
  createToken,
  DIALECTS,
  expectError,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { fixedClock } from '../clock.ts';

describe.each(DIALECTS)('another person’s ids on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  /** A learning activity fed into `goalId`, a log entry on it and a practice entry: their ids. */
  async function writeLearning(cookie: string, goalId: string): Promise<string[]> {
    const post = async (url: string, body: unknown) =>
      bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, url);
    const [skill] = bodyOf(await call(t.app, { url: '/api/v1/skills?limit=1', cookie }), 200, 'skills').items;
    const activity = await post('/api/v1/learning', {
      kind: 'course',
      title: 'A course',
      goalId,
      skillIds: [skill.id],
    });
    const entry = await post(`/api/v1/learning/${activity.id}/log`, { date: '2027-02-02', minutes: 60 });
    const practice = await post('/api/v1/practice', {
      date: '2027-02-03',
      minutes: 30,
      title: 'Practice',
      skillIds: [skill.id],
      goalId,
    });
    return [activity.id, entry.id, practice.id];
  }

  /** A contact and an interaction with it that checks in on `goalId`: their ids. */
  async function writeNetwork(cookie: string, goalId: string): Promise<string[]> {
    const post = async (url: string, body: unknown) =>
      bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, url);
    const contact = await post('/api/v1/contacts', { name: 'A contact', roles: ['mentor'] });
    const interaction = await post('/api/v1/interactions', {
      date: '2027-02-04',
      kind: 'meeting',
      contactIds: [contact.id],
      followUpOn: '2027-02-11',
      goalId,
    });
    return [contact.id, interaction.id];
  }

  /**
   * A mentorship with `contactId` (active at once, the owner's alone), an invitation to an e-mail
   * without an account, a session (which logs an interaction with the contact), an action item
   * on `goalId` and a comment on a goal shared with mentors: their ids and the shared goal's.
   */
  async function writeMentoring(cookie: string, goalId: string, contactId: string): Promise<string[]> {
    const post = async (url: string, body: unknown) =>
      bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, url);
    const shared = await createGoal(t.app, cookie, { title: 'Shared with mentors', visibility: 'mentors' });
    const mentorship = await post('/api/v1/mentorships', { myRole: 'mentee', with: { contactId } });
    const invitation = await post('/api/v1/mentorships', {
      myRole: 'mentee',
      with: { email: `nobody-${Date.now()}@example.com` },
    });
    const base = `/api/v1/mentorships/${mentorship.id}`;
    const session = await post(`${base}/sessions`, { date: '2027-02-05', privateNotes: 'Mine' });
    const item = await post(`${base}/action-items`, { title: 'Read a chapter', assignee: 'mentee', goalId });
    const comment = await post(`${base}/comments`, { goalId: shared.id, text: 'On track' });
    return [mentorship.id, invitation.id, session.id, item.id, comment.id, shared.id];
  }

  it('answer 404 on every route that takes an id, and change nothing', async () => {
    const owner = await signUp(t.app);
    const goal = await createGoal(t.app, owner.cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const [slice] = await breakDown(t.app, owner.cookie, goal.id, 'quarter');
    const checkIn = await addCheckIn(t.app, owner.cookie, slice!.id, '2027-02-01', 3);
    const token = await createToken(t.app, owner.cookie);
    const learned = await writeLearning(owner.cookie, goal.id);
    const network = await writeNetwork(owner.cookie, goal.id);
    // A feedback request to her contact, about her goal.
    const feedback = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/feedback-requests',
        cookie: owner.cookie,
        body: { to: { contactId: network[0] }, about: { goalId: goal.id }, questions: ['How am I doing?'] },
      }),
      201,
      'feedback request',
    );
    const mentoring = await writeMentoring(owner.cookie, goal.id, network[0]!);
    const ids = [goal.id, slice!.id, checkIn.id, token.id, ...learned, ...network, feedback.id, ...mentoring];
    const stored = async () => [
      ...(await Promise.all(
        [
          'goals',
          'check_ins',
          'api_tokens',
          'learning_activities',
          'learning_log',
          'practice_entries',
          'contacts',
          'interactions',
          'interaction_contacts',
          'feedback_requests',
          // Ordered by their first columns: interaction_contacts has no id of its own.
        ].map((table) =>
          t.rows(`select * from ${table} where owner_id = ? order by 1, 2, 3`, [owner.user.id]),
        ),
      )),
      // The mentoring tables are the instance's: the owner's rows are those she made.
      await t.rows('select * from mentorships where creator_id = ? order by id', [owner.user.id]),
      ...(await Promise.all(
        ['mentoring_sessions', 'action_items', 'goal_comments'].map((table) =>
          t.rows(`select * from ${table} where author_id = ? order by id`, [owner.user.id]),
        ),
      )),
    ];
    const before = await stored();

    const stranger = await signUp(t.app);
    const routes = t.app.endpoints.filter((e) => e.path.includes(':id'));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    let walked = 0;
    for (const [i, endpoint] of routes.entries()) {
      const body = validBody(endpoint.body, i + 1);
      for (const id of ids) {
        const res = await call(t.app, {
          method: endpoint.method,
          url: endpoint.path.replace(':id', id),
          cookie: stranger.cookie,
          ...(body !== undefined ? { body } : {}),
        });
        expect({ route: `${endpoint.method} ${endpoint.path}`, id, status: res.status }).toMatchObject({
          status: 404,
        });
        expectError(res, 404, 'not_found');
        walked += 1;
      }
    }
    expect(walked).toBe(routes.length * ids.length);
    expect(await stored()).toEqual(before);
  });

  it('answers the same 404 for another person’s goal as for one that never existed', async () => {
    const owner = await signUp(t.app);
    const goal = await createGoal(t.app, owner.cookie, {
      title: 'Shared with the organization',
      visibility: 'organization',
    });
    const stranger = await signUp(t.app);
    const theirs = await call(t.app, { url: `/api/v1/goals/${goal.id}`, cookie: stranger.cookie });
    const nobodys = await call(t.app, {
      url: '/api/v1/goals/01a00000-0000-7000-8000-000000000000',
      cookie: stranger.cookie,
    });
    expect({ status: theirs.status, message: theirs.json.error.message }).toEqual({
      status: nobodys.status,
      message: nobodys.json.error.message,
    });
  });
});
