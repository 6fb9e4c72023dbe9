import type { Goal } from '@shared/goals/goal.schema.ts';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { goalChoices } from '../../learning/components/goalFeed.ts';
import { countRefusalOf, countText } from './goalCount.ts';

const metric = (unit: string, baseline: number, target: number, aggregation: 'sum' | 'last' = 'sum') => ({
  unit,
  baseline,
  target,
  aggregation,
});

function goal(title: string, m: Goal['metric']): Goal {
  return {
    id: title.toLowerCase().replace(/\W+/g, '-'),
    parentId: null,
    title,
    description: '',
    why: '',
    category: 'network',
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
  };
}

const meet = goal('Meet 24 people', metric('people', 0, 24));
const hours = goal('Study 50 hours', metric('hours', 0, 50));
const level = goal('Reach 10 referrals', metric('referrals', 0, 10, 'last'));
const down = goal('Cut meetings to 5', metric('meetings', 20, 5));
const plain = goal('Find a mentor', null);

describe('goals an interaction can count on', () => {
  it('takes any goal that adds up towards a higher target, time included', () => {
    expect(countRefusalOf(meet.metric)).toBeNull();
    expect(countRefusalOf(hours.metric)).toBeNull();
  });

  it('refuses a goal without a number, one that takes the latest level, and one counting down', () => {
    expect(countRefusalOf(plain.metric)).toBe('has no number to count on');
    expect(countRefusalOf(level.metric)).toBe('takes each check-in as its new level');
    expect(countRefusalOf(down.metric)).toBe('counts down to its target');
  });

  it('offers those by title, keeps the one linked now, and says why the rest are left out', () => {
    const { options, left } = goalChoices([plain, meet, level, hours, down], down.id, countRefusalOf);
    expect(options.map((g) => g.title)).toEqual(['Cut meetings to 5', 'Meet 24 people', 'Study 50 hours']);
    expect(left.map((l) => [l.goal.title, l.reason])).toEqual([
      ['Find a mentor', 'has no number to count on'],
      ['Reach 10 referrals', 'takes each check-in as its new level'],
    ]);
  });
});

describe('what an interaction did to its goal', () => {
  const on = (date: string, counted: boolean) => ({
    date,
    goalId: meet.id,
    checkIn: counted ? { value: 1 } : null,
  });

  it('says nothing without a goal', () => {
    expect(countText({ date: '2026-03-01', goalId: null, checkIn: null }, undefined)).toBeNull();
  });

  it('says it counted 1, by the goal’s title when known', () => {
    expect(countText(on('2026-03-01', true), meet)).toBe('Counted 1 on ‘Meet 24 people’.');
    expect(countText(on('2026-03-01', true), undefined)).toBe('Counted 1 on its goal.');
  });

  it('says why it did not count: dated before the goal starts, or the goal no longer adds up', () => {
    expect(countText(on('2025-12-31', false), meet)).toBe(
      `Not counted on ‘Meet 24 people’: it is dated before the goal starts, on ${formatDate('2026-01-01')}.`,
    );
    expect(countText({ ...on('2026-03-01', false), goalId: level.id }, level)).toBe(
      'Not counted on ‘Reach 10 referrals’: it takes each check-in as its new level.',
    );
    expect(countText(on('2026-03-01', false), undefined)).toBe('Not counted on its goal.');
  });
});
