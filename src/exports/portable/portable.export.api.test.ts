// The full export through the API, on both databases: a hand-made data set of every kind, and the
// document it makes, worked out record by record from what the person entered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCatalogueRole, addCatalogueSkills } from '../../../test/catalogue.ts';
import { NOON_2027_05_15, sumMetric } from '../../../test/factories.ts';
import { type FeedServer, rssFeed, send, startFeedServer } from '../../../test/feed-server.ts';
import { bodyOf, call, DIALECTS, signUp, useTestApp } from '../../../test/harness.ts';
import { fixedClock } from '../../platform/clock.ts';

const NOON = NOON_2027_05_15;
const SHOW = rssFeed('The Compiler Show', [
  { guid: 'ep1', title: 'Episode 1', date: '2027-05-10T08:00:00Z', audio: 'https://cdn.example.org/ep1.mp3' },
]);

describe.each(DIALECTS)('the full export on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON),
    env: { TRELLIS_ALLOW_PRIVATE_FEEDS: 'true', TRELLIS_FEED_REFRESH_MINUTES: '0' },
  });
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
    server.on('/show.xml', send(SHOW));
  });
  afterAll(() => server?.close());

  const exportOf = async (cookie: string) => {
    const res = await call(t.app, { url: '/api/v1/export', cookie });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    // Today in her time zone (Lisbon, UTC+1 in May): 13:00 on 2027-05-15.
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-export-2027-05-15.json"');
    return bodyOf(res, 200, 'export');
  };

  it('answers a new person’s settings and empty sections, without her e-mail or role', async () => {
    const { cookie } = await signUp(t.app, { name: 'Bo Ek', email: `bo-${dialect}@example.com` });
    await call(t.app, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      cookie,
      body: { timezone: 'Europe/Lisbon' },
    });
    const doc = await exportOf(cookie);
    expect(doc).toEqual({
      format: 'trellis-export',
      version: 1,
      exportedAt: NOON,
      settings: { name: 'Bo Ek', timeZone: 'Europe/Lisbon', digest: 'weekly', cadenceByRole: {} },
      catalogueSkills: [],
      catalogueRoles: [],
      skills: [],
      roles: [],
      targets: [],
      assessments: [],
      goals: [],
      checkIns: [],
      learning: [],
      learningLog: [],
      practice: [],
      content: [],
      feeds: [],
      contacts: [],
      interactions: [],
      mentorships: [],
      feedbackRequests: [],
    });
    expect(JSON.stringify(doc)).not.toContain(`bo-${dialect}@example.com`);
  });

  it('holds every record she owns, linked by the ids of the document', async () => {
    const { cookie } = await signUp(t.app, { name: 'Ada Quill', email: `ada-${dialect}@example.com` });
    await call(t.app, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      cookie,
      body: { timezone: 'Europe/Lisbon' },
    });
    const post = async (url: string, body: unknown) =>
      bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, `POST ${url}`);
    // Borrow checking is the catalogue's and named by her records; card punching is named by none.
    const [rust] = await addCatalogueSkills(t, [
      { name: 'Borrow checking', source: 'onet' },
      { name: 'Card punching' },
    ]);
    const systems = await addCatalogueRole(t, { title: 'Test systems programmer', source: 'onet' });

    const lexing = await post('/api/v1/skills', { name: 'Lexer craft', kind: 'hard', aliases: ['Lexers'] });
    const compilerRole = await post('/api/v1/roles', {
      title: 'Compiler engineer',
      requirements: [{ skillId: lexing.id, level: 4, importance: 5 }],
      technologies: [{ skillId: rust, hot: true }],
    });
    const target1 = await post('/api/v1/targets', { roleId: systems, targetDate: '2028-01-01' });
    const target2 = await post('/api/v1/targets', { roleId: compilerRole.id });
    const assessment = await post(`/api/v1/skills/${rust}/assessments`, {
      level: 2,
      source: 'self',
      date: '2027-05-01',
    });

    const parent = await post('/api/v1/goals', {
      title: 'Become a compiler engineer',
      startDate: '2027-01-01',
      skillIds: [lexing.id],
    });
    const hours = await post('/api/v1/goals', {
      parentId: parent.id,
      title: 'Log 20 h of compiler study',
      startDate: '2027-01-01',
      dueDate: '2027-12-31',
      metric: sumMetric('h', 20),
      skillIds: [rust],
    });
    const people = await post('/api/v1/goals', {
      parentId: parent.id,
      title: 'Talk to 5 compiler people',
      startDate: '2027-01-01',
      metric: sumMetric('conversations', 5),
    });
    const manual = await post(`/api/v1/goals/${hours.id}/check-ins`, {
      date: '2027-05-10',
      value: 2,
      note: 'weekend',
    });

    const course = await post('/api/v1/learning', {
      kind: 'course',
      title: 'Crafting Interpreters',
      status: 'in_progress',
      cost: { amount: 39.5, currency: 'EUR' },
      skillIds: [lexing.id, rust],
      goalId: hours.id,
    });
    const sitting = await post(`/api/v1/learning/${course.id}/log`, {
      date: '2027-05-12',
      minutes: 90,
      note: 'chapter 4',
    });
    const practice = await post('/api/v1/practice', {
      date: '2027-05-13',
      minutes: 60,
      title: 'Wrote a lexer',
      skillIds: [rust],
      goalId: hours.id,
    });
    const book = await post('/api/v1/content', {
      kind: 'book',
      title: 'Engineering a Compiler',
      status: 'done',
      consumedOn: '2027-05-01',
      rating: 5,
      skillIds: [lexing.id],
      discussedWith: ['Grace'],
    });
    const feed = await post('/api/v1/feeds', { url: `${server.origin}/show.xml` });

    const grace = await post('/api/v1/contacts', {
      name: 'Grace Hopper',
      emails: [{ value: 'grace@example.com', label: 'work' }],
      roles: ['mentor'],
      tags: ['compilers'],
      keepInTouchDays: 30,
    });
    const alan = await post('/api/v1/contacts', { name: 'Alan Kay' });
    const call1 = await post('/api/v1/interactions', {
      date: '2027-05-14',
      kind: 'call',
      contactIds: [grace.id, alan.id],
      notes: 'Parsers',
      followUpOn: '2027-05-20',
      goalId: people.id,
    });
    bodyOf(
      await call(t.app, {
        method: 'PATCH',
        url: '/api/v1/network/settings',
        cookie,
        body: { cadenceByRole: { mentor: 45 } },
      }),
      200,
      'settings',
    );
    const mentorship = await post('/api/v1/mentorships', {
      myRole: 'mentee',
      with: { contactId: grace.id },
      focus: 'Compilers',
    });
    await post(`/api/v1/mentorships/${mentorship.id}/sessions`, {
      date: '2027-05-14',
      agenda: 'Lexers',
      privateNotes: 'Ask about jobs',
    });
    await post(`/api/v1/mentorships/${mentorship.id}/action-items`, {
      title: 'Read chapter 5',
      assignee: 'mentee',
      dueOn: '2027-05-31',
    });
    const request = await post('/api/v1/feedback-requests', {
      to: { contactId: alan.id },
      about: { topic: 'My talk on parsers' },
      questions: ['What worked?'],
    });
    // The session logged a meeting with Grace: the interaction after the call.
    const interactions = bodyOf(await call(t.app, { url: '/api/v1/interactions', cookie }), 200, 'list');
    const meeting = interactions.items.find((i: { kind: string }) => i.kind === 'meeting');
    // Check-ins by date: the one typed in (05-10), then those the entries wrote.
    const checkIns = bodyOf(
      await call(t.app, { url: `/api/v1/goals/${parent.id}/check-ins?descendants=true`, cookie }),
      200,
      'check-ins',
    ).items as { id: string; source: { id: string } | null }[];
    const fedBy = (sourceId: string) => checkIns.find((c) => c.source?.id === sourceId)!.id;

    const stamps = { createdAt: NOON, updatedAt: NOON };
    const doc = await exportOf(cookie);
    expect(doc).toEqual({
      format: 'trellis-export',
      version: 1,
      exportedAt: NOON,
      // A goal's category is its parent's, else "career"; its weight 1.
      settings: {
        name: 'Ada Quill',
        timeZone: 'Europe/Lisbon',
        digest: 'weekly',
        cadenceByRole: { mentor: 45 },
      },
      // Named by the role, the goal, the course, the practice entry and the assessment.
      catalogueSkills: [{ id: rust, name: 'Borrow checking', source: 'onet' }],
      catalogueRoles: [{ id: systems, title: 'Test systems programmer', source: 'onet' }],
      skills: [
        {
          id: lexing.id,
          name: 'Lexer craft',
          kind: 'hard',
          category: null,
          description: '',
          aliases: ['Lexers'],
          ...stamps,
        },
      ],
      roles: [
        {
          id: compilerRole.id,
          title: 'Compiler engineer',
          description: '',
          aliases: [],
          requirements: [{ skillId: lexing.id, level: 4, importance: 5 }],
          technologies: [{ skillId: rust, hot: true }],
          ...stamps,
        },
      ],
      targets: [
        { id: target1.id, roleId: systems, targetDate: '2028-01-01', createdAt: NOON },
        { id: target2.id, roleId: compilerRole.id, targetDate: null, createdAt: NOON },
      ],
      assessments: [
        {
          id: assessment.id,
          skillId: rust,
          level: 2,
          source: 'self',
          assessor: null,
          note: '',
          date: '2027-05-01',
          createdAt: NOON,
        },
      ],
      goals: [
        {
          id: parent.id,
          parentId: null,
          title: 'Become a compiler engineer',
          description: '',
          why: '',
          category: 'career',
          startDate: '2027-01-01',
          dueDate: null,
          metric: null,
          weight: 1,
          state: 'active',
          stateSetBy: null,
          completedOn: null,
          visibility: 'private',
          skillIds: [lexing.id],
          ...stamps,
        },
        {
          id: hours.id,
          parentId: parent.id,
          title: 'Log 20 h of compiler study',
          description: '',
          why: '',
          category: 'career',
          startDate: '2027-01-01',
          dueDate: '2027-12-31',
          metric: { unit: 'h', baseline: 0, target: 20, aggregation: 'sum' },
          weight: 1,
          state: 'active',
          stateSetBy: null,
          completedOn: null,
          visibility: 'private',
          skillIds: [rust],
          ...stamps,
        },
        {
          id: people.id,
          parentId: parent.id,
          title: 'Talk to 5 compiler people',
          description: '',
          why: '',
          category: 'career',
          startDate: '2027-01-01',
          dueDate: null,
          metric: { unit: 'conversations', baseline: 0, target: 5, aggregation: 'sum' },
          weight: 1,
          state: 'active',
          stateSetBy: null,
          completedOn: null,
          visibility: 'private',
          skillIds: [],
          ...stamps,
        },
      ],
      checkIns: [
        {
          id: manual.id,
          goalId: hours.id,
          date: '2027-05-10',
          value: 2,
          note: 'weekend',
          source: null,
          ...stamps,
        },
        {
          id: fedBy(sitting.id),
          goalId: hours.id,
          date: '2027-05-12',
          // 90 minutes in hours.
          value: 1.5,
          note: 'Learning: Crafting Interpreters — chapter 4',
          source: { type: 'learning', id: sitting.id },
          ...stamps,
        },
        {
          id: fedBy(practice.id),
          goalId: hours.id,
          date: '2027-05-13',
          value: 1,
          note: 'Practice: Wrote a lexer',
          source: { type: 'practice', id: practice.id },
          ...stamps,
        },
        {
          id: fedBy(call1.id),
          goalId: people.id,
          date: '2027-05-14',
          // An interaction counts 1.
          value: 1,
          note: 'Call with Grace Hopper, Alan Kay — Parsers',
          source: { type: 'interaction', id: call1.id },
          ...stamps,
        },
      ],
      learning: [
        {
          id: course.id,
          kind: 'course',
          title: 'Crafting Interpreters',
          provider: null,
          url: null,
          format: null,
          status: 'in_progress',
          startDate: null,
          endDate: null,
          hoursPlanned: null,
          cost: { amount: 39.5, currency: 'EUR' },
          credential: null,
          skillIds: [lexing.id, rust],
          goalId: hours.id,
          ...stamps,
        },
      ],
      learningLog: [
        {
          id: sitting.id,
          activityId: course.id,
          date: '2027-05-12',
          minutes: 90,
          note: 'chapter 4',
          ...stamps,
        },
      ],
      practice: [
        {
          id: practice.id,
          date: '2027-05-13',
          minutes: 60,
          title: 'Wrote a lexer',
          description: '',
          reflection: '',
          outcome: '',
          evidenceUrl: null,
          skillIds: [rust],
          goalId: hours.id,
          ...stamps,
        },
      ],
      content: [
        {
          id: book.id,
          kind: 'book',
          title: 'Engineering a Compiler',
          url: null,
          author: null,
          isbn: null,
          source: null,
          status: 'done',
          consumedOn: '2027-05-01',
          minutes: null,
          pages: null,
          rating: 5,
          takeaways: null,
          skillIds: [lexing.id],
          discussedWith: ['Grace'],
          goodreadsBookId: null,
          ...stamps,
        },
      ],
      // The subscription alone: its episode is the feed's, fetched again wherever it is imported.
      feeds: [
        {
          id: feed.id,
          url: `${server.origin}/show.xml`,
          title: 'The Compiler Show',
          siteUrl: 'https://example.org/',
          createdAt: NOON,
        },
      ],
      contacts: [
        {
          id: grace.id,
          name: 'Grace Hopper',
          emails: [{ value: 'grace@example.com', label: 'work' }],
          phones: [],
          company: null,
          position: null,
          linkedinUrl: null,
          howMet: null,
          tags: ['compilers'],
          roles: ['mentor'],
          notes: null,
          keepInTouchDays: 30,
          connectedOn: null,
          addedOn: '2027-05-15',
          ...stamps,
        },
        {
          id: alan.id,
          name: 'Alan Kay',
          emails: [],
          phones: [],
          company: null,
          position: null,
          linkedinUrl: null,
          howMet: null,
          tags: [],
          roles: [],
          notes: null,
          keepInTouchDays: null,
          connectedOn: null,
          addedOn: '2027-05-15',
          ...stamps,
        },
      ],
      interactions: [
        {
          id: call1.id,
          date: '2027-05-14',
          kind: 'call',
          contactIds: [grace.id, alan.id],
          notes: 'Parsers',
          followUpOn: '2027-05-20',
          followUpDoneOn: null,
          goalId: people.id,
          ...stamps,
        },
        {
          id: meeting.id,
          date: '2027-05-14',
          kind: 'meeting',
          contactIds: [grace.id],
          notes: 'Mentoring session',
          followUpOn: null,
          followUpDoneOn: null,
          goalId: null,
          ...stamps,
        },
      ],
      mentorships: [
        {
          id: mentorship.id,
          myRole: 'mentee',
          withName: 'Grace Hopper',
          state: 'active',
          focus: 'Compilers',
          // With a contact it is active from the day it is made, her today.
          startedOn: '2027-05-15',
          endedOn: null,
          sessions: [
            { date: '2027-05-14', agenda: 'Lexers', notes: null, privateNotes: 'Ask about jobs', byMe: true },
          ],
          actionItems: [{ title: 'Read chapter 5', dueOn: '2027-05-31', assignee: 'mentee', doneOn: null }],
          createdAt: NOON,
        },
      ],
      feedbackRequests: [
        {
          id: request.id,
          state: 'open',
          toName: 'Alan Kay',
          about: { kind: 'topic', label: 'My talk on parsers' },
          questions: ['What worked?'],
          answers: null,
          level: null,
          // The default of 30 days after 2027-05-15: 16 days to May 31, 14 into June.
          expiresOn: '2027-06-14',
          answeredAt: null,
          createdAt: NOON,
        },
      ],
    });
    // Nothing of what signs her in, nor her e-mail, nor the feed's items.
    const text = JSON.stringify(doc);
    for (const secret of [
      `ada-${dialect}@example.com`,
      'password',
      'token',
      'Episode 1',
      '"member"',
      '"admin"',
    ])
      expect(text).not.toContain(secret);
  });

  it('leaves out another person’s records and her own custom skills’ neighbours', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const post = async (cookie: string, url: string, body: unknown) =>
      bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, `POST ${url}`);
    await post(ann.cookie, '/api/v1/skills', { name: 'Ann’s skill', kind: 'soft' });
    await post(ann.cookie, '/api/v1/goals', { title: 'Ann’s goal' });
    const bobSkill = await post(bob.cookie, '/api/v1/skills', { name: 'Bob’s skill', kind: 'soft' });
    const doc = await exportOf(bob.cookie);
    expect(doc.skills.map((s: { id: string }) => s.id)).toEqual([bobSkill.id]);
    expect(doc.goals).toEqual([]);
  });
});
