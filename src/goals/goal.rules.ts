import { formatDate } from '../../shared/calendar.ts';
import { conflict, invalidField } from '../platform/http/errors.ts';
import type { Metric } from './domain/index.ts';
import { type GoalForest, MAX_GOAL_DEPTH } from './goal.forest.ts';
import type { GoalRow } from './goal.repository.ts';

/** A goal as it would be after a create or an update, checked before anything is written. */
export interface GoalCandidate {
  id: string | null;
  parentId: string | null;
  startDate: string;
  dueDate: string | null;
  metric: Metric | null;
  completedOn: string | null;
  /** False when the start date was left out of a new goal and taken as today. */
  startGiven?: boolean;
}

/**
 * Rules that span fields or rows: dates in order and inside the parent's, no cycles, at most
 * MAX_GOAL_DEPTH levels, completion
 * only for milestones, and nothing that would strand existing slices or check-ins.
 */
export function checkGoal(
  next: GoalCandidate,
  forest: GoalForest,
  today: string,
  earliestCheckIn: string | null,
): void {
  if (next.dueDate !== null && next.dueDate < next.startDate) {
    throw invalidField(
      'dueDate',
      next.startGiven === false
        ? `must be on or after the start date, which is today (${formatDate(today)}) when none is given`
        : `must be on or after the start date (${formatDate(next.startDate)})`,
    );
  }
  if (next.parentId !== null) {
    const parent = forest.get(next.parentId);
    if (!parent) throw invalidField('parentId', 'is not one of your goals');
    if (
      next.id !== null &&
      (next.parentId === next.id || forest.descendantIds(next.id).includes(next.parentId))
    ) {
      throw invalidField('parentId', 'would put the goal inside itself');
    }
    const levels = forest.depthOf(next.parentId) + (next.id === null ? 1 : forest.heightOf(next.id));
    if (levels > MAX_GOAL_DEPTH) {
      throw invalidField(
        'parentId',
        `would nest goals ${levels} levels deep; goals nest at most ${MAX_GOAL_DEPTH} levels, the top one being level 1`,
      );
    }
    checkInside(next, parent);
  }
  if (next.id !== null) {
    for (const child of forest.children(next.id)) checkChildStillInside(child, next);
  }
  if (next.completedOn !== null) {
    const hasChildren = next.id !== null && forest.children(next.id).length > 0;
    if (next.metric !== null || hasChildren) {
      throw invalidField(
        'completedOn',
        'only a milestone (no metric, no slices) is marked complete by hand; the rest is measured',
      );
    }
    if (next.completedOn < next.startDate)
      throw invalidField('completedOn', `must be on or after the start date (${formatDate(next.startDate)})`);
    if (next.completedOn > today)
      throw invalidField('completedOn', `is in the future (today is ${formatDate(today)})`);
  }
  if (earliestCheckIn !== null) {
    if (next.metric === null) {
      throw conflict('This goal has check-ins; delete them before removing its metric.');
    }
    if (earliestCheckIn < next.startDate) {
      throw invalidField(
        'startDate',
        `must be on or before the first check-in (${formatDate(earliestCheckIn)})`,
      );
    }
  }
}

function checkInside(next: GoalCandidate, parent: GoalRow): void {
  if (next.startDate < parent.start_date) {
    throw invalidField(
      'startDate',
      `must be on or after the parent goal's start date (${formatDate(parent.start_date)})`,
    );
  }
  if (parent.due_date !== null) {
    if (next.startDate > parent.due_date) {
      throw invalidField(
        'startDate',
        `must be on or before the parent goal's due date (${formatDate(parent.due_date)})`,
      );
    }
    if (next.dueDate === null)
      throw invalidField('dueDate', `is required inside a parent goal due ${formatDate(parent.due_date)}`);
    if (next.dueDate > parent.due_date) {
      throw invalidField(
        'dueDate',
        `must be on or before the parent goal's due date (${formatDate(parent.due_date)})`,
      );
    }
  }
}

function checkChildStillInside(child: GoalRow, next: GoalCandidate): void {
  if (child.start_date < next.startDate) {
    throw invalidField(
      'startDate',
      `would leave “${child.title}” (from ${formatDate(child.start_date)}) outside this goal`,
    );
  }
  if (next.dueDate !== null && (child.due_date === null || child.due_date > next.dueDate)) {
    throw invalidField(
      'dueDate',
      `would leave “${child.title}” (due ${child.due_date === null ? 'never' : formatDate(child.due_date)}) outside this goal`,
    );
  }
}
