// Interactions through the API, on both databases: logged with contacts, listed newest first,
// changed and deleted, their follow-ups, and every rule at its field.
import { describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../test/factories.ts';
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

describe.each(DIALECTS)('interactions on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie, ...(body !== undefined ? { body } : {}) });
  const contact = async (cookie: string, name: string, extra: Record<string, unknown> = {}) =>
    bodyOf(await send(cookie, 'POST', '/api/v1/contacts', { name, ...extra }), 201, 'contact');
  const log = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await send(cookie, 'POST', '/api/v1/interactions', { kind: 'call', ...body }), 201, 'log');
  const get = async (cookie: string, url: string) => bodyOf(await call(t.app, { url, cookie }), 200, url);

  it('logs an interaction with several contacts, and each one’s clock starts again from it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann Lee', { keepInTouchDays: 30 });
    const bob = await contact(cookie, 'Bob Stone');
    const res = await send(cookie, 'POST', '/api/v1/interactions', {
      date: '2027-04-30',
      kind: 'meeting',
      contactIds: [bob.id, ann.id],
      notes: '  Coffee near the office  ',
      followUpOn: '2027-05-20',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      date: '2027-04-30',
      kind: 'meeting',
      contacts: [
        { id: bob.id, name: 'Bob Stone' },
        { id: ann.id, name: 'Ann Lee' },
      ],
      notes: 'Coffee near the office',
      followUpOn: '2027-05-20',
      followUpDoneOn: null,
      goalId: null,
      checkIn: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    // 04-30 + 30 = 05-30 (April has 30 days: 0 left in April, then 30 in May).
    expect(await get(cookie, `/api/v1/contacts/${ann.id}`)).toMatchObject({
      lastContactedOn: '2027-04-30',
      nextContactOn: '2027-05-30',
    });
    expect(await get(cookie, `/api/v1/interactions/${res.json.id}`)).toEqual(res.json);
  });

  it('lists a contact’s interactions newest first, whatever their kind', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const bob = await contact(cookie, 'Bob');
    const march = await log(cookie, { date: '2027-03-01', kind: 'email', contactIds: [ann.id] });
    const may = await log(cookie, { date: '2027-05-02', kind: 'event', contactIds: [ann.id, bob.id] });
    const april = await log(cookie, { date: '2027-04-10', kind: 'message', contactIds: [ann.id] });
    await log(cookie, { date: '2027-05-10', contactIds: [bob.id] });
    const list = await get(cookie, `/api/v1/contacts/${ann.id}/interactions`);
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([may.id, april.id, march.id]);
    expect(await get(cookie, `/api/v1/contacts/${ann.id}`)).toMatchObject({ lastContactedOn: '2027-05-02' });
    expect(await get(cookie, `/api/v1/contacts/${bob.id}`)).toMatchObject({ lastContactedOn: '2027-05-10' });
    expectError(
      await call(t.app, {
        url: '/api/v1/contacts/01a00000-0000-7000-8000-000000000000/interactions',
        cookie,
      }),
      404,
      'not_found',
    );
  });

  it('lists every interaction newest first, in pages, and those with a follow-up open', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const a = await log(cookie, { date: '2027-05-01', contactIds: [ann.id], followUpOn: '2027-05-08' });
    const b = await log(cookie, { date: '2027-05-03', contactIds: [ann.id] });
    const c = await log(cookie, { date: '2027-05-03', contactIds: [ann.id], followUpOn: '2027-06-01' });
    // Same date: the later id (created later) first.
    const page1 = await get(cookie, '/api/v1/interactions?limit=2');
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([c.id, b.id]);
    const page2 = await get(cookie, `/api/v1/interactions?limit=2&cursor=${page1.nextCursor}`);
    expect(page2).toMatchObject({ items: [{ id: a.id }], nextCursor: null });
    const open = await get(cookie, '/api/v1/interactions?followUp=open');
    expect(open.items.map((i: { id: string }) => i.id)).toEqual([c.id, a.id]);
    // A cursor no list gave, even one shaped like a real one but for its date, is refused at cursor.
    const forged = Buffer.from(JSON.stringify(['2027-02-30', a.id])).toString('base64url');
    expectInvalid(await call(t.app, { url: `/api/v1/interactions?cursor=${forged}`, cookie }), 'cursor');
    expectInvalid(await call(t.app, { url: '/api/v1/interactions?cursor=abc', cookie }), 'cursor');
  });

  it('marks a follow-up done today, once, and opens it again with a new date', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const i = await log(cookie, { date: '2027-05-01', contactIds: [ann.id], followUpOn: '2027-05-08' });
    const done = bodyOf(
      await send(cookie, 'POST', `/api/v1/interactions/${i.id}/follow-up-done`),
      200,
      'done',
    );
    expect(done).toMatchObject({ followUpOn: '2027-05-08', followUpDoneOn: '2027-05-15' });
    expect(
      bodyOf(await send(cookie, 'POST', `/api/v1/interactions/${i.id}/follow-up-done`), 200, 'again'),
    ).toEqual(done);
    expect((await get(cookie, '/api/v1/interactions?followUp=open')).items).toEqual([]);
    const moved = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { followUpOn: '2027-05-22' }),
      200,
      'move',
    );
    expect(moved).toMatchObject({ followUpOn: '2027-05-22', followUpDoneOn: null });
    // Its notes changed, its follow-up did not: it stays open.
    expect(
      bodyOf(
        await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { notes: 'Sent the slides' }),
        200,
        'n',
      ),
    ).toMatchObject({ followUpOn: '2027-05-22', followUpDoneOn: null, notes: 'Sent the slides' });
    const none = await log(cookie, { date: '2027-05-01', contactIds: [ann.id] });
    const refused = await send(cookie, 'POST', `/api/v1/interactions/${none.id}/follow-up-done`);
    expectError(refused, 409, 'conflict');
    expect(refused.json.error.message).toBe(
      'This interaction has no follow-up; give it a followUpOn date first.',
    );
  });

  it('changes the contacts and date of an interaction, and deletes it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const bob = await contact(cookie, 'Bob');
    const i = await log(cookie, { date: '2027-05-01', contactIds: [ann.id] });
    const changed = bodyOf(
      await send(cookie, 'PATCH', `/api/v1/interactions/${i.id}`, {
        contactIds: [bob.id],
        date: '2027-05-02',
      }),
      200,
      'patch',
    );
    expect(changed).toMatchObject({ date: '2027-05-02', contacts: [{ id: bob.id, name: 'Bob' }] });
    expect(await get(cookie, `/api/v1/contacts/${ann.id}`)).toMatchObject({ lastContactedOn: null });
    expect(await get(cookie, `/api/v1/contacts/${bob.id}`)).toMatchObject({ lastContactedOn: '2027-05-02' });
    expect((await send(cookie, 'DELETE', `/api/v1/interactions/${i.id}`)).status).toBe(204);
    expectError(await call(t.app, { url: `/api/v1/interactions/${i.id}`, cookie }), 404, 'not_found');
    expect(await get(cookie, `/api/v1/contacts/${bob.id}`)).toMatchObject({ lastContactedOn: null });
  });

  it('deletes the interactions a deleted contact was alone in, and keeps the others without it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const bob = await contact(cookie, 'Bob');
    const alone = await log(cookie, { date: '2027-05-01', contactIds: [ann.id] });
    const shared = await log(cookie, { date: '2027-05-02', contactIds: [ann.id, bob.id] });
    expect((await send(cookie, 'DELETE', `/api/v1/contacts/${ann.id}`)).status).toBe(204);
    expectError(await call(t.app, { url: `/api/v1/interactions/${alone.id}`, cookie }), 404, 'not_found');
    expect(await get(cookie, `/api/v1/interactions/${shared.id}`)).toMatchObject({
      contacts: [{ id: bob.id, name: 'Bob' }],
    });
  });

  it.each([
    [{ date: '2027-05-16' }, 'date'],
    [{ date: '2027-02-29' }, 'date'],
    [{ kind: 'lunch' }, 'kind'],
    [{ contactIds: [] }, 'contactIds'],
    [{ followUpOn: '2027-04-30' }, 'followUpOn'],
    [{ notes: 'x'.repeat(10_001) }, 'notes'],
    [{ mood: 'great' }, 'mood'],
  ])('refuses %j at %s', async (change, path) => {
    const { cookie } = await signUp(t.app);
    const ann = await contact(cookie, 'Ann');
    const body = { date: '2027-05-01', kind: 'call', contactIds: [ann.id], ...change };
    expectInvalid(await send(cookie, 'POST', '/api/v1/interactions', body), path);
  });

  it('refuses a contact twice, an unknown one and another person’s at their index', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const mine = await contact(ann.cookie, 'Cai');
    const theirs = await contact(bob.cookie, 'Dee');
    const body = (contactIds: string[]) => ({ date: '2027-05-01', kind: 'call', contactIds });
    expectInvalid(
      await send(ann.cookie, 'POST', '/api/v1/interactions', body([mine.id, mine.id])),
      'contactIds.1',
    );
    const unknown = await send(ann.cookie, 'POST', '/api/v1/interactions', body([mine.id, theirs.id]));
    expectInvalid(unknown, 'contactIds.1');
    expect(unknown.json.error.issues[0].message).toBe('is not one of your contacts');
    const i = await log(ann.cookie, body([mine.id]));
    expectInvalid(
      await send(ann.cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { contactIds: [theirs.id] }),
      'contactIds.0',
    );
    expectInvalid(
      await send(ann.cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { followUpOn: '2027-04-01' }),
      'followUpOn',
    );
    expectInvalid(
      await send(ann.cookie, 'PATCH', `/api/v1/interactions/${i.id}`, { date: '2027-06-01' }),
      'date',
    );
    // Another person's interaction is not found, whatever the body says.
    for (const [method, url] of [
      ['PATCH', `/api/v1/interactions/${i.id}`],
      ['DELETE', `/api/v1/interactions/${i.id}`],
      ['POST', `/api/v1/interactions/${i.id}/follow-up-done`],
    ] as const) {
      const body = method === 'PATCH' ? { contactIds: [theirs.id] } : undefined;
      expectError(await send(bob.cookie, method, url, body), 404, 'not_found');
    }
    expectError(
      await call(t.app, { url: `/api/v1/interactions/${i.id}`, cookie: bob.cookie }),
      404,
      'not_found',
    );
    expect((await get(bob.cookie, '/api/v1/interactions')).items).toEqual([]);
  });
});
