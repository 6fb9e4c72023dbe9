// The goals and check-ins CSV files through the API, on both databases: every column of hand-made
// goals, measured as of the frozen today, and their check-ins with their goal.
import { describe, expect, it } from 'vitest';
import { createdAs, fetchCsv } from '../../test/exports.ts';
import {
  addCheckIn,
  aSkill,
  createGoal,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const AT = NOON_2027_05_15;

describe.each(DIALECTS)('goals and check-ins as CSV on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(AT) });

  it('lists every goal, oldest first, with its status and current value today', async () => {
    const { cookie } = await signUp(t.app);
    const skill = await aSkill(t.app, cookie);
    const books = await createGoal(t.app, cookie, {
      title: 'Read 12 books',
      category: 'learning',
      ...YEAR_2027,
      metric: sumMetric('books', 12),
      visibility: 'mentors',
      skillIds: [skill.id],
      why: 'Breadth',
    });
    await addCheckIn(t.app, cookie, books.id, '2027-02-01', 5, 'Winter');
    await addCheckIn(t.app, cookie, books.id, '2027-04-10', 7);
    const plan = await createGoal(t.app, cookie, {
      title: 'Plan, "then"\nact',
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      description: '-5 sessions',
    });
    const step = await createGoal(t.app, cookie, {
      title: 'First step',
      parentId: plan.id,
      startDate: '2027-02-01',
      state: 'abandoned',
      weight: 2.5,
    });

    const { headers, records } = await fetchCsv(t.app, cookie, 'goals');
    expect(headers).toEqual([
      'id',
      'title',
      'category',
      'state',
      'status today',
      'start date',
      'due date',
      'completed on',
      'unit',
      'counts',
      'baseline',
      'target',
      'current',
      'last check-in',
      'weight',
      'parent id',
      'visibility',
      'skills',
      'description',
      'why',
      'created at',
      'updated at',
    ]);
    expect(records).toEqual([
      {
        id: books.id,
        title: 'Read 12 books',
        category: 'learning',
        state: 'active',
        // 5 + 7 = 12 books reach the target of 12: achieved.
        'status today': 'achieved',
        'start date': '2027-01-01',
        'due date': '2027-12-31',
        'completed on': '',
        unit: 'books',
        counts: 'sum',
        baseline: '0',
        target: '12',
        current: '12',
        'last check-in': '2027-04-10',
        weight: '1',
        'parent id': '',
        visibility: 'mentors',
        skills: skill.name,
        description: '',
        why: 'Breadth',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: plan.id,
        // The comma, the quotes and the line break come back as they were written.
        title: 'Plan, "then"\nact',
        // Neither a category nor a parent to take one from: career.
        category: 'career',
        state: 'active',
        // No metric, and its one child abandoned: a milestone, due 2027-03-31, not completed,
        // and 2027-05-15 is after that: missed.
        'status today': 'missed',
        'start date': '2027-01-01',
        'due date': '2027-03-31',
        'completed on': '',
        unit: '',
        counts: '',
        baseline: '',
        target: '',
        current: '',
        'last check-in': '',
        weight: '1',
        'parent id': '',
        visibility: 'private',
        skills: '',
        // A spreadsheet would compute "-5 sessions": the apostrophe keeps it text.
        description: "'-5 sessions",
        why: '',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: step.id,
        title: 'First step',
        // The parent's category and visibility, and its due date (2027-03-31), passed down.
        category: 'career',
        state: 'abandoned',
        // A milestone past its due date (2027-03-31) and not completed: missed.
        'status today': 'missed',
        'start date': '2027-02-01',
        'due date': '2027-03-31',
        'completed on': '',
        unit: '',
        counts: '',
        baseline: '',
        target: '',
        current: '',
        'last check-in': '',
        weight: '2.5',
        'parent id': plan.id,
        visibility: 'private',
        skills: '',
        description: '',
        why: '',
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });

  it('lists every check-in, oldest first, with its goal, unit and what wrote it', async () => {
    const { cookie } = await signUp(t.app);
    const hours = await createGoal(t.app, cookie, {
      title: 'Learn Rust',
      ...YEAR_2027,
      metric: sumMetric('h', 100),
    });
    const typed = await addCheckIn(t.app, cookie, hours.id, '2027-03-02', 1.5, '@home, "quiet"');
    // A time log entry of an activity linked to the goal checks in its hours on the goal.
    const activity = await createdAs(t.app, cookie, '/api/v1/learning', {
      kind: 'course',
      title: 'Rust book',
      goalId: hours.id,
    });
    const entry = await createdAs(t.app, cookie, `/api/v1/learning/${activity.id}/log`, {
      date: '2027-02-10',
      minutes: 90,
    });
    const fed = entry.checkIn;

    const { records } = await fetchCsv(t.app, cookie, 'check-ins');
    expect(records).toEqual([
      {
        id: fed.id,
        'goal id': hours.id,
        goal: 'Learn Rust',
        date: '2027-02-10',
        // 90 minutes on a goal counted in hours: 1.5.
        value: '1.5',
        unit: 'h',
        note: 'Learning: Rust book',
        'written by': 'learning',
        'source id': entry.id,
        'created at': AT,
        'updated at': AT,
      },
      {
        id: typed.id,
        'goal id': hours.id,
        goal: 'Learn Rust',
        date: '2027-03-02',
        value: '1.5',
        unit: 'h',
        // "@" would start a formula: led by an apostrophe; the comma and quotes survive.
        note: `'@home, "quiet"`,
        'written by': '',
        'source id': '',
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });
});
