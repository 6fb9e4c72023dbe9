import { GoalRepository } from '../goals/goal.repository.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';

interface Row {
  id: string;
  goalId: string;
  goal: string | null;
  date: string;
  value: number;
  unit: string | null;
  note: string;
  writtenBy: string | null;
  sourceId: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (c) => c.id },
  { header: 'goal id', cell: (c) => c.goalId },
  { header: 'goal', cell: (c) => c.goal },
  { header: 'date', cell: (c) => c.date },
  { header: 'value', cell: (c) => c.value },
  { header: 'unit', cell: (c) => c.unit },
  { header: 'note', cell: (c) => c.note },
  // Empty for a check-in typed in; else the kind of entry that wrote it (learning, practice …).
  { header: 'written by', cell: (c) => c.writtenBy },
  { header: 'source id', cell: (c) => c.sourceId },
  { header: 'created at', cell: (c) => c.createdAt },
  { header: 'updated at', cell: (c) => c.updatedAt },
];

/** Every check-in, oldest first, with its goal's title and unit: two queries. */
export async function checkInsCsv(ctx: RequestContext): Promise<string> {
  const repo = new GoalRepository(ctx.scope);
  const [goals, checkIns] = await Promise.all([repo.allGoals(), repo.allCheckIns()]);
  const goalOf = new Map(goals.map((g) => [g.id, g]));
  return toCsv(
    COLUMNS,
    checkIns.map((c) => ({
      id: c.id,
      goalId: c.goal_id,
      goal: goalOf.get(c.goal_id)?.title ?? null,
      date: c.date,
      value: c.value,
      unit: goalOf.get(c.goal_id)?.metric_unit ?? null,
      note: c.note,
      writtenBy: c.source_type,
      sourceId: c.source_id,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    })),
  );
}
