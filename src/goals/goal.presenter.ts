import { computeProgress } from './domain/index.ts';
import type { GoalForest } from './goal.forest.ts';
import { metricOf } from './goal.forest.ts';
import type { CheckInRow } from './goal.repository.ts';
import type { CheckIn, Goal } from './goal.schema.ts';

/** A goal as the API shows it, with progress as of `asOf`. */
export function presentGoal(forest: GoalForest, id: string, asOf: string): Goal {
  const row = forest.get(id)!;
  return {
    id: row.id,
    parentId: row.parent_id,
    title: row.title,
    description: row.description,
    why: row.why,
    category: row.category as Goal['category'],
    startDate: row.start_date,
    dueDate: row.due_date,
    metric: metricOf(row),
    weight: row.weight,
    state: row.state,
    completedOn: row.completed_on,
    visibility: row.visibility,
    childCount: forest.children(id).length,
    lastCheckInOn: forest.lastCheckInOn(id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    progress: computeProgress(forest.node(id), asOf),
  };
}

export const presentCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  goalId: row.goal_id,
  date: row.date,
  value: row.value,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
