// The full import through the API, on both databases: a round trip into an empty account gives the
// same document but for ids and timestamps; a document of another version, with a broken link,
// breaking a goal rule, or breaking a rule once written, is a 400 and leaves the account as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../../test/factories.ts';
import { type FeedServer, rssFeed, send, startFeedServer } from '../../../test/feed-server.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { enterEverything, exportOf, importAs, normalise } from '../../../test/portable.ts';
import { fixedClock } from '../../platform/clock.ts';

const OWNED = [
  'goals',
  'check_ins',
  'assessments',
  'targets',
  'learning_activities',
  'learning_log',
  'practice_entries',
  'content_entries',
  'feeds',
  'contacts',
  'interactions',
  'network_settings',
] as const;

describe.each(DIALECTS)('the full import on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON_2027_05_15),
    env: { TRELLIS_ALLOW_PRIVATE_FEEDS: 'true', TRELLIS_FEED_REFRESH_MINUTES: '0' },
  });
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
    server.on('/show.xml', send(rssFeed('The Show', [])));
  });
  afterAll(() => server?.close());

  /** How many rows of each owned table, and own skills and roles, the person has; her name. */
  const holdings = async (userId: string) => {
    const counts: Record<string, number> = {};
    for (const table of [...OWNED, 'skills', 'roles']) {
      const [row] = await t.rows<{ n: number | string }>(
        `select count(*) as n from ${table} where owner_id = ?`,
        [userId],
      );
      counts[table] = Number(row!.n);
    }
    const [user] = await t.rows<{ name: string; timezone: string }>(
      'select name, timezone from users where id = ?',
      [userId],
    );
    return { counts, ...user };
  };

  /** A person with everything, and her document. */
  const source = async () => {
    const ada = await signUp(t.app, { name: 'Ada Quill' });
    await call(t.app, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      cookie: ada.cookie,
      body: { timezone: 'Asia/Tokyo' },
    });
    await enterEverything(t, ada.cookie, `${server.origin}/show.xml`);
    return exportOf(t.app, ada.cookie);
  };

  it('loads a document into an empty account: exported again, it is the same but for ids and timestamps', async () => {
    const doc = await source();
    const bo = await signUp(t.app, { name: 'Bo Ek' });
    const res = await importAs(t.app, bo.cookie, doc);
    expect(bodyOf(res, 200, 'import')).toEqual({
      imported: {
        // Lexer craft is hers; the borrow-checking skill and the kernel role are the catalogue's, found by id.
        skills: 1,
        roles: 1,
        targets: 2,
        assessments: 1,
        goals: 4,
        // One typed in, and written again by the entries: two sittings, one practice entry, one meeting.
        checkIns: 5,
        learning: 1,
        learningLog: 2,
        practice: 1,
        content: 1,
        feeds: 1,
        contacts: 2,
        // The meeting, and the one the mentoring session logged with Grace.
        interactions: 2,
      },
      skipped: [
        {
          section: 'mentorships',
          count: 1,
          reason: 'a mentorship is a tie with another person; it stays where it was made',
        },
        {
          section: 'feedbackRequests',
          count: 1,
          reason: 'a feedback request was sent to another person from where it was made; it stays there',
        },
      ],
    });
    const again = await exportOf(t.app, bo.cookie);
    // Her settings came with it; mentorships and feedback requests, ties with others, did not.
    expect(again.settings).toEqual({
      name: 'Ada Quill',
      timeZone: 'Asia/Tokyo',
      digest: 'off',
      cadenceByRole: { mentor: 30, peer: 90 },
    });
    expect(normalise(again)).toEqual(normalise({ ...doc, mentorships: [], feedbackRequests: [] }));
    // The check-ins the entries wrote again count what they did: 45 and 30 minutes, 2 h, one meeting.
    const fed = again.checkIns
      .filter((c: { source: unknown }) => c.source !== null)
      .map((c: { value: number }) => c.value)
      .sort();
    expect(fed).toEqual([0.5, 0.75, 1, 2]);
  });

  it('loads a document twice as entries twice, but her skills by name, one target per role, one feed per address', async () => {
    const doc = await source();
    const bo = await signUp(t.app);
    bodyOf(await importAs(t.app, bo.cookie, doc), 200, 'first import');
    const second = bodyOf(await importAs(t.app, bo.cookie, doc), 200, 'second import');
    expect(second).toEqual({
      imported: {
        // Lexer craft is found by its name among her own; a role of her own is written again.
        skills: 0,
        roles: 1,
        // The kernel role is aimed at already; the new copy of her own role is not.
        targets: 1,
        assessments: 1,
        goals: 4,
        checkIns: 5,
        learning: 1,
        learningLog: 2,
        practice: 1,
        content: 1,
        feeds: 0,
        contacts: 2,
        interactions: 2,
      },
      skipped: [
        { section: 'targets', count: 1, reason: 'you already aim at these roles' },
        { section: 'feeds', count: 1, reason: 'you already follow these addresses' },
        {
          section: 'mentorships',
          count: 1,
          reason: 'a mentorship is a tie with another person; it stays where it was made',
        },
        {
          section: 'feedbackRequests',
          count: 1,
          reason: 'a feedback request was sent to another person from where it was made; it stays there',
        },
      ],
    });
    const counts = (await holdings(bo.user.id)).counts;
    // Twice the goals (4) and check-ins (5); one skill, two roles, three targets, one feed.
    expect(counts).toMatchObject({ goals: 8, check_ins: 10, skills: 1, roles: 2, targets: 3, feeds: 1 });
  });

  it('refuses a document of another version or format at `version`, and writes nothing', async () => {
    const doc = await source();
    const bo = await signUp(t.app);
    const before = await holdings(bo.user.id);
    expectInvalid(await importAs(t.app, bo.cookie, { ...doc, version: 2 }), 'version');
    expectInvalid(await importAs(t.app, bo.cookie, { ...doc, format: 'other-export' }), 'version');
    expectInvalid(await importAs(t.app, bo.cookie, { format: 'trellis-export' }), 'version');
    expect(await holdings(bo.user.id)).toEqual(before);
  });

  it('refuses broken links at the field that holds them, and writes nothing', async () => {
    const doc = await source();
    const bo = await signUp(t.app);
    const before = await holdings(bo.user.id);
    expect(Object.values(before.counts).every((n) => n === 0)).toBe(true);

    const broken = structuredClone(doc);
    broken.checkIns[3].goalId = 'no-such-goal';
    broken.interactions[0].contactIds[1] = 'no-such-contact';
    broken.learningLog[1].activityId = broken.practice[0].id;
    broken.goals[1].skillIds = ['no-such-skill'];
    broken.targets[0].roleId = 'no-such-role';
    const res = await importAs(t.app, bo.cookie, broken);
    expectError(res, 400, 'validation_failed');
    expect(issuePaths(res).sort()).toEqual(
      [
        'checkIns.3.goalId',
        'goals.1.skillIds.0',
        'interactions.0.contactIds.1',
        'learningLog.1.activityId',
        'targets.0.roleId',
      ].sort(),
    );

    // The top goal under its own grandchild: every goal of the tree is then above itself.
    const cycle = structuredClone(doc);
    cycle.goals[0].parentId = cycle.goals[3].id;
    const circular = await importAs(t.app, bo.cookie, cycle);
    expect(issuePaths(circular)).toEqual([
      'goals.0.parentId',
      'goals.1.parentId',
      'goals.2.parentId',
      'goals.3.parentId',
    ]);

    const twice = structuredClone(doc);
    twice.contacts[1].id = twice.contacts[0].id;
    expect(issuePaths(await importAs(t.app, bo.cookie, twice))).toContain('contacts.1.id');

    // Learning time cannot feed a goal that counts talks.
    const unfed = structuredClone(doc);
    unfed.learning[0].goalId = unfed.goals[2].id;
    expectInvalid(await importAs(t.app, bo.cookie, unfed), 'learning.0.goalId');

    expect(await holdings(bo.user.id)).toEqual(before);
  });

  it('holds the goal rules over the goals, at the field that breaks one, and writes nothing', async () => {
    const doc = await source();
    const bo = await signUp(t.app);
    const before = await holdings(bo.user.id);
    // The tree: 0 “Become a compiler engineer” (from Jan 1, 2027, open-ended) above 1 “Study 20 h”
    // and 2 “Talk to 5 people” (both from Jan 1, 2027); 3 “Read the dragon book” (from Feb 1) under 1.
    expect(doc.goals.map((g: { title: string }) => g.title)).toEqual([
      'Become a compiler engineer',
      'Study 20 h',
      'Talk to 5 people',
      'Read the dragon book',
    ]);
    const bad = structuredClone(doc);
    // Before its parent's start: said at the child, and at the parent it would stick out of.
    bad.goals[3].startDate = '2026-12-01';
    bad.goals[2].dueDate = '2026-06-01';
    // Completed by hand, though it has sub-goals that measure it.
    bad.goals[0].completedOn = '2027-03-01';
    const res = await importAs(t.app, bo.cookie, bad);
    expectError(res, 400, 'validation_failed');
    expect(res.json.error.issues).toEqual([
      {
        path: 'goals.0.completedOn',
        message: 'only a milestone (no metric, no slices) is marked complete by hand; the rest is measured',
      },
      {
        path: 'goals.1.startDate',
        message: 'would leave “Read the dragon book” (from Dec 1, 2026) outside this goal',
      },
      { path: 'goals.2.dueDate', message: 'must be on or after the start date (Jan 1, 2027)' },
      {
        path: 'goals.3.startDate',
        message: "must be on or after the parent goal's start date (Jan 1, 2027)",
      },
    ]);

    // The typed-in check-in of “Study 20 h” (May 12) moved before the goal's start.
    const early = structuredClone(doc);
    const typed = early.checkIns.find((c: { source: unknown }) => c.source === null);
    expect(typed.goalId).toBe(early.goals[1].id);
    typed.date = '2026-12-31';
    expect(issuePaths(await importAs(t.app, bo.cookie, early))).toEqual(['goals.1.startDate']);

    // Six more levels under the dragon book (level 3) make nine: every goal of the chain below the
    // top would then stand in a tree nine levels deep, the most being eight.
    const deep = structuredClone(doc);
    let parent = deep.goals[3];
    for (let level = 4; level <= 9; level++) {
      parent = {
        ...structuredClone(parent),
        id: `level-${level}`,
        parentId: parent.id,
        title: `Level ${level}`,
      };
      deep.goals.push(parent);
    }
    const tooDeep = await importAs(t.app, bo.cookie, deep);
    expect(issuePaths(tooDeep)).toEqual([1, 3, 4, 5, 6, 7, 8, 9].map((i) => `goals.${i}.parentId`));
    expect(tooDeep.json.error.issues[0].message).toContain('would nest goals 9 levels deep');

    expect(await holdings(bo.user.id)).toEqual(before);
  });

  it('holds each field to what the API and the database take, at its path', async () => {
    const doc = await source();
    const bo = await signUp(t.app);
    const before = await holdings(bo.user.id);
    const bad = structuredClone(doc);
    bad.learningLog[0].minutes = 0;
    bad.contacts[1].keepInTouchDays = 731;
    bad.goals[0].startDate = '2027-02-30';
    bad.skills[0].createdAt = 'yesterday';
    bad.settings.timeZone = 'Mars/Olympus';
    const res = await importAs(t.app, bo.cookie, bad);
    expectError(res, 400, 'validation_failed');
    expect(issuePaths(res).sort()).toEqual(
      [
        'contacts.1.keepInTouchDays',
        'goals.0.startDate',
        'learningLog.0.minutes',
        'settings.timeZone',
        'skills.0.createdAt',
      ].sort(),
    );
    expect(await holdings(bo.user.id)).toEqual(before);
  });

  it('rolls everything back when a rule fails after writing began', async () => {
    const doc = await source();
    const bo = await signUp(t.app, { name: 'Bo Ek' });
    const before = await holdings(bo.user.id);
    // A correction of −5 h on 2027-05-02, before any hours: the study goal's total would go below 0 h.
    const bad = structuredClone(doc);
    const study = bad.goals.find((g: { title: string }) => g.title === 'Study 20 h');
    bad.checkIns.push({
      id: 'correction',
      goalId: study.id,
      date: '2027-05-02',
      value: -5,
      note: '',
      source: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    const res = await importAs(t.app, bo.cookie, bad);
    expectInvalid(res, 'checkIns');
    expect(res.json.error.message).toContain('below its baseline');
    // Skills, goals and check-ins had been written in the transaction; none is kept, nor her new name.
    expect(await holdings(bo.user.id)).toEqual(before);
    expect(before.name).toBe('Bo Ek');
  });

  it('takes documents larger than the 1 MiB of other routes, and refuses more than 20 MB with 413', async () => {
    const bo = await signUp(t.app);
    const doc = await exportOf(t.app, bo.cookie);
    // 1.5 MB of takeaways: over every other route's limit, well within this one's.
    const big = {
      ...doc,
      content: [
        {
          id: 'c1',
          kind: 'book',
          title: 'A long read',
          url: null,
          author: null,
          isbn: null,
          source: null,
          status: 'queued',
          consumedOn: null,
          minutes: null,
          pages: null,
          rating: null,
          takeaways: 'x'.repeat(1_500_000),
          skillIds: [],
          discussedWith: [],
          goodreadsBookId: null,
          createdAt: NOON_2027_05_15,
          updatedAt: NOON_2027_05_15,
        },
      ],
    };
    expect(bodyOf(await importAs(t.app, bo.cookie, big), 200, 'import').imported.content).toBe(1);
    const huge = { ...big, content: [{ ...big.content[0], takeaways: 'x'.repeat(21 * 1024 * 1024) }] };
    expectError(await importAs(t.app, bo.cookie, huge), 413, 'payload_too_large');
  });

  it('asks who is importing, and refuses another origin', async () => {
    const bo = await signUp(t.app);
    const doc = await exportOf(t.app, bo.cookie);
    expectError(
      await call(t.app, { method: 'POST', url: '/api/v1/import', body: doc }),
      401,
      'unauthenticated',
    );
    const foreign = await call(t.app, {
      method: 'POST',
      url: '/api/v1/import',
      cookie: bo.cookie,
      headers: { origin: 'https://evil.example' },
      body: { ...doc, version: 2 },
    });
    expectError(foreign, 403, 'forbidden');
  });
});
