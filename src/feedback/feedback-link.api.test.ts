// The feedback link, answered without an account, on both databases: opened and answered once, a
// second answer refused, a wrong or malformed token, an expired link (the clock moved past its
// last day, in the requester's time zone), a withdrawn one, the answer's rules, and ten answers at
// the same moment. The clock starts at 2027-05-15, noon UTC.
import { describe, expect, it } from 'vitest';
import { aSkill, NOON_2027_05_15, requestFeedback, setTimeZone, tokenOf } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  manualClock,
  signUp,
  useTestApp,
} from '../../test/harness.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe.each(DIALECTS)('the feedback link on %s', (dialect) => {
  const clock = manualClock(NOON_2027_05_15);
  const t = useTestApp(dialect, { clock });
  const open = (token: string) => call(t.app, { url: `/api/v1/feedback/${token}` });
  const answer = (token: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/feedback/${token}`, body });
  const request = async (cookie: string, id: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/feedback-requests/${id}`, cookie }), 200, 'get');
  /** Runs `fn` with the clock moved by `ms`, then moves it back. */
  async function later<T>(ms: number, fn: () => Promise<T>): Promise<T> {
    clock.advance(ms);
    try {
      return await fn();
    } finally {
      clock.advance(-ms);
    }
  }

  it('opens to the questions, with the requester’s name and nothing of hers beyond them', async () => {
    const { cookie } = await signUp(t.app, { name: 'Grace Hopper' });
    const created = await requestFeedback(t.app, cookie, {
      about: { topic: 'My talk on compilers' },
      questions: ['What worked?', 'What did not?'],
    });
    const res = await open(tokenOf(created));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toEqual({
      id: null,
      from: { name: 'Grace Hopper' },
      about: { kind: 'topic', id: null, label: 'My talk on compilers' },
      questions: ['What worked?', 'What did not?'],
      asksLevel: false,
      expiresOn: '2027-06-14',
      createdAt: NOON_2027_05_15,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is answered once: the answer is stored, and a second answer or a visit is refused with 409', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie, { questions: ['Keep?', 'Drop?'] });
    const token = tokenOf(created);
    const first = await answer(token, { answers: [' The live demo. ', 'The long intro.'] });
    expect(first.status, JSON.stringify(first.json)).toBe(204);

    const again = await answer(token, { answers: ['Another.', 'Answer.'] });
    expectError(again, 409, 'conflict');
    expect(again.json.error.message).toBe('This request has already been answered.');
    expectError(await open(token), 409, 'conflict');
    expect(await request(cookie, created.id)).toMatchObject({
      state: 'answered',
      answers: ['The live demo.', 'The long intro.'],
      level: null,
      assessmentId: null,
      answeredAt: NOON_2027_05_15,
    });
    const [row] = await t.rows('select answered_by_user_id from feedback_requests where id = ?', [
      created.id,
    ]);
    expect(row).toEqual({ answered_by_user_id: null });
  });

  it('answers 404 for a wrong token and a malformed one, as for a link that never was', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie);
    const token = tokenOf(created);
    // The same length and alphabet, one character changed.
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [wrong, 'abc', `${token}x`, token.slice(1), '%20']) {
      expectError(await open(bad), 404, 'not_found');
      expectError(await answer(bad, { answers: ['Hi.'] }), 404, 'not_found');
    }
    expect((await request(cookie, created.id)).state).toBe('open');
  });

  it('expires after its last day: 409 naming the day, and the answer refused', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie, { expiresInDays: 3 }); // last day 2027-05-18
    const token = tokenOf(created);
    expect(created.expiresOn).toBe('2027-05-18');
    // 2027-05-18 at 23:00 UTC is still its last day.
    expect((await later(3 * DAY + 11 * HOUR, () => open(token))).status).toBe(200);
    // 2027-05-19 at noon: past it.
    const visit = await later(4 * DAY, () => open(token));
    expectError(visit, 409, 'conflict');
    expect(visit.json.error.message).toBe('This request expired on May 18, 2027.');
    const late = await later(4 * DAY, () => answer(token, { answers: ['Too late.'] }));
    expectError(late, 409, 'conflict');
    expect(late.json.error.message).toBe('This request expired on May 18, 2027.');
    expect(await later(4 * DAY, () => request(cookie, created.id))).toMatchObject({
      state: 'expired',
      answers: null,
    });
  });

  it('judges expiry by the requester’s time zone', async () => {
    const { cookie } = await signUp(t.app);
    await setTimeZone(t.app, cookie, 'Pacific/Auckland'); // UTC+12 in May
    // Noon UTC on 05-15 is midnight in Auckland: her today is 2027-05-16, so her last day is 05-17.
    const created = await requestFeedback(t.app, cookie, { expiresInDays: 1 });
    expect(created.expiresOn).toBe('2027-05-17');
    const token = tokenOf(created);
    // 2027-05-17 at 11:59 UTC is 23:59 on 05-17 in Auckland: still open.
    expect((await later(2 * DAY - 60_000, () => open(token))).status).toBe(200);
    // 2027-05-17 at noon UTC is 05-18 in Auckland: expired, though still 05-17 in UTC.
    expectError(await later(2 * DAY, () => open(token)), 409, 'conflict');
  });

  it('leaves the inbox once expired, by the requester’s today, and refuses an answer there', async () => {
    const requester = await signUp(t.app);
    const recipient = await signUp(t.app, { email: `late-${dialect}@example.com` });
    const created = await requestFeedback(t.app, requester.cookie, {
      to: { email: recipient.user.email },
      expiresInDays: 1,
    }); // last day 2027-05-16
    const inbox = async () =>
      bodyOf(
        await call(t.app, { url: '/api/v1/feedback-requests/inbox', cookie: recipient.cookie }),
        200,
        'inbox',
      ).items;
    expect((await later(DAY, inbox)).map((q: { id: string }) => q.id)).toEqual([created.id]);
    expect(await later(2 * DAY, inbox)).toEqual([]);
    const late = await later(2 * DAY, () =>
      call(t.app, {
        method: 'POST',
        url: `/api/v1/feedback-requests/${created.id}/answer`,
        cookie: recipient.cookie,
        body: { answers: ['Late.'] },
      }),
    );
    expectError(late, 409, 'conflict');
    expect(late.json.error.message).toBe('This request expired on May 16, 2027.');
  });

  it('answers 404 once withdrawn', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie);
    const url = `/api/v1/feedback-requests/${created.id}`;
    expect((await call(t.app, { method: 'DELETE', url, cookie })).status).toBe(204);
    expectError(await open(tokenOf(created)), 404, 'not_found');
    expectError(await answer(tokenOf(created), { answers: ['Hi.'] }), 404, 'not_found');
  });

  it('refuses answers that do not match the questions, and a level not about a skill, at their fields', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie, { questions: ['One?', 'Two?', 'Three?'] });
    const token = tokenOf(created);
    const short = await answer(token, { answers: ['Only one.'] });
    expectInvalid(short, 'answers');
    expect(short.json.error.message).toBe('answers: must have 3 entries, one per question (got 1)');
    expectInvalid(await answer(token, { answers: ['1', '2', '3', '4'] }), 'answers');
    expectInvalid(await answer(token, { answers: ['1', '2', '3'], level: 3 }), 'level');
    expectInvalid(await answer(token, { answers: ['1', ' ', '3'] }), 'answers.1');
    expectInvalid(await answer(token, { answers: ['1', '2', 'x'.repeat(5_001)] }), 'answers.2');
    expectInvalid(await answer(token, { answers: ['1', '2', '3'], name: 'Me' }), 'name');
    expectInvalid(await answer(token, {}), 'answers');
    expect((await request(cookie, created.id)).state).toBe('open');
  });

  it('refuses a level outside 0–5 about a skill', async () => {
    const { cookie } = await signUp(t.app);
    const skill = await aSkill(t.app, cookie);
    const token = tokenOf(await requestFeedback(t.app, cookie, { about: { skillId: skill.id } }));
    expect((await open(token)).json.asksLevel).toBe(true);
    expectInvalid(await answer(token, { answers: ['Good.'], level: 6 }), 'level');
    expectInvalid(await answer(token, { answers: ['Good.'], level: -1 }), 'level');
    expectInvalid(await answer(token, { answers: ['Good.'], level: 2.5 }), 'level');
  });

  it('takes exactly one of ten answers sent at the same moment', async () => {
    const { cookie } = await signUp(t.app);
    const skill = await aSkill(t.app, cookie);
    const created = await requestFeedback(t.app, cookie, { about: { skillId: skill.id } });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => answer(tokenOf(created), { answers: [`Answer ${i}.`], level: 3 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([204, ...Array(9).fill(409)]);
    for (const refused of results.filter((r) => r.status === 409)) expectError(refused, 409, 'conflict');
    // One answer, one assessment: the refused ones left nothing behind.
    const stored = await request(cookie, created.id);
    const winner = results.findIndex((r) => r.status === 204);
    expect(stored.answers).toEqual([`Answer ${winner}.`]);
    const assessments = bodyOf(
      await call(t.app, { url: `/api/v1/skills/${skill.id}/assessments`, cookie }),
      200,
      'assessments',
    ).items;
    expect(assessments.map((a: { id: string }) => a.id)).toEqual([stored.assessmentId]);
  });

  it('needs no session and no Origin, but refuses another site’s', async () => {
    const { cookie } = await signUp(t.app);
    const token = tokenOf(await requestFeedback(t.app, cookie));
    const foreign = await call(t.app, {
      method: 'POST',
      url: `/api/v1/feedback/${token}`,
      body: { answers: ['Hi.'] },
      headers: { origin: 'https://evil.example' },
    });
    expectError(foreign, 403, 'forbidden');
    expect((await answer(token, { answers: ['Hi.'] })).status).toBe(204);
  });
});
