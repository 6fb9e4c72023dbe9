import type { CheckIn, Goal } from '../../shared/goals/goal.schema.ts';
import type { GoalForest } from './goal.forest.ts';
import { metricOf } from './goal.forest.ts';
import type { CheckInRow } from './goal.repository.ts';

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
    skillIds: JSON.parse(row.skill_ids) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    progress: forest.progress(id, asOf),
  };
}

export const presentCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  goalId: row.goal_id,
  date: row.date,
  value: row.value,
  note: row.note,
  source:
    row.source_type !== null && row.source_id !== null ? { type: row.source_type, id: row.source_id } : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
