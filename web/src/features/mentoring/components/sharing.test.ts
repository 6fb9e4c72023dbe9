import { describe, expect, it } from 'vitest';
import { shareableGoals, sharedWithMentors } from './sharing.ts';

describe('sharedWithMentors', () => {
  it('is true for the visibilities that reach a mentor', () => {
    expect(sharedWithMentors({ visibility: 'mentors' })).toBe(true);
    expect(sharedWithMentors({ visibility: 'organization' })).toBe(true);
    expect(sharedWithMentors({ visibility: 'private' })).toBe(false);
    expect(sharedWithMentors({ visibility: 'managers' })).toBe(false);
  });
});

describe('shareableGoals', () => {
  const goal = (
    id: string,
    title: string,
    over: { state?: 'active' | 'paused'; parentId?: string } = {},
  ) => ({
    id,
    title,
    state: over.state ?? ('active' as const),
    parentId: over.parentId ?? null,
  });

  it('lists active top goals, focus first, then by title', () => {
    const goals = [
      goal('g1', 'Write a blog post'),
      goal('g2', 'Ask for a promotion'),
      goal('g3', 'Speak at two meetups'),
      goal('g4', 'Paused one', { state: 'paused' }),
      goal('g5', 'Q1 slice', { parentId: 'g3' }),
    ];
    expect(shareableGoals(goals, ['g3']).map((g) => g.id)).toEqual(['g3', 'g2', 'g1']);
  });

  it('keeps a slice that is itself in focus', () => {
    const goals = [goal('g3', 'Speak'), goal('g5', 'Q1 slice', { parentId: 'g3' })];
    expect(shareableGoals(goals, ['g5']).map((g) => g.id)).toEqual(['g5', 'g3']);
  });
});
