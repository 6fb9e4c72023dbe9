// The inbox of a person who has an account with an e-mail a request was sent to, on both
// databases; answering there; and what a level becomes: an assessment of the requester's skill,
// from a peer, a mentor or a manager, named after whoever answered. Today is 2027-05-15 (UTC).
import { describe, expect, it } from 'vitest';
import { aSkill, createContact, NOON_2027_05_15, requestFeedback, tokenOf } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, expectError, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const INBOX = '/api/v1/feedback-requests/inbox';

describe.each(DIALECTS)('the feedback inbox on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  let n = 0;
  /** A new e-mail for this run, so that inboxes of earlier tests stay out of the way. */
  const email = (who: string) => `${who}-${dialect}-${++n}@example.com`;
  const inbox = async (cookie: string) =>
    bodyOf(await call(t.app, { url: INBOX, cookie }), 200, 'inbox').items;
  const answer = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'POST', url: `/api/v1/feedback-requests/${id}/answer`, cookie, body });
  const request = async (cookie: string, id: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/feedback-requests/${id}`, cookie }), 200, 'get');
  const assessments = async (cookie: string, skillId: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/skills/${skillId}/assessments`, cookie }), 200, 'assessments')
      .items;

  it('shows a request to the account holding the e-mail, in any case, and to nobody else', async () => {
    const requester = await signUp(t.app, { name: 'Grace Hopper' });
    const recipient = await signUp(t.app, { email: email('recipient') });
    const stranger = await signUp(t.app);
    const created = await requestFeedback(t.app, requester.cookie, {
      to: { email: recipient.user.email.toUpperCase() },
      questions: ['What worked?'],
    });
    expect(await inbox(recipient.cookie)).toEqual([
      {
        id: created.id,
        from: { name: 'Grace Hopper' },
        about: { kind: 'topic', id: null, label: 'My first conference talk' },
        questions: ['What worked?'],
        asksLevel: false,
        expiresOn: '2027-06-14',
        createdAt: NOON_2027_05_15,
      },
    ]);
    expect(await inbox(stranger.cookie)).toEqual([]);
    expect(await inbox(requester.cookie)).toEqual([]);
  });

  it('shows a request to a contact under each of its e-mails, newest first, never one’s own', async () => {
    const requester = await signUp(t.app);
    const recipient = await signUp(t.app, { email: email('home') });
    const contact = await createContact(t.app, requester.cookie, {
      emails: [{ value: email('work') }, { value: recipient.user.email }],
    });
    const first = await requestFeedback(t.app, requester.cookie, { to: { contactId: contact.id } });
    const second = await requestFeedback(t.app, requester.cookie, { to: { email: recipient.user.email } });
    // A contact of her own with her own e-mail: the request is not in her inbox.
    const self = await createContact(t.app, recipient.cookie, { emails: [{ value: recipient.user.email }] });
    await requestFeedback(t.app, recipient.cookie, { to: { contactId: self.id } });
    expect((await inbox(recipient.cookie)).map((q: { id: string }) => q.id)).toEqual([second.id, first.id]);
  });

  it('answers from the inbox, once: the request leaves it and the requester reads the answer', async () => {
    const requester = await signUp(t.app);
    const recipient = await signUp(t.app, { email: email('recipient') });
    const created = await requestFeedback(t.app, requester.cookie, {
      to: { email: recipient.user.email },
      questions: ['Keep?', 'Drop?'],
    });
    const res = await answer(recipient.cookie, created.id, { answers: ['The demo.', 'The intro.'] });
    expect(res.status, JSON.stringify(res.json)).toBe(204);
    expect(await inbox(recipient.cookie)).toEqual([]);
    expect(await request(requester.cookie, created.id)).toMatchObject({
      state: 'answered',
      answers: ['The demo.', 'The intro.'],
      answeredAt: NOON_2027_05_15,
    });
    const [row] = await t.rows('select answered_by_user_id from feedback_requests where id = ?', [
      created.id,
    ]);
    expect(row).toEqual({ answered_by_user_id: recipient.user.id });

    const again = await answer(recipient.cookie, created.id, { answers: ['A.', 'B.'] });
    expectError(again, 409, 'conflict');
    expectError(
      await call(t.app, {
        method: 'POST',
        url: `/api/v1/feedback/${tokenOf(created)}`,
        body: { answers: ['A.', 'B.'] },
      }),
      409,
      'conflict',
    );
  });

  it('answers 404 to an account the request was not sent to, the requester included', async () => {
    const requester = await signUp(t.app);
    const recipient = await signUp(t.app, { email: email('recipient') });
    const stranger = await signUp(t.app);
    const created = await requestFeedback(t.app, requester.cookie, { to: { email: recipient.user.email } });
    for (const who of [stranger, requester]) {
      expectError(await answer(who.cookie, created.id, { answers: ['Mine.'] }), 404, 'not_found');
    }
    expect((await request(requester.cookie, created.id)).state).toBe('open');
  });

  it('makes a level an assessment from a peer, named after the answering account', async () => {
    const requester = await signUp(t.app);
    const recipient = await signUp(t.app, { email: email('peer'), name: 'Linus Peer' });
    const skill = await aSkill(t.app, requester.cookie);
    const created = await requestFeedback(t.app, requester.cookie, {
      to: { email: recipient.user.email },
      about: { skillId: skill.id },
    });
    expect((await inbox(recipient.cookie))[0].asksLevel).toBe(true);
    const res = await answer(recipient.cookie, created.id, { answers: ['Solid.'], level: 4 });
    expect(res.status, JSON.stringify(res.json)).toBe(204);
    const stored = await request(requester.cookie, created.id);
    expect(stored).toMatchObject({ level: 4, assessmentId: expect.any(String) });
    expect(await assessments(requester.cookie, skill.id)).toEqual([
      {
        id: stored.assessmentId,
        skillId: skill.id,
        level: 4,
        source: 'peer',
        assessor: 'Linus Peer',
        note: 'From a feedback request',
        date: '2027-05-15',
        createdAt: NOON_2027_05_15,
      },
    ]);
    // Nothing was written on the skill of the one who answered.
    expect(await assessments(recipient.cookie, skill.id)).toEqual([]);
  });

  it('makes a level from a contact with the role mentor an assessment from a mentor, named after the contact', async () => {
    const requester = await signUp(t.app);
    const skill = await aSkill(t.app, requester.cookie);
    const mentor = await createContact(t.app, requester.cookie, {
      name: 'Ada Quill',
      roles: ['friend', 'mentor', 'manager'],
    });
    const created = await requestFeedback(t.app, requester.cookie, {
      to: { contactId: mentor.id },
      about: { skillId: skill.id },
    });
    const res = await call(t.app, {
      method: 'POST',
      url: `/api/v1/feedback/${tokenOf(created)}`,
      body: { answers: ['Getting there.'], level: 2 },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(204);
    expect(await assessments(requester.cookie, skill.id)).toMatchObject([
      { level: 2, source: 'mentor', assessor: 'Ada Quill', note: 'From a feedback request' },
    ]);
  });

  it('finds the contact with the e-mail asked for its role and name, else names the e-mail', async () => {
    const requester = await signUp(t.app);
    const skill = await aSkill(t.app, requester.cookie);
    const boss = email('Boss');
    await createContact(t.app, requester.cookie, {
      name: 'Bo Boss',
      emails: [{ value: boss }],
      roles: ['manager'],
    });
    const viaContact = await requestFeedback(t.app, requester.cookie, {
      to: { email: boss },
      about: { skillId: skill.id },
    });
    const stranger = email('stranger');
    const viaEmail = await requestFeedback(t.app, requester.cookie, {
      to: { email: stranger },
      about: { skillId: skill.id },
    });
    for (const [created, level] of [
      [viaContact, 3],
      [viaEmail, 1],
    ] as const) {
      const res = await call(t.app, {
        method: 'POST',
        url: `/api/v1/feedback/${tokenOf(created)}`,
        body: { answers: ['Fine.'], level },
      });
      expect(res.status).toBe(204);
    }
    expect(
      (await assessments(requester.cookie, skill.id)).map(
        (a: { level: number; source: string; assessor: string }) => [a.level, a.source, a.assessor],
      ),
    ).toEqual([
      [3, 'manager', 'Bo Boss'],
      [1, 'peer', stranger],
    ]);
  });

  it('keeps the answer when the skill is gone, without an assessment', async () => {
    const requester = await signUp(t.app);
    const own = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie: requester.cookie,
        body: { name: 'Whittling', kind: 'hard' },
      }),
      201,
      'skill',
    );
    const created = await requestFeedback(t.app, requester.cookie, { about: { skillId: own.id } });
    const removed = await call(t.app, {
      method: 'DELETE',
      url: `/api/v1/skills/${own.id}`,
      cookie: requester.cookie,
    });
    expect(removed.status).toBe(204);
    const res = await call(t.app, {
      method: 'POST',
      url: `/api/v1/feedback/${tokenOf(created)}`,
      body: { answers: ['Sharp.'], level: 5 },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(204);
    expect(await request(requester.cookie, created.id)).toMatchObject({
      state: 'answered',
      answers: ['Sharp.'],
      level: 5,
      assessmentId: null,
      about: { kind: 'skill', id: own.id, label: 'Whittling' },
    });
  });

  it('unlinks the assessment when it is deleted, and keeps the level', async () => {
    const requester = await signUp(t.app);
    const skill = await aSkill(t.app, requester.cookie);
    const created = await requestFeedback(t.app, requester.cookie, { about: { skillId: skill.id } });
    await call(t.app, {
      method: 'POST',
      url: `/api/v1/feedback/${tokenOf(created)}`,
      body: { answers: ['Ok.'], level: 3 },
    });
    const { assessmentId } = await request(requester.cookie, created.id);
    const url = `/api/v1/assessments/${assessmentId}`;
    expect((await call(t.app, { method: 'DELETE', url, cookie: requester.cookie })).status).toBe(204);
    expect(await request(requester.cookie, created.id)).toMatchObject({ level: 3, assessmentId: null });
  });
});
