import type { CATEGORIES, Finding, Goal, Progress, STATES } from '@shared/goals/goal.schema.ts';
import { STATUS_LABELS } from '@shared/goals/status-labels.ts';

/** Words for the API's enum values, in one place so every goal screen names things alike. */
export type GoalStatus = Progress['status'];

/**
 * The status a goal shows: "Paused" for a paused goal whatever its numbers say (the API answers
 * `paused` for it and its paused slices; reading the state too keeps a goal paused a moment ago right).
 */
export function statusOf(goal: Pick<Goal, 'state' | 'progress'>): GoalStatus {
  return goal.state === 'paused' ? 'paused' : goal.progress.status;
}

export { STATUS_LABELS };

export const RULE_LABELS: Record<Finding['rule'], string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  time_bound: 'Time-bound',
  chunked: 'Chunked',
};

export const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], string> = {
  career: 'Career',
  skill: 'Skill',
  learning: 'Learning',
  practice: 'Practice',
  content: 'Content',
  network: 'Network',
  mentoring: 'Mentoring',
  business: 'Business',
  other: 'Other',
};

export const STATE_LABELS: Record<(typeof STATES)[number], string> = {
  active: 'Active',
  paused: 'Paused',
  abandoned: 'Abandoned',
};
