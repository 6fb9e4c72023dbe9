// The calendar feed through the API, on both databases: made, replaced and revoked; fetched
// without an account and read back by ical.js, with each kind of event on the day worked out
// here by hand; nothing older than a year, nothing of anyone else's; the token never stored.
// Today is Saturday 2027-05-15 (noon UTC), so the feed starts 365 days earlier, on 2026-05-15.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  breakDown,
  createContact,
  createGoal,
  NOON_2027_05_15,
  setTimeZone,
  sumMetric,
} from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { activeMentorship } from '../../test/mentoring.ts';
import { fixedClock } from '../platform/clock.ts';

const FEED_URL = /^http:\/\/localhost\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;

/** What the tests compare of an event, as ical.js reads it. */
interface Seen {
  start: string;
  end: string | null;
  summary: string;
  isDate: boolean;
}

describe.each(DIALECTS)('the calendar feed on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const send = (by: SignedUp, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie: by.cookie, ...(body !== undefined ? { body } : {}) });
  const post = async (by: SignedUp, url: string, body: unknown) =>
    bodyOf(await send(by, 'POST', url, body), 201, url);

  /** Makes the person's feed; answers its path (`/calendar/<token>.ics`) and token. */
  async function makeFeed(by: SignedUp): Promise<{ path: string; token: string }> {
    const { url } = bodyOf(await send(by, 'POST', '/api/v1/calendar/feed'), 201, 'create feed');
    const [, token] = FEED_URL.exec(url) ?? [];
    if (!token) throw new Error(`not a feed address: ${url}`);
    return { path: new URL(url).pathname, token };
  }

  /** The feed fetched without an account: its text, and its events by UID. */
  async function fetchFeed(path: string) {
    const res = await call(t.app, { url: path });
    expect(res.status, String(res.json)).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = res.json as string;
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return { uid: e.uid, start: e.startDate, component: c, summary: e.summary };
    });
    const byUid: Record<string, Seen> = {};
    for (const e of events) {
      const end = e.component.getFirstPropertyValue('dtend');
      byUid[e.uid] = {
        start: e.start.toString(),
        end: end ? String(end) : null,
        summary: e.summary,
        isDate: e.start.isDate,
      };
    }
    return { text, events, byUid };
  }

  /** An all-day event on `date`, as ical.js reads it: DTEND the next day (`end`, worked out by hand). */
  const allDay = (summary: string, start: string, end: string): Seen => ({
    start,
    end,
    summary,
    isDate: true,
  });

  it('holds every kind of event on its day, and nothing older than a year or of anyone else', async () => {
    const ann = await signUp(t.app, { name: 'Ann' });
    const bob = await signUp(t.app, { name: 'Bob' });

    // Goals: one broken down into halves (slices due 06-30 and 12-31); one due on the feed's
    // first day, one the day before; one abandoned; one with no due date.
    const run = await createGoal(t.app, ann.cookie, {
      title: 'Run a 10k',
      startDate: '2027-01-01',
      dueDate: '2027-12-31',
      metric: sumMetric('km', 100),
    });
    const [h1, h2] = await breakDown(t.app, ann.cookie, run.id, 'half');
    const lastYear = await createGoal(t.app, ann.cookie, {
      title: 'Year-old goal',
      startDate: '2026-01-01',
      dueDate: '2026-05-15',
    });
    await createGoal(t.app, ann.cookie, { title: 'Too old', startDate: '2026-01-01', dueDate: '2026-05-14' });
    const dropped = await createGoal(t.app, ann.cookie, { title: 'Dropped', dueDate: '2027-08-01' });
    bodyOf(await send(ann, 'PATCH', `/api/v1/goals/${dropped.id}`, { state: 'abandoned' }), 200, 'abandon');
    await createGoal(t.app, ann.cookie, { title: 'Someday' });

    // A credential valid through 2029-03-01; another that lapsed long before the feed starts.
    const aws = await post(ann, '/api/v1/learning', {
      kind: 'certification',
      title: 'AWS SAA',
      credential: { issuedOn: '2026-03-01', expiresOn: '2029-03-01' },
    });
    await post(ann, '/api/v1/learning', {
      kind: 'certification',
      title: 'Lapsed',
      credential: { issuedOn: '2023-01-01', expiresOn: '2025-01-01' },
    });

    // Ada: her own cadence of 30 days, last met 2027-05-01 → next 2027-05-31 (May 1 + 30).
    const ada = await createContact(t.app, ann.cookie, { name: 'Ada Quill', keepInTouchDays: 30 });
    await post(ann, '/api/v1/interactions', { date: '2027-05-01', kind: 'meeting', contactIds: [ada.id] });
    // Cy: a mentor, whose role has a default of 90 days; added today and never met →
    // 2027-05-15 + 90 = 2027-08-13 (16 days to May 31, 30 to Jun 30, 31 to Jul 31: 77, then 13).
    bodyOf(
      await send(ann, 'PATCH', '/api/v1/network/settings', { cadenceByRole: { mentor: 90 } }),
      200,
      'settings',
    );
    const cy = await createContact(t.app, ann.cookie, { name: 'Cy Lee', roles: ['mentor'] });
    // Bo: no cadence; one follow-up open for 2027-05-20, one done already.
    const bo = await createContact(t.app, ann.cookie, { name: 'Bo Ek' });
    const open = await post(ann, '/api/v1/interactions', {
      date: '2027-05-10',
      kind: 'call',
      contactIds: [bo.id],
      followUpOn: '2027-05-20',
    });
    const done = await post(ann, '/api/v1/interactions', {
      date: '2027-05-11',
      kind: 'call',
      contactIds: [bo.id],
      followUpOn: '2027-05-12',
    });
    bodyOf(await send(ann, 'POST', `/api/v1/interactions/${done.id}/follow-up-done`), 200, 'done');

    // Ann is Bob's mentee: a session each, as they happened (both hers to see), an open item for
    // her with a due date, one done, one without a date, and one for Bob.
    const m = await activeMentorship(t.app, ann, bob);
    const base = `/api/v1/mentorships/${m.id}`;
    const hersSession = await post(ann, `${base}/sessions`, { date: '2027-05-14' });
    // Bob's has a time: 09:15 in Berlin on 2 April 2027 (CEST from 28 March, UTC+2) is 07:15 UTC;
    // 45 minutes end it at 08:00 UTC.
    await setTimeZone(t.app, bob.cookie, 'Europe/Berlin');
    const hisSession = await post(bob, `${base}/sessions`, {
      date: '2027-04-02',
      time: '09:15',
      minutes: 45,
    });
    const item = await post(bob, `${base}/action-items`, {
      title: 'Read a chapter',
      assignee: 'mentee',
      dueOn: '2027-05-25',
    });
    const finished = await post(bob, `${base}/action-items`, {
      title: 'Finished',
      assignee: 'mentee',
      dueOn: '2027-05-26',
    });
    bodyOf(await send(ann, 'PATCH', `/api/v1/action-items/${finished.id}`, { done: true }), 200, 'done');
    await post(bob, `${base}/action-items`, { title: 'Whenever', assignee: 'mentee' });
    const his = await post(bob, `${base}/action-items`, {
      title: 'Review her draft',
      assignee: 'mentor',
      dueOn: '2027-05-27',
    });

    // Bob's own goal and contact, in nobody's feed but his.
    await createGoal(t.app, bob.cookie, { title: 'Bob’s goal', dueDate: '2027-07-01' });
    await createContact(t.app, bob.cookie, { name: 'Bob’s contact', keepInTouchDays: 7 });

    const { text, events, byUid } = await fetchFeed((await makeFeed(ann)).path);
    expect(byUid).toEqual({
      [`goal-${run.id}-due@trellis`]: allDay('Due: Run a 10k', '2027-12-31', '2028-01-01'),
      [`goal-${h1!.id}-due@trellis`]: allDay('Due: Run a 10k — H1 2027', '2027-06-30', '2027-07-01'),
      [`goal-${h2!.id}-due@trellis`]: allDay('Due: Run a 10k — H2 2027', '2027-12-31', '2028-01-01'),
      [`goal-${lastYear.id}-due@trellis`]: allDay('Due: Year-old goal', '2026-05-15', '2026-05-16'),
      [`learning-${aws.id}-expires@trellis`]: allDay(
        'Credential expires: AWS SAA',
        '2029-03-01',
        '2029-03-02',
      ),
      [`contact-${ada.id}-keep-in-touch@trellis`]: allDay(
        'Keep in touch with Ada Quill',
        '2027-05-31',
        '2027-06-01',
      ),
      [`contact-${cy.id}-keep-in-touch@trellis`]: allDay(
        'Keep in touch with Cy Lee',
        '2027-08-13',
        '2027-08-14',
      ),
      [`interaction-${open.id}-follow-up@trellis`]: allDay(
        'Follow up with Bo Ek',
        '2027-05-20',
        '2027-05-21',
      ),
      [`mentoring-session-${hersSession.id}@trellis`]: allDay(
        'Mentoring session with Bob',
        '2027-05-14',
        '2027-05-15',
      ),
      [`mentoring-session-${hisSession.id}@trellis`]: {
        summary: 'Mentoring session with Bob',
        start: '2027-04-02T07:15:00Z',
        end: '2027-04-02T08:00:00Z',
        isDate: false,
      },
      [`action-item-${item.id}-due@trellis`]: allDay(
        'Action item: Read a chapter',
        '2027-05-25',
        '2027-05-26',
      ),
    });
    // Soonest first, so a reader of the text finds the year in order.
    const starts = events.map((e) => e.start.toString());
    expect(starts).toEqual([...starts].sort());
    // All-day values are dates, written as such; links point into the web app.
    expect(text).toContain('DTSTART;VALUE=DATE:20270520\r\n');
    const goal = events.find((e) => e.uid === `goal-${run.id}-due@trellis`)!.component;
    expect(goal.getFirstPropertyValue('url')).toBe(`http://localhost/goals/${run.id}`);
    expect(goal.getFirstPropertyValue('description')).toBe(
      `Open in Trellis: http://localhost/goals/${run.id}`,
    );
    expect(String(goal.getFirstPropertyValue('dtstamp'))).toBe('2027-05-15T12:00:00Z');
    const action = events.find((e) => e.uid === `action-item-${item.id}-due@trellis`)!.component;
    expect(action.getFirstPropertyValue('description')).toBe(
      `Mentorship with Bob.\n\nOpen in Trellis: http://localhost/mentoring/${m.id}`,
    );

    // Bob's feed: the same sessions, named after Ann, his item, his goal and contact (added today
    // with 7 days → 2027-05-22), and nothing of Ann's own.
    const bobs = await fetchFeed((await makeFeed(bob)).path);
    expect(Object.entries(bobs.byUid).map(([uid, e]) => [uid, e.summary])).toEqual(
      expect.arrayContaining([
        [`mentoring-session-${hisSession.id}@trellis`, 'Mentoring session with Ann'],
        [`mentoring-session-${hersSession.id}@trellis`, 'Mentoring session with Ann'],
        [`action-item-${his.id}-due@trellis`, 'Action item: Review her draft'],
      ]),
    );
    expect(Object.values(bobs.byUid).map((e) => [e.summary, e.start])).toEqual([
      ['Mentoring session with Ann', '2027-04-02T07:15:00Z'],
      ['Mentoring session with Ann', '2027-05-14'],
      ['Keep in touch with Bob’s contact', '2027-05-22'],
      ['Action item: Review her draft', '2027-05-27'],
      ['Due: Bob’s goal', '2027-07-01'],
    ]);
  });

  it('starts the year back from today where the person lives', async () => {
    // Noon UTC on 2027-05-15 is 02:00 on 2027-05-16 at Kiritimati (UTC+14): the feed starts on
    // 2026-05-16, so a goal due 2026-05-15 has dropped out there.
    const kiri = await signUp(t.app);
    await setTimeZone(t.app, kiri.cookie, 'Pacific/Kiritimati');
    await createGoal(t.app, kiri.cookie, { title: 'Gone', startDate: '2026-01-01', dueDate: '2026-05-15' });
    const kept = await createGoal(t.app, kiri.cookie, {
      title: 'Kept',
      startDate: '2026-01-01',
      dueDate: '2026-05-16',
    });
    const { byUid } = await fetchFeed((await makeFeed(kiri)).path);
    expect(byUid).toEqual({
      [`goal-${kept.id}-due@trellis`]: allDay('Due: Kept', '2026-05-16', '2026-05-17'),
    });
  });

  it('replaces the feed with a new address, revokes it, and never stores the token', async () => {
    const person = await signUp(t.app);
    const status = async () =>
      bodyOf(await call(t.app, { url: '/api/v1/calendar/feed', cookie: person.cookie }), 200, 'status');
    expect(await status()).toEqual({ active: false, createdAt: null });

    const first = await makeFeed(person);
    expect(await status()).toEqual({ active: true, createdAt: NOON_2027_05_15 });
    await fetchFeed(first.path);
    const second = await makeFeed(person);
    expect(second.token).not.toBe(first.token);
    expectError(await call(t.app, { url: first.path }), 404, 'not_found');
    await fetchFeed(second.path);

    // One row, holding neither token in any column: only the hash of the current one.
    const rows = await t.rows('select * from calendar_feeds where owner_id = ?', [person.user.id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(first.token);
    expect(stored).not.toContain(second.token);

    expect((await send(person, 'DELETE', '/api/v1/calendar/feed')).status).toBe(204);
    expectError(await call(t.app, { url: second.path }), 404, 'not_found');
    expect(await status()).toEqual({ active: false, createdAt: null });
    expect(await t.rows('select * from calendar_feeds where owner_id = ?', [person.user.id])).toEqual([]);
    // Revoking a feed that is gone leaves it gone.
    expect((await send(person, 'DELETE', '/api/v1/calendar/feed')).status).toBe(204);
  });

  it('keeps exactly one feed, and one working address, when several are made at once', async () => {
    const person = await signUp(t.app);
    const made = await Promise.all(Array.from({ length: 5 }, () => makeFeed(person)));
    const answers = await Promise.all(made.map((feed) => call(t.app, { url: feed.path })));
    expect(answers.map((res) => res.status).sort()).toEqual([200, 404, 404, 404, 404]);
    expect(
      await t.rows('select owner_id from calendar_feeds where owner_id = ?', [person.user.id]),
    ).toHaveLength(1);
  });

  it('answers 404 for an address no feed has, and refuses what is not a request for one', async () => {
    expectError(await call(t.app, { url: '/calendar/nonsense.ics' }), 404, 'not_found');
    expectError(await call(t.app, { url: `/calendar/${'A'.repeat(43)}.ics` }), 404, 'not_found');
    const person = await signUp(t.app);
    expectInvalid(await send(person, 'POST', '/api/v1/calendar/feed', { url: 'mine' }), 'body');
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expectError(await call(t.app, { method, url: '/api/v1/calendar/feed' }), 401, 'unauthenticated');
    }
  });
});
