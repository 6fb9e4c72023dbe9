// The goals and typed-in check-ins of an imported document, with new ids: parents written before
// their children, every link remapped. Runs in the import's transaction.
import { GoalRepository, type NewGoalRow } from '../../goals/goal.repository.ts';
import type { OwnerScope } from '../../platform/access/access.ts';
import { newId } from '../../platform/ids.ts';
import { ancestorsOf, type ImportDocument } from './portable.links.ts';

type ImportGoal = ImportDocument['goals'][number];

/** A goal of the document as a row, its ids (its own, its parent's, …) and skills as `idOf` and `skillOf` map them. */
export function goalRowOf(
  g: ImportGoal,
  idOf: (id: string) => string,
  skillOf: (id: string) => string,
): NewGoalRow {
  return {
    id: idOf(g.id),
    parent_id: g.parentId === null ? null : idOf(g.parentId),
    title: g.title,
    description: g.description,
    why: g.why,
    category: g.category,
    start_date: g.startDate,
    due_date: g.dueDate,
    metric_unit: g.metric?.unit ?? null,
    metric_baseline: g.metric?.baseline ?? null,
    metric_target: g.metric?.target ?? null,
    metric_aggregation: g.metric?.aggregation ?? null,
    weight: g.weight,
    state: g.state,
    state_set_by: g.stateSetBy === null ? null : idOf(g.stateSetBy),
    completed_on: g.completedOn,
    visibility: g.visibility,
    skill_ids: JSON.stringify([...new Set(g.skillIds.map(skillOf))]),
    created_at: g.createdAt,
    updated_at: g.updatedAt,
  };
}

/**
 * Writes the goals (ids made in the document's order, so they sort as the originals did; rows
 * written by depth, so a parent is there before its children) and the check-ins typed in by hand.
 * Check-ins an entry wrote are left to the entries, and every total is held once all are written:
 * see portable.import.ts. Answers the goals' ids.
 */
export async function importGoals(
  scope: OwnerScope,
  doc: ImportDocument,
  skillOf: (id: string) => string,
): Promise<{ goals: Map<string, string>; checkIns: number }> {
  const repo = new GoalRepository(scope);
  const ids = new Map(doc.goals.map((g) => [g.id, newId()]));
  const byId = new Map(doc.goals.map((g) => [g.id, g]));
  // The links were checked: every chain of parents ends at a top-level goal.
  const depth = new Map(doc.goals.map((g) => [g.id, ancestorsOf(g.id, byId)?.length ?? 0]));
  const rows = doc.goals.map((g) => ({
    depth: depth.get(g.id)!,
    ...goalRowOf(g, (id) => ids.get(id)!, skillOf),
  }));
  // A stable sort: within a depth, the document's order.
  rows.sort((a, b) => a.depth - b.depth);
  await repo.insertGoals(rows.map(({ depth: _depth, ...row }) => row));

  const typed = doc.checkIns.filter((c) => c.source === null);
  await repo.insertCheckIns(
    typed.map((c) => ({
      id: newId(),
      goal_id: ids.get(c.goalId)!,
      date: c.date,
      value: c.value,
      note: c.note,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    })),
  );
  return { goals: ids, checkIns: typed.length };
}
