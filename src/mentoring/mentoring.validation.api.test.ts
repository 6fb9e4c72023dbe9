// Every kind of bad input to the mentoring endpoints, on both databases: a 400 that names the
// field, whatever is wrong with it, and never a 5xx.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { activeMentorship, type Someone } from '../../test/mentoring.ts';
import { fixedClock } from '../platform/clock.ts';

type Case = [what: string, body: unknown, path: string];

const long = (n: number) => 'x'.repeat(n);
const twentyOne = Array.from({ length: 21 }, (_, i) => `skill-${i}`);

const MENTORSHIP: Case[] = [
  ['an unknown role', { myRole: 'boss', with: { email: 'a@example.com' } }, 'myRole'],
  ['no role', { with: { email: 'a@example.com' } }, 'myRole'],
  ['no one to be with', { myRole: 'mentee' }, 'with'],
  ['someone who is neither an e-mail nor a contact', { myRole: 'mentee', with: {} }, 'with'],
  ['an e-mail that is not one', { myRole: 'mentee', with: { email: 'not-an-email' } }, 'with.email'],
  [
    'both an e-mail and a contact',
    { myRole: 'mentee', with: { email: 'a@example.com', contactId: 'c' } },
    'with',
  ],
  ['an empty focus', { myRole: 'mentee', with: { email: 'a@example.com' }, focus: '   ' }, 'focus'],
  ['too long a focus', { myRole: 'mentee', with: { email: 'a@example.com' }, focus: long(1_001) }, 'focus'],
  [
    'a skill listed twice',
    { myRole: 'mentee', with: { email: 'a@example.com' }, skillIds: ['s', 's'] },
    'skillIds.1',
  ],
  [
    'too many skills',
    { myRole: 'mentee', with: { email: 'a@example.com' }, skillIds: twentyOne },
    'skillIds',
  ],
  [
    'a goal id that is not text',
    { myRole: 'mentee', with: { email: 'a@example.com' }, goalIds: [5] },
    'goalIds.0',
  ],
  [
    'a cadence of no days',
    { myRole: 'mentee', with: { email: 'a@example.com' }, cadenceDays: 0 },
    'cadenceDays',
  ],
  [
    'a cadence over a year',
    { myRole: 'mentee', with: { email: 'a@example.com' }, cadenceDays: 366 },
    'cadenceDays',
  ],
  [
    'a cadence in part days',
    { myRole: 'mentee', with: { email: 'a@example.com' }, cadenceDays: 1.5 },
    'cadenceDays',
  ],
  [
    'shareSkills that is not a boolean',
    { myRole: 'mentee', with: { email: 'a@example.com' }, shareSkills: 'yes' },
    'shareSkills',
  ],
  ['an unknown field', { myRole: 'mentee', with: { email: 'a@example.com' }, state: 'active' }, 'state'],
];

describe.each(DIALECTS)('mentoring’s refusals on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  let ann: Someone;
  let bob: Someone;
  let id: string;
  const send = (method: 'POST' | 'PATCH', url: string, body: unknown, by: Someone = ann) =>
    call(t.app, { method, url, cookie: by.cookie, body });

  beforeAll(async () => {
    ann = await signUp(t.app, { name: 'Ann' });
    bob = await signUp(t.app, { name: 'Bob' });
    id = (await activeMentorship(t.app, ann, bob)).id;
  });

  it.each(MENTORSHIP)('refuses a mentorship with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('POST', '/api/v1/mentorships', body), path);
  });

  it.each([
    ['an empty focus', { focus: '' }, 'focus'],
    ['a cadence of no days', { cadenceDays: 0 }, 'cadenceDays'],
    ['a skill listed twice', { skillIds: ['s', 's'] }, 'skillIds.1'],
    ['its role, which never changes', { myRole: 'mentor' }, 'myRole'],
    ['whom it is with, which never changes', { with: { email: 'a@example.com' } }, 'with'],
  ] as Case[])('refuses a change of a mentorship with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('PATCH', `/api/v1/mentorships/${id}`, body), path);
  });

  it.each([
    ['no date', {}, 'date'],
    ['a date that is not on the calendar', { date: '2027-02-30' }, 'date'],
    ['a date written otherwise', { date: '15/05/2027' }, 'date'],
    ['a date still to come', { date: '2027-05-16' }, 'date'],
    ['too long an agenda', { date: '2027-05-01', agenda: long(2_001) }, 'agenda'],
    ['empty notes', { date: '2027-05-01', notes: '' }, 'notes'],
    ['too long private notes', { date: '2027-05-01', privateNotes: long(20_001) }, 'privateNotes'],
    ['an unknown field', { date: '2027-05-01', authorId: 'x' }, 'authorId'],
  ] as Case[])('refuses a session with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('POST', `/api/v1/mentorships/${id}/sessions`, body), path);
  });

  it('refuses a change of a session at its field', async () => {
    const session = bodyOf(
      await send('POST', `/api/v1/mentorships/${id}/sessions`, { date: '2027-05-01' }),
      201,
      's',
    );
    const url = `/api/v1/mentoring-sessions/${session.id}`;
    expectInvalid(await send('PATCH', url, { date: '2027-06-01' }), 'date');
    expectInvalid(await send('PATCH', url, { date: null }), 'date');
    expectInvalid(await send('PATCH', url, { agenda: 7 }), 'agenda');
  });

  it.each([
    ['no title', { assignee: 'mentee' }, 'title'],
    ['an empty title', { title: ' ', assignee: 'mentee' }, 'title'],
    ['too long a title', { title: long(201), assignee: 'mentee' }, 'title'],
    ['no assignee', { title: 'Read' }, 'assignee'],
    ['an assignee who is neither side', { title: 'Read', assignee: 'manager' }, 'assignee'],
    ['a due date not on the calendar', { title: 'Read', assignee: 'mentee', dueOn: '2027-13-01' }, 'dueOn'],
    ['a goal nobody has', { title: 'Read', assignee: 'mentee', goalId: 'no-such-goal' }, 'goalId'],
    ['a goal id too long to be one', { title: 'Read', assignee: 'mentee', goalId: long(65) }, 'goalId'],
  ] as Case[])('refuses an action item with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('POST', `/api/v1/mentorships/${id}/action-items`, body), path);
  });

  it('refuses a change of an action item at its field', async () => {
    const item = bodyOf(
      await send('POST', `/api/v1/mentorships/${id}/action-items`, { title: 'Read', assignee: 'mentee' }),
      201,
      'item',
    );
    const url = `/api/v1/action-items/${item.id}`;
    expectInvalid(await send('PATCH', url, { done: 'yes' }), 'done');
    expectInvalid(await send('PATCH', url, { title: '' }), 'title');
    expectInvalid(await send('PATCH', url, { dueOn: '2027-02-29' }), 'dueOn');
    expectInvalid(await send('PATCH', url, { goalId: 'x' }), 'goalId');
  });

  it.each([
    ['no goal', { text: 'Nice' }, 'goalId'],
    ['a goal nobody has', { goalId: 'no-such-goal', text: 'Nice' }, 'goalId'],
    ['no text', { goalId: 'g' }, 'text'],
    ['too long a text', { goalId: 'g', text: long(4_001) }, 'text'],
  ] as Case[])('refuses a comment with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('POST', `/api/v1/mentorships/${id}/comments`, body, bob), path);
  });

  it.each([
    ['no skill', { level: 3 }, 'skillId'],
    ['a skill nobody has', { skillId: 'no-such-skill', level: 3 }, 'skillId'],
    ['a level above 5', { skillId: 's', level: 6 }, 'level'],
    ['a level in part', { skillId: 's', level: 2.5 }, 'level'],
    ['too long a note', { skillId: 's', level: 3, note: long(2_001) }, 'note'],
  ] as Case[])('refuses an assessment with %s at its field', async (_what, body, path) => {
    expectInvalid(await send('POST', `/api/v1/mentorships/${id}/assessments`, body, bob), path);
  });

  it('refuses bad queries and ids at their names', async () => {
    const get = (url: string) => call(t.app, { url, cookie: ann.cookie });
    expectInvalid(await get('/api/v1/mentorships?state=paused'), 'state');
    expectInvalid(await get('/api/v1/mentorships?role=boss'), 'role');
    expectInvalid(await get('/api/v1/mentorships?page=2'), 'page');
    expectInvalid(await get('/api/v1/action-items?open=yes'), 'open');
    expectInvalid(await get(`/api/v1/action-items?mentorshipId=${long(65)}`), 'mentorshipId');
    expectInvalid(await get(`/api/v1/mentorships/${long(65)}`), 'id');
    expectInvalid(await get(`/api/v1/goals/${long(65)}/comments`), 'id');
    // Nothing above reached a handler that could fail: and none of it was a 5xx.
    expect((await get('/api/v1/mentorships')).status).toBe(200);
  });
});
