// Goals as another person may see them (a mentor, through a view of the owner's goals), presented
// as the goals list presents them, from what is seen alone.
import type { CheckIn, Goal } from '../../shared/goals/goal.schema.ts';
import type { VisibilityLevel } from '../platform/access/rules.ts';
import { GoalForest } from './goal.forest.ts';
import { presentCheckIn, presentGoal } from './goal.presenter.ts';
import { GoalReader, type GoalSource } from './goal.reader.ts';

/** A goal as shared, with its own check-ins, newest first. */
export interface SharedGoalData {
  goal: Goal;
  checkIns: CheckIn[];
}

/**
 * The goals `source` shows whose visibility is one of `levels`, oldest first, each with its
 * progress as of `asOf` worked out from these goals and their check-ins alone: a goal below one of
 * them that `levels` hide counts for nothing, not even in its parent's numbers, and a parent they
 * hide is not named (the goal shows as a top-level one). Four queries, whatever the number of goals.
 */
export async function sharedGoals(
  source: GoalSource,
  levels: readonly VisibilityLevel[],
  asOf: string,
): Promise<SharedGoalData[]> {
  const reader = new GoalReader(source);
  const rows = await reader.goals(levels);
  const shown = new Set(rows.map((g) => g.id));
  const goals = rows.map((g) =>
    g.parent_id !== null && !shown.has(g.parent_id) ? { ...g, parent_id: null } : g,
  );
  const ids = goals.map((g) => g.id);
  const [points, checkIns] = await Promise.all([reader.dayPoints(ids), reader.checkInsOf(ids)]);
  const forest = new GoalForest(goals, points);
  const byGoal = new Map<string, CheckIn[]>(ids.map((id) => [id, []]));
  // Read oldest first: each goal's list is reversed to newest first.
  for (const c of checkIns) byGoal.get(c.goal_id)?.push(presentCheckIn(c));
  return goals.map((g) => ({ goal: presentGoal(forest, g.id, asOf), checkIns: byGoal.get(g.id)!.reverse() }));
}
