// The goals capability's own rules, held over the goals of a document to import as over a goal made
// or changed through the API (goal.rules.ts): a due date on or after the start, dates inside the
// parent's, at most MAX_GOAL_DEPTH levels, completion by hand only for milestones and never in the
// future, and no check-in before its goal's start or on a goal without a metric. A document edited
// by hand may break them; an export of Trellis never does. Pure: checked before anything is written.
import { GoalForest, metricOf } from '../../goals/goal.forest.ts';
import { checkGoal } from '../../goals/goal.rules.ts';
import { AppError, type Issue } from '../../platform/http/errors.ts';
import { goalRowOf } from './portable.goals.ts';
import type { ImportDocument } from './portable.links.ts';

/** Every goal rule the document's goals break, at the path of the field; none when they hold. */
export function brokenGoalRules(doc: ImportDocument, today: string): Issue[] {
  const same = (id: string) => id;
  const rows = doc.goals.map((g) => ({ ...goalRowOf(g, same, same), skill_ids: '[]', tree_version: 0 }));
  const forest = new GoalForest(rows, []);
  const firstCheckIn = new Map<string, string>();
  for (const c of doc.checkIns) {
    const first = firstCheckIn.get(c.goalId);
    if (first === undefined || c.date < first) firstCheckIn.set(c.goalId, c.date);
  }
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    const candidate = {
      id: row.id,
      parentId: row.parent_id,
      startDate: row.start_date,
      dueDate: row.due_date,
      metric: metricOf(row),
      completedOn: row.completed_on,
    };
    try {
      checkGoal(candidate, forest, today, firstCheckIn.get(row.id) ?? null);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The one rule answered without a field: check-ins on a goal with no metric to count them in.
      const found = error.issues ?? [{ path: 'metric', message: 'is required: the goal has check-ins' }];
      for (const issue of found) issues.push({ path: `goals.${i}.${issue.path}`, message: issue.message });
    }
  });
  return issues;
}
