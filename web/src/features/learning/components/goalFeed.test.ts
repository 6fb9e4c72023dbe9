import type { Goal } from '@shared/goals/goal.schema.ts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { feedRefusalOf, feedText, goalChoices, goalOptionLabel, leftOutText } from './goalFeed.ts';

const metric = (unit: string, baseline: number, target: number, aggregation: 'sum' | 'last' = 'sum') => ({
  unit,
  baseline,
  target,
  aggregation,
});

function goal(title: string, m: Goal['metric'], extra: Partial<Goal> = {}): Goal {
  return {
    id: title.toLowerCase().replace(/\W+/g, '-'),
    parentId: null,
    title,
    description: '',
    why: '',
    category: 'learning',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    metric: m,
    weight: 1,
    state: 'active',
    completedOn: null,
    visibility: 'private',
    childCount: 0,
    lastCheckInOn: null,
    skillIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    progress: {} as Goal['progress'],
    ...extra,
  };
}

const study = goal('Study 50 hours', metric('hours', 0, 50));
const minutes = goal('Practise 600 minutes', metric('min', 100, 700));
const books = goal('Read 12 books', metric('books', 0, 12));
const score = goal('Exam score', metric('points', 50, 80, 'last'));
const down = goal('Fewer meeting hours', metric('h', 20, 10));
const milestone = goal('Ship the talk', null);

describe('feedRefusalOf', () => {
  it('accepts goals that add up hours or minutes towards a higher target', () => {
    expect(feedRefusalOf(study.metric)).toBeNull();
    expect(feedRefusalOf(minutes.metric)).toBeNull();
    expect(feedRefusalOf(metric('hours of practice', 0, 10))).toBeNull();
  });

  it('says why the others cannot take time', () => {
    expect(feedRefusalOf(books.metric)).toBe('counts books, not time');
    expect(feedRefusalOf(score.metric)).toBe('takes each check-in as its new level');
    expect(feedRefusalOf(down.metric)).toBe('counts down to its target');
    expect(feedRefusalOf(milestone.metric)).toBe('has no number to add time to');
    // A rate is not time spent.
    expect(feedRefusalOf(metric('h/week', 0, 10))).toBe('counts h/week, not time');
  });
});

describe('goalChoices', () => {
  it('offers the goals time can feed by title, and keeps the one linked now', () => {
    const all = [study, books, minutes, score, down, milestone];
    expect(goalChoices(all, null).options.map((g) => g.title)).toEqual([
      'Practise 600 minutes',
      'Study 50 hours',
    ]);
    expect(goalChoices(all, books.id).options.map((g) => g.title)).toEqual([
      'Practise 600 minutes',
      'Read 12 books',
      'Study 50 hours',
    ]);
    expect(goalChoices(all, null).left.map((l) => l.goal.title)).toEqual([
      'Exam score',
      'Fewer meeting hours',
      'Read 12 books',
      'Ship the talk',
    ]);
  });

  it('names up to three goals left out, and counts the rest', () => {
    const { left } = goalChoices([study, books, score, down, milestone], null);
    expect(leftOutText(left)).toBe(
      '4 goals are not listed: “Exam score” takes each check-in as its new level; “Fewer meeting hours” counts down to its target; “Read 12 books” counts books, not time; and 1 more.',
    );
    expect(leftOutText(goalChoices([books], null).left)).toBe(
      'One goal is not listed: “Read 12 books” counts books, not time.',
    );
    expect(leftOutText([])).toBeNull();
  });

  it('marks goals that are not active', () => {
    expect(goalOptionLabel({ ...study, state: 'paused' })).toBe('Study 50 hours (paused)');
    expect(goalOptionLabel(study)).toBe('Study 50 hours');
  });
});

describe('feedText', () => {
  it('says how much went to the goal, in its unit', () => {
    const entry = { date: '2026-03-01', checkIn: { goalId: study.id, value: 1.5 } };
    expect(feedText(entry, study.id, study)).toBe('Checked in 1.5 hours on ‘Study 50 hours’.');
    const short = { date: '2026-03-01', checkIn: { goalId: minutes.id, value: 45 } };
    expect(feedText(short, minutes.id, minutes)).toBe('Checked in 45 min on ‘Practise 600 minutes’.');
    const quarter = { date: '2026-03-01', checkIn: { goalId: study.id, value: 0.25 } };
    expect(feedText(quarter, study.id, study)).toBe('Checked in 0.25 hours on ‘Study 50 hours’.');
  });

  it('says why an entry did not check in', () => {
    const early = { date: '2025-12-31', checkIn: null };
    expect(feedText(early, study.id, study)).toBe(
      `Not checked in on ‘Study 50 hours’: the entry is dated before the goal starts, on ${formatDate('2026-01-01')}.`,
    );
    expect(feedText({ date: '2026-03-01', checkIn: null }, books.id, books)).toBe(
      'Not checked in on ‘Read 12 books’: it counts books, not time.',
    );
  });

  it('says nothing without a goal', () => {
    expect(feedText({ date: '2026-03-01', checkIn: null }, null, undefined)).toBeNull();
  });
});
