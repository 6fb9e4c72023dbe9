// Sessions and action items through the API, on both databases, at an instant when Berlin is a
// day ahead of UTC: private notes stay their author's, a session is a meeting with the author's
// contact for the other side, and an action item is done on the day of whoever marked it.
import { describe, expect, it } from 'vitest';
import { createGoal, setTimeZone } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import {
  act,
  activeMentorship,
  createContact,
  createMentorship,
  type Someone,
} from '../../test/mentoring.ts';
import { fixedClock } from '../platform/clock.ts';

// 23:30 UTC on 2027-05-15 is 01:30 on 2027-05-16 in Berlin (UTC+2 in May).
const NOW = '2027-05-15T23:30:00.000Z';

describe.each(DIALECTS)('sessions and action items on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOW) });
  const get = (by: Someone, url: string) => call(t.app, { url, cookie: by.cookie });
  const send = (by: Someone, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie: by.cookie, ...(body !== undefined ? { body } : {}) });
  /** Ann, in Berlin, and Bob, in UTC, with Ann as the mentee of an active mentorship. */
  async function annAndBob(extra: Record<string, unknown> = {}) {
    const ann = await signUp(t.app, { name: 'Ann' });
    const bob = await signUp(t.app, { name: 'Bob' });
    await setTimeZone(t.app, ann.cookie, 'Europe/Berlin');
    const m = await activeMentorship(t.app, ann, bob, extra);
    return { ann, bob, m, base: `/api/v1/mentorships/${m.id}` };
  }

  it('keeps private notes to their author, and lets each side change only her own sessions', async () => {
    const { ann, bob, m, base } = await annAndBob({ cadenceDays: 14 });
    const res = await send(ann, 'POST', `${base}/sessions`, {
      date: '2027-05-16',
      agenda: 'Her talk',
      notes: 'Outline agreed',
      privateNotes: 'Nervous about Q&A',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const hers = res.json;
    expect(hers).toEqual({
      id: expect.any(String),
      mentorshipId: m.id,
      date: '2027-05-16',
      agenda: 'Her talk',
      notes: 'Outline agreed',
      privateNotes: 'Nervous about Q&A',
      startsAt: null,
      minutes: null,
      byMe: true,
      authorName: 'Ann',
      createdAt: NOW,
      updatedAt: NOW,
    });
    // The 16th has not begun in UTC, where Bob is.
    expectInvalid(await send(bob, 'POST', `${base}/sessions`, { date: '2027-05-16' }), 'date');
    const his = bodyOf(
      await send(bob, 'POST', `${base}/sessions`, { date: '2027-05-10', privateNotes: 'Ask about Q&A' }),
      201,
      'his',
    );

    const seenBy = async (who: Someone) => bodyOf(await get(who, `${base}/sessions`), 200, 'sessions').items;
    expect(await seenBy(bob)).toEqual([{ ...hers, privateNotes: null, byMe: false }, his]);
    expect(await seenBy(ann)).toEqual([hers, { ...his, privateNotes: null, byMe: false }]);
    expect(bodyOf(await get(ann, base), 200, 'mentorship')).toMatchObject({
      lastSessionOn: '2027-05-16',
      // 2027-05-16 + 14 days.
      nextSessionOn: '2027-05-30',
    });

    expectError(
      await send(bob, 'PATCH', `/api/v1/mentoring-sessions/${hers.id}`, { notes: 'Mine now' }),
      403,
      'forbidden',
    );
    expectError(await send(bob, 'DELETE', `/api/v1/mentoring-sessions/${hers.id}`), 403, 'forbidden');
    const changed = bodyOf(
      await send(ann, 'PATCH', `/api/v1/mentoring-sessions/${hers.id}`, {
        notes: null,
        privateNotes: 'Calmer now',
      }),
      200,
      'patch',
    );
    expect(changed).toEqual({ ...hers, notes: null, privateNotes: 'Calmer now' });
    expect(await seenBy(bob)).toEqual([{ ...changed, privateNotes: null, byMe: false }, his]);
    expect((await send(bob, 'DELETE', `/api/v1/mentoring-sessions/${his.id}`)).status).toBe(204);
    expect((await seenBy(ann)).map((s: { id: string }) => s.id)).toEqual([hers.id]);
  });

  it('logs a session as a meeting with the author’s contact for the other side, moved and deleted with it', async () => {
    const { ann, bob, base } = await annAndBob();
    // Ann keeps Bob as a contact, under his e-mail written in capitals.
    const contact = await createContact(t.app, ann, {
      name: 'Bob (mentor)',
      emails: [{ value: 'bob.other@example.com' }, { value: bob.user.email.toUpperCase() }],
      keepInTouchDays: 30,
    });
    const clock = async () =>
      bodyOf(await get(ann, `/api/v1/contacts/${contact}`), 200, 'contact').lastContactedOn;
    const met = async () =>
      bodyOf(await get(ann, `/api/v1/contacts/${contact}/interactions`), 200, 'interactions').items;
    expect(await clock()).toBeNull();

    const session = bodyOf(
      await send(ann, 'POST', `${base}/sessions`, { date: '2027-05-01' }),
      201,
      'session',
    );
    expect(await clock()).toBe('2027-05-01');
    expect(await met()).toMatchObject([
      {
        date: '2027-05-01',
        kind: 'meeting',
        notes: 'Mentoring session',
        contacts: [{ id: contact, name: 'Bob (mentor)' }],
      },
    ]);
    await send(ann, 'PATCH', `/api/v1/mentoring-sessions/${session.id}`, { date: '2027-05-03' });
    expect(await clock()).toBe('2027-05-03');
    // Bob keeps no contact for Ann: his session logs nothing, for him or for her.
    bodyOf(await send(bob, 'POST', `${base}/sessions`, { date: '2027-05-12' }), 201, 'his');
    expect(await clock()).toBe('2027-05-03');
    expect(bodyOf(await get(bob, '/api/v1/interactions'), 200, 'his interactions').items).toEqual([]);

    expect((await send(ann, 'DELETE', `/api/v1/mentoring-sessions/${session.id}`)).status).toBe(204);
    expect(await met()).toEqual([]);
    expect(await clock()).toBeNull();
  });

  it('logs a session of a mentorship with a contact as a meeting with that contact', async () => {
    const ann = await signUp(t.app, { name: 'Ann' });
    const mia = await createContact(t.app, ann, { name: 'Mia', keepInTouchDays: 14 });
    const m = await createMentorship(t.app, ann, { myRole: 'mentee', with: { contactId: mia } });
    bodyOf(
      await send(ann, 'POST', `/api/v1/mentorships/${m.id}/sessions`, { date: '2027-05-14' }),
      201,
      'session',
    );
    expect(bodyOf(await get(ann, `/api/v1/contacts/${mia}`), 200, 'contact')).toMatchObject({
      lastContactedOn: '2027-05-14',
      // 2027-05-14 + 14 days.
      nextContactOn: '2027-05-28',
    });
  });

  it('marks an action item done on the marker’s own day, by either side, and undone', async () => {
    const { ann, bob, base } = await annAndBob();
    const goal = await createGoal(t.app, ann.cookie, { title: 'Give a talk', visibility: 'mentors' });
    const created = await send(bob, 'POST', `${base}/action-items`, {
      title: 'Draft the outline',
      dueOn: '2027-05-20',
      assignee: 'mentee',
      goalId: goal.id,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const item = created.json;
    expect(item).toEqual({
      id: expect.any(String),
      mentorshipId: item.mentorshipId,
      title: 'Draft the outline',
      dueOn: '2027-05-20',
      assignee: 'mentee',
      goalId: goal.id,
      done: false,
      doneOn: null,
      byMe: true,
      mine: false,
      withName: 'Ann',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const url = `/api/v1/action-items/${item.id}`;
    const hers = bodyOf(await get(ann, '/api/v1/action-items?open=true'), 200, 'mine').items;
    expect(hers).toEqual([{ ...item, byMe: false, mine: true, withName: 'Bob' }]);

    // Berlin's day for Ann, UTC's for Bob.
    expect(bodyOf(await send(ann, 'PATCH', url, { done: true }), 200, 'done')).toMatchObject({
      done: true,
      doneOn: '2027-05-16',
    });
    expect(bodyOf(await get(ann, '/api/v1/action-items?open=true'), 200, 'open').items).toEqual([]);
    expect(bodyOf(await send(ann, 'PATCH', url, { done: true }), 200, 'again').doneOn).toBe('2027-05-16');
    expect(bodyOf(await send(bob, 'PATCH', url, { done: false }), 200, 'undone')).toMatchObject({
      done: false,
      doneOn: null,
    });
    expect(bodyOf(await send(bob, 'PATCH', url, { done: true }), 200, 'done')).toMatchObject({
      doneOn: '2027-05-15',
    });

    // Title and due date are the author's to change; so is deleting it.
    expectError(await send(ann, 'PATCH', url, { title: 'Mine' }), 403, 'forbidden');
    expectError(await send(ann, 'PATCH', url, { done: false, dueOn: null }), 403, 'forbidden');
    expectError(await send(ann, 'DELETE', url), 403, 'forbidden');
    expect(
      bodyOf(await send(bob, 'PATCH', url, { title: 'Draft the talk', dueOn: null }), 200, 'retitle'),
    ).toMatchObject({
      title: 'Draft the talk',
      dueOn: null,
      doneOn: '2027-05-15',
    });
    expect((await send(bob, 'DELETE', url)).status).toBe(204);
    expect(bodyOf(await get(ann, `${base}/action-items`), 200, 'items').items).toEqual([]);
  });

  it('links an item to a goal of the mentee’s the author can see, and to nothing else', async () => {
    const { ann, bob, base } = await annAndBob();
    const secret = await createGoal(t.app, ann.cookie, { title: 'Private', visibility: 'private' });
    const bobs = await createGoal(t.app, bob.cookie, { title: 'Bob’s own', visibility: 'mentors' });
    const item = (goalId: string) => ({ title: 'Step', assignee: 'mentee', goalId });
    expectInvalid(await send(bob, 'POST', `${base}/action-items`, item(secret.id)), 'goalId');
    expectInvalid(await send(bob, 'POST', `${base}/action-items`, item(bobs.id)), 'goalId');
    expectInvalid(await send(ann, 'POST', `${base}/action-items`, item(bobs.id)), 'goalId');
    // The mentee may link any goal of hers.
    expect(bodyOf(await send(ann, 'POST', `${base}/action-items`, item(secret.id)), 201, 'hers').goalId).toBe(
      secret.id,
    );
  });

  it('keeps a session’s time of day as an instant, read in its author’s zone', async () => {
    const { ann, bob, base } = await annAndBob();
    const created = bodyOf(
      await send(ann, 'POST', `${base}/sessions`, { date: '2027-05-14', time: '14:30', minutes: 45 }),
      201,
      'timed',
    );
    // 14:30 in Berlin on 14 May (CEST, UTC+2) is 12:30 UTC.
    expect([created.startsAt, created.minutes]).toEqual(['2027-05-14T12:30:00.000Z', 45]);
    const url = `/api/v1/mentoring-sessions/${created.id}`;
    // A new date keeps 14:30 in Berlin: 20 March is before the clocks change (CET, UTC+1): 13:30 UTC.
    const moved = bodyOf(await send(ann, 'PATCH', url, { date: '2027-03-20' }), 200, 'moved');
    expect([moved.date, moved.startsAt, moved.minutes]).toEqual([
      '2027-03-20',
      '2027-03-20T13:30:00.000Z',
      45,
    ]);
    // Bob, in UTC, reads the same instant.
    const his = bodyOf(await get(bob, `${base}/sessions`), 200, 'his').items;
    expect(his.map((x: { startsAt: string | null }) => x.startsAt)).toEqual(['2027-03-20T13:30:00.000Z']);
    const untimed = bodyOf(await send(ann, 'PATCH', url, { time: null }), 200, 'untimed');
    expect([untimed.startsAt, untimed.minutes]).toEqual([null, 45]);

    for (const [body, field] of [
      [{ date: '2027-05-14', time: '24:00' }, 'time'],
      [{ date: '2027-05-14', time: '9:30' }, 'time'],
      [{ date: '2027-05-14', minutes: 4 }, 'minutes'],
      [{ date: '2027-05-14', minutes: 30.5 }, 'minutes'],
    ] as const)
      expectInvalid(await send(ann, 'POST', `${base}/sessions`, body), field);
  });

  it('lists the items assigned to the asker across her mentorships, open first by due date', async () => {
    const { ann, bob, m, base } = await annAndBob();
    const cy = await signUp(t.app, { name: 'Cy' });
    // Ann is Cy's mentor too.
    const other = await activeMentorship(t.app, cy, ann);
    const add = async (by: Someone, url: string, body: Record<string, unknown>) =>
      bodyOf(await send(by, 'POST', `${url}/action-items`, body), 201, 'item').id as string;
    const otherBase = `/api/v1/mentorships/${other.id}`;
    const late = await add(bob, base, { title: 'Late', assignee: 'mentee', dueOn: '2027-06-30' });
    const undated = await add(ann, base, { title: 'Undated', assignee: 'mentee' });
    const soon = await add(cy, otherBase, {
      title: 'Soon, for Ann as mentor',
      assignee: 'mentor',
      dueOn: '2027-05-20',
    });
    await add(ann, otherBase, { title: 'For Cy', assignee: 'mentee', dueOn: '2027-05-17' });
    await add(ann, base, { title: 'For Bob', assignee: 'mentor' });
    const done = await add(bob, base, { title: 'Done', assignee: 'mentee', dueOn: '2027-05-01' });
    bodyOf(await send(ann, 'PATCH', `/api/v1/action-items/${done}`, { done: true }), 200, 'done');

    const list = async (query: string) =>
      bodyOf(await get(ann, `/api/v1/action-items${query}`), 200, 'list').items.map(
        (i: { id: string; withName: string }) => [i.id, i.withName],
      );
    expect(await list('?open=true')).toEqual([
      [soon, 'Cy'],
      [late, 'Bob'],
      [undated, 'Bob'],
    ]);
    expect(await list('')).toEqual([
      [soon, 'Cy'],
      [late, 'Bob'],
      [undated, 'Bob'],
      [done, 'Bob'],
    ]);
    expect(await list(`?mentorshipId=${m.id}&open=true`)).toEqual([
      [late, 'Bob'],
      [undated, 'Bob'],
    ]);
    // Ended, they can no longer be ticked: no longer open work, listed only among all her items.
    await act(t.app, bob, m.id, 'end');
    expect(await list(`?mentorshipId=${m.id}&open=true`)).toEqual([]);
    expect(await list('?open=true')).toEqual([[soon, 'Cy']]);
    expect(await list(`?mentorshipId=${m.id}`)).toEqual([
      [late, 'Bob'],
      [undated, 'Bob'],
      [done, 'Bob'],
    ]);
    expectError(await send(ann, 'PATCH', `/api/v1/action-items/${late}`, { done: true }), 409, 'conflict');
    // Of one mentorship, every item, whoever it is for.
    const all = bodyOf(await get(ann, `${otherBase}/action-items`), 200, 'items').items;
    expect(all.map((i: { title: string; mine: boolean }) => [i.title, i.mine])).toEqual([
      ['For Cy', false],
      ['Soon, for Ann as mentor', true],
    ]);
  });
});
