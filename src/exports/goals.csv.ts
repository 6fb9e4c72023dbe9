import type { Goal } from '../../shared/goals/goal.schema.ts';
import { GoalForest } from '../goals/goal.forest.ts';
import { presentGoal } from '../goals/goal.presenter.ts';
import { GoalRepository } from '../goals/goal.repository.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';
import { namesOf, skillNames } from './skill-names.ts';

type Row = Goal & { skills: string[] };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (g) => g.id },
  { header: 'title', cell: (g) => g.title },
  { header: 'category', cell: (g) => g.category },
  { header: 'state', cell: (g) => g.state },
  { header: 'status today', cell: (g) => g.progress.status },
  { header: 'start date', cell: (g) => g.startDate },
  { header: 'due date', cell: (g) => g.dueDate },
  { header: 'completed on', cell: (g) => g.completedOn },
  { header: 'unit', cell: (g) => g.metric?.unit ?? null },
  { header: 'counts', cell: (g) => g.metric?.aggregation ?? null },
  { header: 'baseline', cell: (g) => g.metric?.baseline ?? null },
  { header: 'target', cell: (g) => g.metric?.target ?? null },
  { header: 'current', cell: (g) => g.progress.current },
  { header: 'last check-in', cell: (g) => g.lastCheckInOn },
  { header: 'weight', cell: (g) => g.weight },
  { header: 'parent id', cell: (g) => g.parentId },
  { header: 'visibility', cell: (g) => g.visibility },
  { header: 'skills', cell: (g) => g.skills },
  { header: 'description', cell: (g) => g.description },
  { header: 'why', cell: (g) => g.why },
  { header: 'created at', cell: (g) => g.createdAt },
  { header: 'updated at', cell: (g) => g.updatedAt },
];

/**
 * Every goal, oldest first, measured as of the person's today: the goals and their points per day
 * in two queries (as the list reads them), the skills' names in a third.
 */
export async function goalsCsv(ctx: RequestContext): Promise<string> {
  const forest = await GoalForest.load(new GoalRepository(ctx.scope));
  const goals = forest.all().map((row) => presentGoal(forest, row.id, ctx.today()));
  const names = await skillNames(
    ctx.scope,
    goals.flatMap((g) => g.skillIds),
  );
  return toCsv(
    COLUMNS,
    goals.map((g) => ({ ...g, skills: namesOf(g.skillIds, names) })),
  );
}
