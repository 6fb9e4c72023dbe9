// Mentorships through the API, on both databases: invitations by e-mail (answered the same whether
// or not an account has it, found by whoever signs up with it later), accepting, declining and
// ending them, and mentorships with a contact, which only their creator ever sees.
import { describe, expect, it } from 'vitest';
import { createGoal, NOON_2027_05_15 } from '../../test/factories.ts';
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

describe.each(DIALECTS)('mentorships on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const person = (name: string) =>
    signUp(t.app, { name, email: `${name.toLowerCase()}-${unique()}@example.com` });
  const get = (by: Someone, url: string) => call(t.app, { url, cookie: by.cookie });
  const post = (by: Someone, url: string, body?: unknown) =>
    call(t.app, { method: 'POST', url, cookie: by.cookie, ...(body !== undefined ? { body } : {}) });
  const ids = (list: { items: { id: string }[] }) => list.items.map((m) => m.id);

  it('answers an invitation by e-mail the same whether or not an account has that e-mail', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const nobody = `nobody-${unique()}@example.com`;
    // Written in capitals: e-mails match in any case.
    const toBob = await createMentorship(t.app, ann, {
      myRole: 'mentee',
      with: { email: bob.user.email.toUpperCase() },
      focus: 'Rust in production',
    });
    const toNobody = await createMentorship(t.app, ann, {
      myRole: 'mentee',
      with: { email: nobody },
      focus: 'Rust in production',
    });
    expect(toBob).toEqual({
      id: expect.any(String),
      state: 'invited',
      myRole: 'mentee',
      mentor: { role: 'mentor', me: false, name: null, email: bob.user.email, contactId: null },
      mentee: { role: 'mentee', me: true, name: 'Ann', email: ann.user.email, contactId: null },
      invitedByMe: true,
      focus: 'Rust in production',
      skillIds: [],
      goalIds: [],
      cadenceDays: null,
      shareSkills: false,
      startedOn: null,
      endedOn: null,
      lastSessionOn: null,
      nextSessionOn: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    const shape = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) =>
      JSON.stringify(rest).replaceAll(bob.user.email, '<invited>').replaceAll(nobody, '<invited>');
    expect(Object.keys(toNobody)).toEqual(Object.keys(toBob));
    expect(shape(toNobody)).toBe(shape(toBob));
  });

  it('shows the invitation to the invited person, and accepting it makes it active for both', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const invited = await createMentorship(t.app, ann, {
      myRole: 'mentee',
      with: { email: bob.user.email },
      cadenceDays: 14,
    });
    const seen = bodyOf(await get(bob, '/api/v1/mentorships'), 200, 'list');
    expect(seen.items).toEqual([
      {
        ...invited,
        myRole: 'mentor',
        invitedByMe: false,
        mentor: { role: 'mentor', me: true, name: null, email: bob.user.email, contactId: null },
        mentee: { ...invited.mentee, me: false },
      },
    ]);
    expect(bodyOf(await get(bob, `/api/v1/mentorships/${invited.id}`), 200, 'get')).toEqual(seen.items[0]);

    const accepted = await act(t.app, bob, invited.id, 'accept');
    expect(accepted).toMatchObject({
      state: 'active',
      myRole: 'mentor',
      mentor: { role: 'mentor', me: true, name: 'Bob', email: bob.user.email, contactId: null },
      startedOn: '2027-05-15',
      // 2027-05-15 + 14 days.
      nextSessionOn: '2027-05-29',
    });
    expect(bodyOf(await get(ann, `/api/v1/mentorships/${invited.id}`), 200, 'get')).toMatchObject({
      state: 'active',
      myRole: 'mentee',
      mentor: { me: false, name: 'Bob', email: bob.user.email },
      mentee: { me: true, name: 'Ann' },
    });
    // Answered once: accepting or declining again is a conflict.
    expectError(await post(bob, `/api/v1/mentorships/${invited.id}/accept`), 409, 'conflict');
    expectError(await post(bob, `/api/v1/mentorships/${invited.id}/decline`), 409, 'conflict');
  });

  it('lets only the invited person answer: its creator gets 403, anyone else 404', async () => {
    const ann = await person('Ann');
    const cy = await person('Cy');
    const invited = await createMentorship(t.app, ann, {
      myRole: 'mentor',
      with: { email: `someone-${unique()}@example.com` },
    });
    expectError(await post(ann, `/api/v1/mentorships/${invited.id}/accept`), 403, 'forbidden');
    expectError(await post(ann, `/api/v1/mentorships/${invited.id}/decline`), 403, 'forbidden');
    expectError(await post(cy, `/api/v1/mentorships/${invited.id}/accept`), 404, 'not_found');
    expectError(await get(cy, `/api/v1/mentorships/${invited.id}`), 404, 'not_found');
    expect(bodyOf(await get(ann, `/api/v1/mentorships/${invited.id}`), 200, 'get').state).toBe('invited');
  });

  it('finds an invitation for whoever signs up with its e-mail later, who may decline it', async () => {
    const ann = await person('Ann');
    const email = `later-${unique()}@example.com`;
    const invited = await createMentorship(t.app, ann, { myRole: 'mentor', with: { email } });
    const later = await signUp(t.app, { name: 'Lee', email: email.toUpperCase() });
    const list = bodyOf(await get(later, '/api/v1/mentorships'), 200, 'list');
    expect(list.items).toMatchObject([
      { id: invited.id, state: 'invited', myRole: 'mentee', invitedByMe: false, mentee: { me: true, email } },
    ]);
    const declined = await act(t.app, later, invited.id, 'decline');
    expect(declined).toMatchObject({
      state: 'declined',
      myRole: 'mentee',
      mentee: { me: true, name: 'Lee', email },
      startedOn: null,
    });
    // Both still see it, as history; nothing more happens to it.
    expect(bodyOf(await get(later, `/api/v1/mentorships/${invited.id}`), 200, 'get')).toEqual(declined);
    expect(bodyOf(await get(ann, `/api/v1/mentorships/${invited.id}`), 200, 'get')).toMatchObject({
      state: 'declined',
      mentee: { me: false, name: 'Lee' },
    });
    expectError(await post(later, `/api/v1/mentorships/${invited.id}/accept`), 409, 'conflict');
    expectError(await post(ann, `/api/v1/mentorships/${invited.id}/end`), 409, 'conflict');
    // Declined is not open: a new invitation between them may follow.
    await createMentorship(t.app, ann, { myRole: 'mentor', with: { email } });
  });

  it('ends by either side, for both, once; then a new one may start', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const first = await activeMentorship(t.app, ann, bob);
    const ended = await act(t.app, bob, first.id, 'end');
    expect(ended).toMatchObject({ state: 'ended', endedOn: '2027-05-15', startedOn: '2027-05-15' });
    expect(bodyOf(await get(ann, `/api/v1/mentorships/${first.id}`), 200, 'get')).toMatchObject({
      state: 'ended',
      endedOn: '2027-05-15',
      nextSessionOn: null,
    });
    expectError(await post(ann, `/api/v1/mentorships/${first.id}/end`), 409, 'conflict');
    expectError(await post(bob, `/api/v1/mentorships/${first.id}/end`), 409, 'conflict');

    const second = await activeMentorship(t.app, ann, bob);
    expect((await act(t.app, ann, second.id, 'end')).state).toBe('ended');
  });

  it('withdraws an invitation: its creator ends it and the invited person sees it no more', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const invited = await createMentorship(t.app, ann, { myRole: 'mentee', with: { email: bob.user.email } });
    // The invited person has not answered: she may accept or decline, not end it.
    expectError(await post(bob, `/api/v1/mentorships/${invited.id}/end`), 404, 'not_found');
    expect(await act(t.app, ann, invited.id, 'end')).toMatchObject({ state: 'ended', endedOn: '2027-05-15' });
    expect(bodyOf(await get(bob, '/api/v1/mentorships'), 200, 'list').items).toEqual([]);
    expectError(await get(bob, `/api/v1/mentorships/${invited.id}`), 404, 'not_found');
    expectError(await post(bob, `/api/v1/mentorships/${invited.id}/accept`), 404, 'not_found');
  });

  it('keeps a mentorship with a contact active at once, seen by its creator alone', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const mia = await createContact(t.app, ann, { name: 'Mia Stone' });
    const res = await post(ann, '/api/v1/mentorships', {
      myRole: 'mentee',
      with: { contactId: mia },
      cadenceDays: 30,
      shareSkills: true,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      state: 'active',
      myRole: 'mentee',
      mentor: { role: 'mentor', me: false, name: 'Mia Stone', email: null, contactId: mia },
      mentee: { role: 'mentee', me: true, name: 'Ann', email: ann.user.email, contactId: null },
      invitedByMe: true,
      shareSkills: true,
      startedOn: '2027-05-15',
      // 2027-05-15 + 30 days: 16 left in May, then 14 in June.
      nextSessionOn: '2027-06-14',
    });
    expect(ids(bodyOf(await get(ann, '/api/v1/mentorships'), 200, 'list'))).toEqual([res.json.id]);
    expect(bodyOf(await get(bob, '/api/v1/mentorships'), 200, 'list').items).toEqual([]);
    expectError(await get(bob, `/api/v1/mentorships/${res.json.id}`), 404, 'not_found');
    // One open mentorship with a contact in the same roles; another person's contact is not hers.
    expectError(
      await post(ann, '/api/v1/mentorships', { myRole: 'mentee', with: { contactId: mia } }),
      409,
      'conflict',
    );
    expectInvalid(
      await post(bob, '/api/v1/mentorships', { myRole: 'mentee', with: { contactId: mia } }),
      'with.contactId',
    );
    // A deleted contact leaves the mentorship, unnamed.
    expect(
      (await call(t.app, { method: 'DELETE', url: `/api/v1/contacts/${mia}`, cookie: ann.cookie })).status,
    ).toBe(204);
    expect(bodyOf(await get(ann, `/api/v1/mentorships/${res.json.id}`), 200, 'get').mentor).toEqual({
      role: 'mentor',
      me: false,
      name: null,
      email: null,
      contactId: null,
    });
  });

  it('refuses a second open mentorship between the same people in the same roles, and one with oneself', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const first = await createMentorship(t.app, ann, { myRole: 'mentee', with: { email: bob.user.email } });
    expectError(
      await post(ann, '/api/v1/mentorships', { myRole: 'mentee', with: { email: bob.user.email } }),
      409,
      'conflict',
    );
    // From the other side too, before and after it is accepted.
    const fromBob = { myRole: 'mentor', with: { email: ann.user.email } };
    expectError(await post(bob, '/api/v1/mentorships', fromBob), 409, 'conflict');
    await act(t.app, bob, first.id, 'accept');
    expectError(await post(bob, '/api/v1/mentorships', fromBob), 409, 'conflict');
    // The other way round is another mentorship.
    await createMentorship(t.app, bob, { myRole: 'mentee', with: { email: ann.user.email } });
    expectInvalid(
      await post(ann, '/api/v1/mentorships', {
        myRole: 'mentor',
        with: { email: ann.user.email.toUpperCase() },
      }),
      'with.email',
    );
  });

  it('opens one mentorship between two people however many invitations race each other', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0
          ? post(ann, '/api/v1/mentorships', { myRole: 'mentee', with: { email: bob.user.email } })
          : post(bob, '/api/v1/mentorships', { myRole: 'mentor', with: { email: ann.user.email } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const stored = await t.rows<{ n: number | string }>(
      'select count(*) as n from mentorships where creator_id in (?, ?)',
      [ann.user.id, bob.user.id],
    );
    expect(Number(stored[0]!.n)).toBe(1);
  });

  it('lets either side change the focus and cadence, and only the mentee what she shares', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const goal = await createGoal(t.app, ann.cookie, { title: 'Give a talk' });
    const bobs = await createGoal(t.app, bob.cookie, { title: 'Bob’s goal' });
    const m = await activeMentorship(t.app, ann, bob);
    const patch = (by: Someone, body: unknown) =>
      call(t.app, { method: 'PATCH', url: `/api/v1/mentorships/${m.id}`, cookie: by.cookie, body });
    expect(
      bodyOf(await patch(bob, { focus: 'Public speaking', cadenceDays: 7 }), 200, 'patch'),
    ).toMatchObject({
      focus: 'Public speaking',
      cadenceDays: 7,
      // 2027-05-15 + 7.
      nextSessionOn: '2027-05-22',
    });
    for (const body of [{ shareSkills: true }, { goalIds: [] }, { skillIds: [] }]) {
      const res = await patch(bob, body);
      expectError(res, 403, 'forbidden');
      expect(res.json.error.message).toContain(Object.keys(body)[0]);
    }
    expect(bodyOf(await patch(ann, { shareSkills: true, goalIds: [goal.id] }), 200, 'patch')).toMatchObject({
      shareSkills: true,
      goalIds: [goal.id],
      focus: 'Public speaking',
    });
    expectInvalid(await patch(ann, { goalIds: [goal.id, bobs.id] }), 'goalIds.1');
    expectInvalid(await patch(ann, { skillIds: ['no-such-skill'] }), 'skillIds.0');
    expect(bodyOf(await patch(ann, { focus: null, cadenceDays: null }), 200, 'patch')).toMatchObject({
      focus: null,
      cadenceDays: null,
      nextSessionOn: null,
    });
  });

  it('refuses the mentee’s fields from a mentor who creates one', async () => {
    const ann = await person('Ann');
    const goal = await createGoal(t.app, ann.cookie, { title: 'Ann’s goal' });
    const to = { email: `mentee-${unique()}@example.com` };
    expectInvalid(
      await post(ann, '/api/v1/mentorships', { myRole: 'mentor', with: to, goalIds: [goal.id] }),
      'goalIds',
    );
    expectInvalid(
      await post(ann, '/api/v1/mentorships', { myRole: 'mentor', with: to, shareSkills: false }),
      'shareSkills',
    );
    expectInvalid(
      await post(ann, '/api/v1/mentorships', { myRole: 'mentee', with: to, goalIds: ['nope'] }),
      'goalIds.0',
    );
    expect(bodyOf(await get(ann, '/api/v1/mentorships'), 200, 'list').items).toEqual([]);
  });

  it('lists newest first, with invitations to the asker, by state and by role', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const cy = await person('Cy');
    const asMentee = await activeMentorship(t.app, ann, bob);
    const toAnn = await createMentorship(t.app, cy, { myRole: 'mentee', with: { email: ann.user.email } });
    const asMentor = await createMentorship(t.app, ann, {
      myRole: 'mentor',
      with: { email: `x-${unique()}@example.com` },
    });
    await act(t.app, ann, asMentor.id, 'end');
    const list = (query = '') =>
      get(ann, `/api/v1/mentorships${query}`).then((r) => ids(bodyOf(r, 200, 'list')));
    expect(await list()).toEqual([asMentor.id, toAnn.id, asMentee.id]);
    expect(await list('?state=invited')).toEqual([toAnn.id]);
    expect(await list('?role=mentor')).toEqual([asMentor.id, toAnn.id]);
    expect(await list('?role=mentee&state=active')).toEqual([asMentee.id]);
    expectInvalid(await get(ann, '/api/v1/mentorships?state=paused'), 'state');
  });
});
