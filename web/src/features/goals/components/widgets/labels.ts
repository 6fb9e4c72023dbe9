import type { CATEGORIES, Finding, Goal, Progress, STATES } from '@shared/goals/goal.schema.ts';

/** Words for the API's enum values, in one place so every goal screen names things alike. */
export type GoalStatus = Progress['status'];

/**
 * The status a goal shows: "Paused" for a paused goal whatever its numbers say (the API answers
 * `paused` for it and its paused slices; reading the state too keeps a goal paused a moment ago right).
 */
export function statusOf(goal: Pick<Goal, 'state' | 'progress'>): GoalStatus {
  return goal.state === 'paused' ? 'paused' : goal.progress.status;
}

/**
 * The words of @shared/goals/status-labels.ts, which the report files use (labels.test.ts keeps the
 * two alike). Importing that module here splits the first download into six more chunks, each one
 * more preload in index.html, so the first page keeps its own copy.
 */
export const STATUS_LABELS: Record<GoalStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  missed: 'Missed',
  no_data: 'No data yet',
  unscheduled: 'No due date',
  paused: 'Paused',
};

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
