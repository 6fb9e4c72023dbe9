// A month's report against the month before, on both databases: one person's data set built
// through the API as the days go by (a contact's `addedOn` and an action item's `doneOn` are the
// day they were written), every figure worked out by hand below, and another person's data, in
// the same months, never counted.
import { beforeAll, describe, expect, it } from 'vitest';
import { addCheckIn, createGoal, lastMetric, sumMetric } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  manualClock,
  type SignedUp,
  signIn,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { activeMentorship } from '../../test/mentoring.ts';

// Calendar: 2027-02-01 and 2027-03-01 are Mondays (1 January 2027 is a Friday; January has 31
// days, February 28). The report asked for is March 2027 (31 days), against February (28 days).
// Today, when the report is read, is 2027-04-10 (UTC, the people's time zone).

describe.each(DIALECTS)('a month’s report on %s', (dialect) => {
  const clock = manualClock('2027-01-20T12:00:00.000Z');
  const t = useTestApp(dialect, { clock });
  let me: SignedUp;
  let other: SignedUp;
  let mentor: SignedUp;
  /** Moves the clock to noon of `day`, signing everyone in again: sessions do not last months. */
  const moveTo = async (day: string) => {
    clock.advance(new Date(`${day}T12:00:00.000Z`).getTime() - clock.now().getTime());
    for (const person of [me, other, mentor])
      person.cookie = await signIn(t.app, person.user.email, person.password);
  };
  const ids = { c0: '', c1: '', c2: '', c3: '', g1: '', g2: '', g4: '' };
  const skills: { id: string; name: string }[] = [];

  const post = async (cookie: string, url: string, body: unknown) =>
    bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, url);
  const patch = async (cookie: string, url: string, body: unknown) =>
    bodyOf(await call(t.app, { method: 'PATCH', url, cookie, body }), 200, url);
  const report = async (cookie: string, query = 'period=month&date=2027-03-15') =>
    bodyOf(await call(t.app, { url: `/api/v1/reports?${query}`, cookie }), 200, 'report');

  beforeAll(async () => {
    // 2027-01-20
    me = await signUp(t.app, { name: 'Me' });
    other = await signUp(t.app, { name: 'Other' });
    mentor = await signUp(t.app, { name: 'Mentor' });
    ids.c0 = (await post(me.cookie, '/api/v1/contacts', { name: 'Cleo', keepInTouchDays: 20 })).id;
    const mentorship = await activeMentorship(t.app, me, mentor);
    const items = `/api/v1/mentorships/${mentorship.id}/action-items`;
    const mine = [];
    for (const title of ['Read the RFC', 'Draft the talk', 'Book a room'])
      mine.push((await post(me.cookie, items, { title, assignee: 'mentee' })).id);
    const theirs = (await post(me.cookie, items, { title: 'Send feedback', assignee: 'mentor' })).id;

    await moveTo('2027-02-10');
    ids.c1 = (await post(me.cookie, '/api/v1/contacts', { name: 'Bo', keepInTouchDays: 14 })).id;
    const othersContact = (await post(other.cookie, '/api/v1/contacts', { name: 'Zed', keepInTouchDays: 7 }))
      .id;

    await moveTo('2027-02-20');
    await patch(me.cookie, `/api/v1/action-items/${mine[0]}`, { done: true });

    await moveTo('2027-03-05');
    ids.c2 = (await post(me.cookie, '/api/v1/contacts', { name: 'Ana', keepInTouchDays: 20 })).id;
    ids.c3 = (await post(me.cookie, '/api/v1/contacts', { name: 'Dev' })).id;

    await moveTo('2027-03-15');
    await patch(me.cookie, `/api/v1/action-items/${mine[1]}`, { done: true });
    await patch(me.cookie, `/api/v1/action-items/${mine[2]}`, { done: true });
    // Marked done by me, but the mentor's to do: not my side.
    await patch(me.cookie, `/api/v1/action-items/${theirs}`, { done: true });

    await moveTo('2027-04-10');
    const sessions = `/api/v1/mentorships/${mentorship.id}/sessions`;
    await post(mentor.cookie, sessions, { date: '2027-02-17' });
    for (const date of ['2027-03-10', '2027-03-24', '2027-04-02']) await post(me.cookie, sessions, { date });

    skills.push(
      ...bodyOf(await call(t.app, { url: '/api/v1/skills?limit=3', cookie: me.cookie }), 200, 'skills').items,
    );
    const skill = [skills[0]!.id];

    const course = await post(me.cookie, '/api/v1/learning', { kind: 'course', title: 'Rust course' });
    for (const [date, minutes] of [
      ['2027-01-31', 30],
      ['2027-02-03', 90],
      ['2027-02-17', 90],
      ['2027-03-02', 60],
      ['2027-03-09', 120],
      ['2027-03-30', 60],
    ] as const)
      await post(me.cookie, `/api/v1/learning/${course.id}/log`, { date, minutes });
    const certification = (title: string, issuedOn: string, expiresOn: string) =>
      post(me.cookie, '/api/v1/learning', {
        kind: 'certification',
        title,
        credential: { issuedOn, expiresOn },
      });
    await certification('A', '2027-02-10', '2027-05-20');
    await certification('B', '2027-03-12', '2027-06-29');
    await certification('C', '2026-12-01', '2027-03-15');

    for (const [date, minutes] of [
      ['2027-02-14', 120],
      ['2027-03-15', 90],
      ['2027-03-21', 90],
      ['2027-03-31', 120],
    ] as const)
      await post(me.cookie, '/api/v1/practice', { date, minutes, title: 'Kata', skillIds: skill });

    const content = (kind: string, status: string, consumedOn: string | null, extra: object) =>
      post(me.cookie, '/api/v1/content', {
        kind,
        title: `${kind} ${consumedOn}`,
        status,
        consumedOn,
        ...extra,
      });
    await content('book', 'done', '2027-02-20', { pages: 300 });
    await content('article', 'done', '2027-02-25', { minutes: 15 });
    await content('podcast_episode', 'done', '2027-03-03', { minutes: 45 });
    await content('book', 'done', '2027-03-28', { pages: 200 });
    await content('article', 'done', '2027-03-29', { minutes: 10 });
    await content('article', 'queued', null, { minutes: 20 });
    await content('video', 'done', '2027-04-02', { minutes: 30 });

    const meet = (cookie: string, date: string, contactIds: string[]) =>
      post(cookie, '/api/v1/interactions', { date, kind: 'meeting', contactIds });
    await meet(me.cookie, '2027-02-05', [ids.c0]);
    await meet(me.cookie, '2027-03-03', [ids.c1]);
    await meet(me.cookie, '2027-03-20', [ids.c0, ids.c1]);
    await meet(me.cookie, '2027-04-05', [ids.c2]);

    const assess = (skillId: string, level: number, date: string, source = 'self') =>
      post(me.cookie, `/api/v1/skills/${skillId}/assessments`, {
        level,
        source,
        date,
        ...(source === 'self' ? {} : { assessor: 'Pat' }),
      });
    const [s1, s2, s3] = skills.map((s) => s.id) as [string, string, string];
    await assess(s1, 2, '2027-01-15');
    await assess(s1, 3, '2027-02-20');
    await assess(s1, 4, '2027-03-10');
    await assess(s2, 1, '2027-03-05');
    await assess(s3, 3, '2027-02-10');
    await assess(s3, 3, '2027-03-12');
    await assess(s3, 5, '2027-03-20', 'peer');

    // Goals, worked out in the test below.
    const g1 = await createGoal(t.app, me.cookie, {
      title: 'Course progress',
      startDate: '2027-03-01',
      dueDate: '2027-04-09',
      metric: lastMetric('%', 0, 100),
    });
    await addCheckIn(t.app, me.cookie, g1.id, '2027-03-20', 70);
    const g2 = await createGoal(t.app, me.cookie, {
      title: 'Pages read',
      startDate: '2027-02-01',
      dueDate: '2027-03-12',
      metric: lastMetric('pages', 0, 100),
    });
    await addCheckIn(t.app, me.cookie, g2.id, '2027-02-10', 40);
    await addCheckIn(t.app, me.cookie, g2.id, '2027-03-05', 100);
    await createGoal(t.app, me.cookie, {
      title: 'Give a talk',
      startDate: '2027-01-01',
      dueDate: '2027-02-20',
    });
    const g4 = await createGoal(t.app, me.cookie, {
      title: 'Write blog posts',
      startDate: '2027-02-01',
      dueDate: '2027-04-21',
      metric: lastMetric('posts', 0, 10),
    });
    await addCheckIn(t.app, me.cookie, g4.id, '2027-02-15', 5);
    await createGoal(t.app, me.cookie, {
      title: 'Pass the exam',
      startDate: '2027-03-01',
      dueDate: '2027-03-31',
      completedOn: '2027-03-25',
    });
    const g6 = await createGoal(t.app, me.cookie, {
      title: 'Abandoned',
      startDate: '2027-02-01',
      dueDate: '2027-04-30',
      metric: lastMetric('x', 0, 10),
    });
    await addCheckIn(t.app, me.cookie, g6.id, '2027-03-10', 10);
    await patch(me.cookie, `/api/v1/goals/${g6.id}`, { state: 'abandoned' });
    Object.assign(ids, { g1: g1.id, g2: g2.id, g4: g4.id });

    // The other person, in the same months: none of it is mine.
    const theirCourse = await post(other.cookie, '/api/v1/learning', { kind: 'course', title: 'Go course' });
    await post(other.cookie, `/api/v1/learning/${theirCourse.id}/log`, { date: '2027-03-10', minutes: 600 });
    await post(other.cookie, '/api/v1/practice', {
      date: '2027-03-10',
      minutes: 60,
      title: 'Go',
      skillIds: skill,
    });
    await post(other.cookie, '/api/v1/content', {
      kind: 'book',
      title: 'Theirs',
      status: 'done',
      consumedOn: '2027-03-10',
      pages: 999,
    });
    await meet(other.cookie, '2027-03-11', [othersContact]);
    await post(other.cookie, `/api/v1/skills/${s1}/assessments`, {
      level: 5,
      source: 'self',
      date: '2027-03-10',
    });
    const theirGoal = await createGoal(t.app, other.cookie, {
      title: 'Theirs',
      startDate: '2027-03-01',
      dueDate: '2027-03-31',
      metric: sumMetric('h', 10),
    });
    await addCheckIn(t.app, other.cookie, theirGoal.id, '2027-03-10', 10);
  });

  it('counts every figure of March beside February', async () => {
    const r = await report(me.cookie);
    expect(r.kind).toBe('month');
    expect(r.period).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect(r.previous).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    const figures = Object.fromEntries(
      r.figures.map((f: { key: string; value: number; previous: number; change: number }) => [
        f.key,
        [f.value, f.previous, f.change],
      ]),
    );
    expect(figures).toEqual({
      // Active (not abandoned, dates overlapping): March: Course progress (03-01…04-09), Pages read
      // (02-01…03-12), Write blog posts (02-01…04-21), Pass the exam (03-01…03-31) = 4; "Give a
      // talk" ended 02-20. February: Pages read, Give a talk (01-01…02-20), Write blog posts = 3.
      'goals.active': [4, 3, 1],
      // Achieved in March: Pages read (reached 100 on 03-05), Pass the exam (completed 03-25).
      // None in February. The abandoned goal reached its target on 03-10 but is not counted.
      'goals.achieved': [2, 0, 2],
      // Missed: due in February and not achieved by 02-20: Give a talk. In March both goals due
      // (Pages read 03-12, Pass the exam 03-31) were achieved by their due dates.
      'goals.missed': [0, 1, -1],
      // At 03-31: Course progress at risk (70 against 77.5: 90% of the way), Write blog posts off
      // track (5 against 7.375: 68%); the other two achieved. At 02-28: Write blog posts on track
      // (5 against 10 × 28/80 = 3.5), Pages read off track (40 against 100 × 28/40 = 70: 57%),
      // Give a talk missed.
      'goals.onTrack': [0, 1, -1],
      'goals.atRisk': [1, 0, 1],
      'goals.offTrack': [1, 1, 0],
      // Logged: March 60 + 120 + 60 = 240 min = 4 h; February 90 + 90 = 180 min = 3 h (01-31 is neither).
      'learning.hours': [4, 3, 1],
      // March 90 + 90 + 120 = 300 min = 5 h; February 120 min = 2 h.
      'practice.hours': [5, 2, 3],
      // Done in March: the podcast (45 min), the book (200 pages), the article (10 min); in
      // February: the book (300 pages) and the article (15 min). Queued and April entries are not.
      'content.done': [3, 2, 1],
      'content.minutes': [55, 15, 40],
      'content.pages': [200, 300, -100],
      // Issued: B on 03-12; A on 02-10.
      'credentials.earned': [1, 1, 0],
      // The 90 days after March are 04-01…06-29: A (05-20) and B (06-29, the last of them). After
      // February, 03-01…05-29: A (05-20) and C (03-15); B (06-29) is later.
      'credentials.expiring': [2, 2, 0],
      // March: 03-03 and 03-20 (one interaction with two contacts); February: 02-05.
      'network.interactions': [2, 1, 1],
      // Added: Ana and Dev on 03-05; Bo on 02-10.
      'network.newContacts': [2, 1, 1],
      // Due at 03-31: Ana (added 03-05, every 20 days: due 03-25); Cleo (last met 03-20, +20 =
      // 04-09) and Bo (03-20 + 14 = 04-03) are not; Dev has no cadence. At 02-28: Cleo (02-05 + 20
      // = 02-25) and Bo (added 02-10, + 14 = 02-24); Ana and Dev were not added yet.
      'network.due': [1, 2, -1],
      // Sessions: 03-10 and 03-24 (04-02 is April); 02-17, written by the mentor, is ours too.
      'mentoring.sessions': [2, 1, 1],
      // My side's items done: two on 03-15 (the mentor's, marked the same day, is not mine); one on 02-20.
      'mentoring.actionItemsDone': [2, 1, 1],
      // Self-assessments: March 03-10, 03-05, 03-12 (the peer's 03-20 is not mine); February 02-20, 02-10.
      'skills.assessments': [3, 2, 1],
    });
  });

  it('measures each goal with a metric at the start and end of the period', async () => {
    const r = await report(me.cookie);
    expect(r.goals).toEqual([
      {
        // 0 → 100 from 03-01 to 04-09: 40 days. Nothing checked in by 02-28: the baseline, 0. At
        // 03-31 (day 31) the line expects 100 × 31/40 = 77.5; one check-in (70) is too few for a
        // forecast, so 70 against 77.5 is 90% of the way: at risk.
        goal: { id: ids.g1, title: 'Course progress', unit: '%' },
        start: 0,
        end: 70,
        change: 70,
        expected: 77.5,
        status: 'at_risk',
      },
      {
        // 40 at 02-28, 100 on 03-05; due 03-12, so by 03-31 the line expects the target.
        goal: { id: ids.g2, title: 'Pages read', unit: 'pages' },
        start: 40,
        end: 100,
        change: 60,
        expected: 100,
        status: 'achieved',
      },
      {
        // 0 → 10 from 02-01 to 04-21: 28 + 31 + 21 = 80 days; 03-31 is day 59: 10 × 59/80 = 7.375.
        goal: { id: ids.g4, title: 'Write blog posts', unit: 'posts' },
        start: 5,
        end: 5,
        change: 0,
        expected: 7.375,
        status: 'off_track',
      },
    ]);
  });

  it('lists the skills whose own level moved, and each self-assessed skill’s start and end', async () => {
    const r = await report(me.cookie);
    const [s1, s2, s3] = skills;
    // S1: 3 (02-20) → 4 (03-10); S2: none → 1 (03-05); S3 stays 3 (the peer's 5 is not her own).
    const rows = (list: { skill: { id: string }; from: number | null; to: number | null }[]) =>
      list.map((s) => [s.skill.id, s.from, s.to]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const sorted = (list: (string | number | null)[][]) =>
      list.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows(r.skills)).toEqual(
      sorted([
        [s1!.id, 3, 4],
        [s2!.id, null, 1],
      ]),
    );
    expect(rows(r.series.skills)).toEqual(
      sorted([
        [s1!.id, 3, 4],
        [s2!.id, null, 1],
        [s3!.id, 3, 3],
      ]),
    );
  });

  it('writes at most five highlights, the largest relative changes first', async () => {
    const r = await report(me.cookie);
    // Relative changes: achieved and at risk rise from nothing (first, in the figures' order);
    // content time 40/15 = 267%; practice 3/2 = 150%; then six figures at 100%, of which goals
    // missed comes first in the figures' order.
    expect(r.highlights).toEqual([
      'Goals achieved: 2, none the month before',
      'Goals at risk: 1, none the month before',
      'Content time up 267% on last month: 55 min against 15 min',
      'Practice up 150% on last month: 5 h against 2 h',
      'Goals missed down 100% on last month: 0 against 1',
    ]);
  });

  it('charts March by ISO week, cut at the month’s end', async () => {
    const { series } = await report(me.cookie);
    expect(series.bucket).toBe('week');
    // Weeks from Monday: 03-01, 03-08, 03-15, 03-22, and 03-29 cut at 03-31.
    expect(series.time).toEqual([
      { from: '2027-03-01', to: '2027-03-07', learningHours: 1, practiceHours: 0 },
      { from: '2027-03-08', to: '2027-03-14', learningHours: 2, practiceHours: 0 },
      { from: '2027-03-15', to: '2027-03-21', learningHours: 0, practiceHours: 3 },
      { from: '2027-03-22', to: '2027-03-28', learningHours: 0, practiceHours: 0 },
      { from: '2027-03-29', to: '2027-03-31', learningHours: 1, practiceHours: 2 },
    ]);
    expect(
      series.content.map((c: { done: number; minutes: number; pages: number }) => [
        c.done,
        c.minutes,
        c.pages,
      ]),
    ).toEqual([
      [1, 45, 0],
      [0, 0, 0],
      [0, 0, 0],
      [1, 0, 200],
      [1, 10, 0],
    ]);
    const points = (id: string) =>
      series.goals
        .find((g: { goalId: string }) => g.goalId === id)
        .points.map((p: { value: number; expected: number }) => [p.value, p.expected]);
    // Course progress (40 days from 03-01): 100 × 7/40, 14/40, 21/40, 28/40, 31/40.
    expect(points(ids.g1)).toEqual([
      [0, 17.5],
      [0, 35],
      [70, 52.5],
      [70, 70],
      [70, 77.5],
    ]);
    // Write blog posts (80 days from 02-01): 03-07 is day 35: 10 × 35/80 = 4.375, then +7 days each.
    expect(points(ids.g4)).toEqual([
      [5, 4.375],
      [5, 5.25],
      [5, 6.125],
      [5, 7],
      [5, 7.375],
    ]);
    expect(series.goals.map((g: { goalId: string }) => g.goalId)).toEqual([ids.g1, ids.g2, ids.g4]);
  });

  it('counts only the asker’s own data', async () => {
    const r = await report(other.cookie);
    const figures = Object.fromEntries(
      r.figures.map((f: { key: string; value: number }) => [f.key, f.value]),
    );
    // Theirs: 600 min = 10 h of learning, 1 h of practice, one book of 999 pages, one interaction,
    // one contact added 02-10 (so none in March), one self-assessment, one goal achieved on 03-10.
    expect(figures).toMatchObject({
      'goals.active': 1,
      'goals.achieved': 1,
      'learning.hours': 10,
      'practice.hours': 1,
      'content.done': 1,
      'content.pages': 999,
      'network.interactions': 1,
      'network.newContacts': 0,
      'mentoring.sessions': 0,
      'skills.assessments': 1,
    });
    expect(r.goals.map((g: { goal: { title: string } }) => g.goal.title)).toEqual(['Theirs']);
  });
});
