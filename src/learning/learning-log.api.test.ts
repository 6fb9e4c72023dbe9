// The time log of learning activities through the API, on both databases: entries, hours spent,
// the date rule in the person's time zone, and another person's entries.
import { describe, expect, it } from 'vitest';
import { NOON_2027_05_15, setTimeZone } from '../../test/factories.ts';
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

describe.each(DIALECTS)('the learning time log on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const activity = async (cookie: string) =>
    bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/learning',
        cookie,
        body: { kind: 'course', title: 'Distributed systems' },
      }),
      201,
      'activity',
    );
  const log = (cookie: string, activityId: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/learning/${activityId}/log`, cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/learning-log/${id}`, cookie, body });
  const del = (cookie: string, id: string) =>
    call(t.app, { method: 'DELETE', url: `/api/v1/learning-log/${id}`, cookie });
  const hoursSpent = async (cookie: string, id: string) =>
    (await call(t.app, { url: `/api/v1/learning/${id}`, cookie })).json.hoursSpent;
  const entries = async (cookie: string, id: string) =>
    (await call(t.app, { url: `/api/v1/learning/${id}/log`, cookie })).json.items;

  it('logs time, adds it up as hours spent, and lists entries newest first', async () => {
    const { cookie } = await signUp(t.app);
    const course = await activity(cookie);
    const first = await log(cookie, course.id, { date: '2027-05-01', minutes: 90, note: 'Raft paper' });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json).toEqual({
      id: expect.any(String),
      activityId: course.id,
      date: '2027-05-01',
      minutes: 90,
      note: 'Raft paper',
      checkIn: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    const second = bodyOf(await log(cookie, course.id, { date: '2027-05-15', minutes: 100 }), 201, 'log');
    const third = bodyOf(await log(cookie, course.id, { date: '2027-05-03', minutes: 1 }), 201, 'log');
    // 90 + 100 + 1 = 191 minutes = 3.1833… hours → 3.18.
    expect(await hoursSpent(cookie, course.id)).toBe(3.18);
    expect((await entries(cookie, course.id)).map((e: { id: string }) => e.id)).toEqual([
      second.id,
      third.id,
      first.json.id,
    ]);
    expect(second.note).toBe('');
    // The list of activities adds up the same way.
    const listed = (await call(t.app, { url: '/api/v1/learning', cookie })).json.items;
    expect(listed.map((a: { hoursSpent: number }) => a.hoursSpent)).toEqual([3.18]);
  });

  it('changes and deletes entries, and hours spent follows', async () => {
    const { cookie } = await signUp(t.app);
    const course = await activity(cookie);
    const entry = bodyOf(await log(cookie, course.id, { date: '2027-05-01', minutes: 90 }), 201, 'log');
    bodyOf(await log(cookie, course.id, { date: '2027-05-02', minutes: 30 }), 201, 'log');
    expect(await hoursSpent(cookie, course.id)).toBe(2); // 120 minutes
    const changed = await patch(cookie, entry.id, { minutes: 15, note: 'Skimmed it' });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ id: entry.id, date: '2027-05-01', minutes: 15, note: 'Skimmed it' });
    expect(await hoursSpent(cookie, course.id)).toBe(0.75); // 45 minutes
    expect((await del(cookie, entry.id)).status).toBe(204);
    expect(await hoursSpent(cookie, course.id)).toBe(0.5);
    expectError(await del(cookie, entry.id), 404, 'not_found');
    expectError(await patch(cookie, entry.id, { minutes: 5 }), 404, 'not_found');
  });

  it('refuses a date after today, and minutes outside 1–1,440 or not whole, at their fields', async () => {
    const { cookie } = await signUp(t.app);
    const course = await activity(cookie);
    expectInvalid(await log(cookie, course.id, { date: '2027-05-16', minutes: 30 }), 'date');
    expectInvalid(await log(cookie, course.id, { date: '2027-05-15', minutes: 0 }), 'minutes');
    expectInvalid(await log(cookie, course.id, { date: '2027-05-15', minutes: 1441 }), 'minutes');
    expectInvalid(await log(cookie, course.id, { date: '2027-05-15', minutes: 2.5 }), 'minutes');
    expectInvalid(await log(cookie, course.id, { date: '2027-05-15' }), 'minutes');
    expectInvalid(await log(cookie, course.id, { minutes: 30 }), 'date');
    expectInvalid(
      await log(cookie, course.id, { date: '2027-05-15', minutes: 30, note: 'x'.repeat(2001) }),
      'note',
    );
    expect(
      bodyOf(await log(cookie, course.id, { date: '2027-05-15', minutes: 1440 }), 201, 'log').minutes,
    ).toBe(1440);
    const entry = (await entries(cookie, course.id))[0];
    expectInvalid(await patch(cookie, entry.id, { date: '2027-05-16' }), 'date');
    expectInvalid(await patch(cookie, entry.id, { minutes: 0 }), 'minutes');
    expect(await entries(cookie, course.id)).toEqual([entry]);
    const future = await log(cookie, course.id, { date: '2027-05-16', minutes: 30 });
    expect(future.json.error.message).toBe('date: is in the future (today is May 15, 2027 in UTC)');
  });

  it('takes today where the person lives', async () => {
    const { cookie } = await signUp(t.app);
    // At noon UTC it is already 02:00 on the 16th on Kiritimati (UTC+14).
    await setTimeZone(t.app, cookie, 'Pacific/Kiritimati');
    const course = await activity(cookie);
    expect((await log(cookie, course.id, { date: '2027-05-16', minutes: 30 })).status).toBe(201);
    expectInvalid(await log(cookie, course.id, { date: '2027-05-17', minutes: 30 }), 'date');
  });

  it('answers 404 for another person’s log entries, and changes nothing', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const course = await activity(ann.cookie);
    const entry = bodyOf(await log(ann.cookie, course.id, { date: '2027-05-01', minutes: 45 }), 201, 'log');
    expectError(await patch(bob.cookie, entry.id, { minutes: 5 }), 404, 'not_found');
    expectError(await del(bob.cookie, entry.id), 404, 'not_found');
    expectError(await log(bob.cookie, course.id, { date: '2027-05-01', minutes: 45 }), 404, 'not_found');
    // The 404 comes before any rule: a future date on another person's entry is still not found.
    expectError(await patch(bob.cookie, entry.id, { date: '2099-01-01' }), 404, 'not_found');
    expect(await entries(ann.cookie, course.id)).toEqual([entry]);
  });
});
