// Feedback requests as their requester sees them, on both databases: creating one (to an e-mail,
// with or without an account behind it, or to a contact), every rule at its field, the list with
// its states and answers, withdrawing, and another person's ids. Today is 2027-05-15 (UTC).
import { describe, expect, it } from 'vitest';
import {
  aSkill,
  createContact,
  createGoal,
  NOON_2027_05_15,
  requestFeedback,
  tokenOf,
} from '../../test/factories.ts';
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
import { fixedClock } from '../platform/clock.ts';

const URL = '/api/v1/feedback-requests';

describe.each(DIALECTS)('feedback requests on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const post = (cookie: string, body: unknown) => call(t.app, { method: 'POST', url: URL, cookie, body });
  const list = async (cookie: string, query = '') =>
    bodyOf(await call(t.app, { url: `${URL}${query}`, cookie }), 200, 'list').items;
  const answerByLink = (token: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/feedback/${token}`, body });

  it('creates a request to an e-mail and answers it in full, with its link', async () => {
    const { cookie } = await signUp(t.app);
    const res = await post(cookie, {
      to: { email: ' Reviewer@Example.com ' },
      about: { topic: '  My first conference talk ' },
      questions: [' What should I keep? ', 'What should I drop?'],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      state: 'open',
      to: { email: 'reviewer@example.com', contactId: null, name: null },
      about: { kind: 'topic', id: null, label: 'My first conference talk' },
      questions: ['What should I keep?', 'What should I drop?'],
      // 2027-05-15 + 30 days (the default) = 2027-06-14 (May has 31 days: 16 + 14).
      expiresOn: '2027-06-14',
      answers: null,
      level: null,
      assessmentId: null,
      answeredAt: null,
      createdAt: NOON_2027_05_15,
      link: expect.stringMatching(/^\/feedback\/[A-Za-z0-9_-]{43}$/),
      // This instance sends no mail: the link is the requester's to send.
      emailedTo: null,
    });
    const { link, emailedTo: _emailedTo, ...request } = res.json;
    expect(bodyOf(await call(t.app, { url: `${URL}/${request.id}`, cookie }), 200, 'get')).toEqual(request);
  });

  it('stores only the hash of the link’s token', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie);
    const [row] = await t.rows<{ token_hash: string }>(
      'select token_hash from feedback_requests where id = ?',
      [created.id],
    );
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await t.rows('select * from feedback_requests'))).not.toContain(tokenOf(created));
  });

  it('answers the same whether or not an account has the e-mail asked', async () => {
    const { cookie } = await signUp(t.app);
    const holder = await signUp(t.app, { email: `holder-${dialect}@example.com` });
    const body = (email: string) => ({
      to: { email },
      about: { topic: 'Code reviews' },
      questions: ['How are my reviews?'],
      expiresInDays: 7,
    });
    const withAccount = bodyOf(await post(cookie, body(holder.user.email)), 201, 'with account');
    const without = bodyOf(await post(cookie, body(`nobody-${dialect}@example.com`)), 201, 'without');
    const shape = ({ id: _id, link: _link, to, ...rest }: typeof withAccount) => ({
      ...rest,
      to: { ...to, email: 'the e-mail' },
    });
    expect(shape(withAccount)).toEqual(shape(without));
    expect(Object.keys(withAccount)).toEqual(Object.keys(without));
    // 2027-05-15 + 7 = 2027-05-22.
    expect(without.expiresOn).toBe('2027-05-22');
  });

  it('sends to a contact without an e-mail: its link works all the same', async () => {
    const { cookie } = await signUp(t.app);
    const contact = await createContact(t.app, cookie, { name: 'Bo Ek' });
    const created = await requestFeedback(t.app, cookie, { to: { contactId: contact.id } });
    expect(created.to).toEqual({ email: null, contactId: contact.id, name: 'Bo Ek' });
    expect(await t.rows('select * from feedback_recipients where request_id = ?', [created.id])).toEqual([]);
    const opened = await call(t.app, { url: `/api/v1/feedback/${tokenOf(created)}` });
    expect(opened.status).toBe(200);
    expect((await answerByLink(tokenOf(created), { answers: ['Keep the demos.'] })).status).toBe(204);
  });

  it('records every e-mail of a contact, lower-cased, for their inboxes', async () => {
    const { cookie } = await signUp(t.app);
    const contact = await createContact(t.app, cookie, {
      emails: [{ value: 'Ada.Quill@Example.com' }, { value: 'ada@home.example' }],
    });
    const created = await requestFeedback(t.app, cookie, { to: { contactId: contact.id } });
    const rows = await t.rows<{ email_key: string }>(
      'select email_key from feedback_recipients where request_id = ? order by email_key',
      [created.id],
    );
    expect(rows.map((r) => r.email_key)).toEqual(['ada.quill@example.com', 'ada@home.example']);
  });

  it('asks about a goal by its title and a skill by its name', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { title: 'Speak at RustConf' });
    const skill = await aSkill(t.app, cookie);
    const aboutGoal = await requestFeedback(t.app, cookie, { about: { goalId: goal.id } });
    const aboutSkill = await requestFeedback(t.app, cookie, { about: { skillId: skill.id } });
    expect(aboutGoal.about).toEqual({ kind: 'goal', id: goal.id, label: 'Speak at RustConf' });
    expect(aboutSkill.about).toEqual({ kind: 'skill', id: skill.id, label: skill.name });
  });

  it.each([
    [{ to: { email: 'not an address' } }, 'to.email'],
    [{ to: {} }, 'to'],
    [{ to: { email: 'a@example.com', contactId: '01a00000-0000-7000-8000-000000000000' } }, 'to'],
    [{ about: { topic: ' ' } }, 'about.topic'],
    [{ about: { topic: 'x'.repeat(201) } }, 'about.topic'],
    [{ about: { topic: 'Talks', goalId: '01a00000-0000-7000-8000-000000000000' } }, 'about'],
    [{ questions: [] }, 'questions'],
    [{ questions: ['1', '2', '3', '4', '5', '6'] }, 'questions'],
    [{ questions: ['fine', ' '] }, 'questions.1'],
    [{ questions: ['x'.repeat(501)] }, 'questions.0'],
    [{ expiresInDays: 0 }, 'expiresInDays'],
    [{ expiresInDays: 366 }, 'expiresInDays'],
    [{ expiresInDays: 1.5 }, 'expiresInDays'],
    [{ sendBy: 'pigeon' }, 'sendBy'],
  ])('refuses %j at %s', async (override, path) => {
    const { cookie } = await signUp(t.app);
    const body = {
      to: { email: 'reviewer@example.com' },
      about: { topic: 'Talks' },
      questions: ['How was it?'],
      ...override,
    };
    expectInvalid(await post(cookie, body), path);
  });

  it('refuses to ask oneself, another person’s contact, goal or own skill, at their fields', async () => {
    const me = await signUp(t.app);
    const other = await signUp(t.app);
    const theirContact = await createContact(t.app, other.cookie);
    const theirGoal = await createGoal(t.app, other.cookie);
    const theirSkill = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie: other.cookie,
        body: { name: 'Their own skill', kind: 'hard' },
      }),
      201,
      'skill',
    );
    const base = { about: { topic: 'Talks' }, questions: ['How was it?'] };
    expectInvalid(await post(me.cookie, { ...base, to: { email: me.user.email.toUpperCase() } }), 'to.email');
    expectInvalid(await post(me.cookie, { ...base, to: { contactId: theirContact.id } }), 'to.contactId');
    const to = { email: 'reviewer@example.com' };
    expectInvalid(await post(me.cookie, { ...base, to, about: { goalId: theirGoal.id } }), 'about.goalId');
    expectInvalid(await post(me.cookie, { ...base, to, about: { skillId: theirSkill.id } }), 'about.skillId');
    expect(await list(me.cookie)).toEqual([]);
  });

  describe('as days go by', () => {
    const clock = manualClock('2027-05-01T09:00:00.000Z');
    const days = useTestApp(dialect, { clock });
    const DAY = 24 * 60 * 60 * 1000;

    it('lists her requests newest first with their state and answers, filtered by state', async () => {
      const { cookie } = await signUp(days.app);
      const expiring = await requestFeedback(days.app, cookie, { expiresInDays: 1 }); // last day 05-02
      clock.advance(DAY);
      const answered = await requestFeedback(days.app, cookie, { questions: ['One?', 'Two?'] });
      clock.advance(DAY);
      const open = await requestFeedback(days.app, cookie);
      const res = await call(days.app, {
        method: 'POST',
        url: `/api/v1/feedback/${tokenOf(answered)}`,
        body: { answers: ['First.', 'Second.'] },
      });
      expect(res.status).toBe(204);

      // On 05-03 the request whose last day was 05-02 has expired.
      const all = bodyOf(await call(days.app, { url: URL, cookie }), 200, 'list').items;
      expect(all.map((r: { id: string; state: string }) => [r.id, r.state])).toEqual([
        [open.id, 'open'],
        [answered.id, 'answered'],
        [expiring.id, 'expired'],
      ]);
      expect(all[1]).toMatchObject({
        answers: ['First.', 'Second.'],
        level: null,
        answeredAt: '2027-05-03T09:00:00.000Z',
      });
      for (const state of ['open', 'answered', 'expired'] as const) {
        const items = bodyOf(
          await call(days.app, { url: `${URL}?state=${state}`, cookie }),
          200,
          state,
        ).items;
        expect(items.map((r: { state: string }) => r.state)).toEqual([state]);
      }
      expectInvalid(await call(days.app, { url: `${URL}?state=closed`, cookie }), 'state');
    });
  });

  it('withdraws a request: gone from the list, and its link answers 404', async () => {
    const { cookie } = await signUp(t.app);
    const created = await requestFeedback(t.app, cookie);
    const removed = await call(t.app, { method: 'DELETE', url: `${URL}/${created.id}`, cookie });
    expect(removed.status).toBe(204);
    expect(await list(cookie)).toEqual([]);
    expectError(await call(t.app, { url: `/api/v1/feedback/${tokenOf(created)}` }), 404, 'not_found');
    expectError(await answerByLink(tokenOf(created), { answers: ['Late.'] }), 404, 'not_found');
    expectError(
      await call(t.app, { method: 'DELETE', url: `${URL}/${created.id}`, cookie }),
      404,
      'not_found',
    );
    expect(await t.rows('select * from feedback_recipients where request_id = ?', [created.id])).toEqual([]);
  });

  it('answers 404 for another person’s request on get, delete and answer, and changes nothing', async () => {
    const owner = await signUp(t.app);
    const created = await requestFeedback(t.app, owner.cookie);
    const stranger = await signUp(t.app);
    const id = created.id;
    expectError(await call(t.app, { url: `${URL}/${id}`, cookie: stranger.cookie }), 404, 'not_found');
    expectError(
      await call(t.app, { method: 'DELETE', url: `${URL}/${id}`, cookie: stranger.cookie }),
      404,
      'not_found',
    );
    expectError(
      await call(t.app, {
        method: 'POST',
        url: `${URL}/${id}/answer`,
        cookie: stranger.cookie,
        body: { answers: ['Hijacked.'] },
      }),
      404,
      'not_found',
    );
    const { link: _link, emailedTo: _emailedTo, ...request } = created;
    expect(bodyOf(await call(t.app, { url: `${URL}/${id}`, cookie: owner.cookie }), 200, 'get')).toEqual(
      request,
    );
  });

  it('keeps a request when its contact is deleted, without the contact', async () => {
    const { cookie } = await signUp(t.app);
    const contact = await createContact(t.app, cookie, { emails: [{ value: 'bo@example.com' }] });
    const created = await requestFeedback(t.app, cookie, { to: { contactId: contact.id } });
    bodyOf(
      await call(t.app, { method: 'DELETE', url: `/api/v1/contacts/${contact.id}`, cookie }),
      204,
      'delete contact',
    );
    const read = bodyOf(await call(t.app, { url: `${URL}/${created.id}`, cookie }), 200, 'get');
    expect(read.to).toEqual({ email: null, contactId: null, name: null });
  });

  it('refuses every route but the link without a session', async () => {
    expectError(await call(t.app, { url: URL }), 401, 'unauthenticated');
    expectError(await call(t.app, { url: `${URL}/inbox` }), 401, 'unauthenticated');
    expectError(
      await call(t.app, { method: 'POST', url: URL, body: { to: {}, about: {}, questions: [] } }),
      401,
      'unauthenticated',
    );
  });
});
