// The network's settings and its due list, end to end on both databases. Today is 2027-05-15;
// every count of days is worked out in the comments.
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

describe.each(DIALECTS)('the network’s cadence on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const send = (cookie: string, method: 'POST' | 'PATCH', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie, ...(body !== undefined ? { body } : {}) });
  const settings = (cookie: string, cadenceByRole: unknown) =>
    send(cookie, 'PATCH', '/api/v1/network/settings', { cadenceByRole });
  const contact = async (cookie: string, name: string, extra: Record<string, unknown> = {}) =>
    bodyOf(await send(cookie, 'POST', '/api/v1/contacts', { name, ...extra }), 201, 'contact');
  const log = async (cookie: string, contactId: string, date: string, extra: Record<string, unknown> = {}) =>
    bodyOf(
      await send(cookie, 'POST', '/api/v1/interactions', {
        date,
        kind: 'call',
        contactIds: [contactId],
        ...extra,
      }),
      201,
      'log',
    );
  const due = async (cookie: string, asOf?: string) =>
    bodyOf(
      await call(t.app, { url: `/api/v1/network/due${asOf ? `?asOf=${asOf}` : ''}`, cookie }),
      200,
      'due',
    );
  const overdue = (list: { name: string; daysOverdue: number }[]) => list.map((d) => [d.name, d.daysOverdue]);

  it('merges default cadences by role into the settings; null removes one', async () => {
    const { cookie } = await signUp(t.app);
    expect(bodyOf(await call(t.app, { url: '/api/v1/network/settings', cookie }), 200, 'get')).toEqual({
      cadenceByRole: {},
    });
    expect(bodyOf(await settings(cookie, { mentor: 30, peer: 90 }), 200, 'first')).toEqual({
      cadenceByRole: { mentor: 30, peer: 90 },
    });
    expect(bodyOf(await settings(cookie, { peer: null, friend: 60 }), 200, 'merge')).toEqual({
      cadenceByRole: { mentor: 30, friend: 60 },
    });
    expect(bodyOf(await call(t.app, { url: '/api/v1/network/settings', cookie }), 200, 'get')).toEqual({
      cadenceByRole: { mentor: 30, friend: 60 },
    });
    const other = await signUp(t.app);
    expect(
      bodyOf(await call(t.app, { url: '/api/v1/network/settings', cookie: other.cookie }), 200, 'x'),
    ).toEqual({ cadenceByRole: {} });
  });

  it.each([
    [{ mentor: 0 }, 'cadenceByRole.mentor'],
    [{ mentor: 731 }, 'cadenceByRole.mentor'],
    [{ peer: 1.5 }, 'cadenceByRole.peer'],
    [{ boss: 7 }, 'cadenceByRole.boss'],
    ['monthly', 'cadenceByRole'],
  ])('refuses %j at %s', async (cadence, path) => {
    const { cookie } = await signUp(t.app);
    expectInvalid(await settings(cookie, cadence), path);
  });

  it('lists who is due and who is losing touch, most overdue first, as of any day', async () => {
    const { cookie } = await signUp(t.app);
    bodyOf(await settings(cookie, { mentor: 30, friend: 60 }), 200, 'settings');
    // Mia, a mentor (30 days), last met 03-31: next 04-30; 05-15 is 15 days on: due.
    const mia = await contact(cookie, 'Mia', { roles: ['mentor'] });
    await log(cookie, mia.id, '2027-03-31', { followUpOn: '2027-05-10' });
    // Pete, a peer (no default) every 14 days of his own, last 04-01: next 04-15; 30 days on: losing touch.
    const pete = await contact(cookie, 'Pete', { roles: ['peer'], keepInTouchDays: 14 });
    await log(cookie, pete.id, '2027-04-01', { followUpOn: '2027-05-22' });
    // Fay, peer then friend: the friend's 60 days. Last 01-31: + 28 (Feb) = 02-28, + 31 = 03-31,
    // + 1 = 04-01 is next; 04-01 → 05-01 is 30, → 05-15 is 44 days, within 60: due.
    const fay = await contact(cookie, 'Fay', { roles: ['peer', 'friend'] });
    await log(cookie, fay.id, '2027-01-31');
    // Otto has no cadence: never due.
    const otto = await contact(cookie, 'Otto', { roles: ['other'] });
    await log(cookie, otto.id, '2026-01-01');
    // Nia, a mentor without interactions: from the day added, 05-15 + 30 = 06-14.
    await contact(cookie, 'Nia', { roles: ['mentor'] });
    // Kai every 30 days, last 04-16 (an older one on 01-31): next 05-16, not yet.
    const kai = await contact(cookie, 'Kai', { keepInTouchDays: 30 });
    await log(cookie, kai.id, '2027-01-31');
    await log(cookie, kai.id, '2027-04-16', { followUpOn: '2027-05-23' });
    // Lou every 30 days, last 01-31: next 03-02 (see Fay); → 04-02 is 31, → 05-02 61, → 05-15 74: losing touch.
    const lou = await contact(cookie, 'Lou', { keepInTouchDays: 30 });
    const done = await log(cookie, lou.id, '2027-01-31', { followUpOn: '2027-02-01' });
    bodyOf(await send(cookie, 'POST', `/api/v1/interactions/${done.id}/follow-up-done`), 200, 'done');

    const today = await due(cookie);
    expect(overdue(today.due)).toEqual([
      ['Fay', 44],
      ['Mia', 15],
    ]);
    expect(overdue(today.losingTouch)).toEqual([
      ['Lou', 74],
      ['Pete', 30],
    ]);
    expect(today.due[1]).toEqual({
      contactId: mia.id,
      name: 'Mia',
      company: null,
      position: null,
      roles: ['mentor'],
      cadenceDays: 30,
      lastContactedOn: '2027-03-31',
      nextContactOn: '2027-04-30',
      daysOverdue: 15,
    });
    // Follow-ups up to 05-22: Mia's, 5 days overdue, and Pete's in 7 days; Kai's 05-23 is past the
    // week, and Lou's is done.
    expect(
      today.followUps.map((f: { contacts: { name: string }[]; daysUntil: number }) => [
        f.contacts[0]!.name,
        f.daysUntil,
      ]),
    ).toEqual([
      ['Mia', -5],
      ['Pete', 7],
    ]);
    expect(today.followUps[0]).toMatchObject({ date: '2027-03-31', kind: 'call', followUpOn: '2027-05-10' });
    expect(await due(cookie, '2027-05-15')).toEqual(today);

    // 06-14: Mia 04-30 → 05-30 is 30, → 06-14 45 (> 30); Pete 04-15 → 06-14 60; Fay 04-01 → 05-01 30,
    // → 06-01 61, → 06-14 74; Lou 74 + 30 = 104: all losing touch. Kai 05-16 → 06-14 is 29; Nia 0.
    const june = await due(cookie, '2027-06-14');
    expect(overdue(june.due)).toEqual([
      ['Kai', 29],
      ['Nia', 0],
    ]);
    expect(overdue(june.losingTouch)).toEqual([
      ['Lou', 104],
      ['Fay', 74],
      ['Pete', 60],
      ['Mia', 45],
    ]);

    // 04-10, before some interactions: those after it do not count. Kai's last is then 01-31, as
    // Lou's: next 03-02, → 04-02 31, → 04-10 39 days, both losing touch, by name. Fay: 9 days.
    const april = await due(cookie, '2027-04-10');
    expect(overdue(april.due)).toEqual([['Fay', 9]]);
    expect(overdue(april.losingTouch)).toEqual([
      ['Kai', 39],
      ['Lou', 39],
    ]);

    // Any interaction resets the clock: Pete, met today, is next due 05-29.
    await log(cookie, pete.id, '2027-05-15', { kind: 'message' });
    expect(overdue((await due(cookie)).losingTouch)).toEqual([['Lou', 74]]);
    expect(
      bodyOf(await call(t.app, { url: `/api/v1/contacts/${pete.id}`, cookie }), 200, 'pete'),
    ).toMatchObject({
      lastContactedOn: '2027-05-15',
      nextContactOn: '2027-05-29',
    });
    // A role's default gone, its contacts' clocks stop: Mia leaves the lists.
    bodyOf(await settings(cookie, { mentor: null }), 200, 'no mentor default');
    expect(overdue((await due(cookie)).due)).toEqual([['Fay', 44]]);
  });

  it('refuses a day that is none', async () => {
    const { cookie } = await signUp(t.app);
    expectInvalid(await call(t.app, { url: '/api/v1/network/due?asOf=2027-02-30', cookie }), 'asOf');
    expectError(await call(t.app, { url: '/api/v1/network/due' }), 401, 'unauthenticated');
  });
});
