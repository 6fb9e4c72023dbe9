import { formatDate } from '../../shared/calendar.ts';
import { formatQuantity } from '../../shared/numbers.ts';
import { invalidField } from '../platform/http/errors.ts';
import { countedCheckIns, dailyValues, directionOf, type Metric, sharesMeasure } from './domain/index.ts';
import { GoalForest, metricOf } from './goal.forest.ts';
import type { GoalRepository, GoalRow } from './goal.repository.ts';

/** A `sum` check-in adds an amount: 0 adds nothing. */
export function checkAmount(goal: GoalRow, value: number): void {
  if (goal.metric_aggregation === 'sum' && value === 0) {
    throw invalidField('value', 'must not be 0: a check-in adds an amount');
  }
}

/** +1 when the goal's target lies above its baseline, −1 below, 0 without a (usable) metric. */
export function directionOfGoal(goal: GoalRow): number {
  const metric = metricOf(goal);
  return metric && metric.target !== metric.baseline ? Math.sign(metric.target - metric.baseline) : 0;
}

/**
 * A check-in against a `sum` goal's direction is a correction, allowed only while the running
 * total stays on the target's side of the baseline, or on it, at every date: for the goal and for
 * every goal above it that counts its check-ins. Called after the change was written, in its
 * transaction; it throws at `field` (and the change is rolled back) when a total crosses.
 */
export async function checkRunningTotals(repo: GoalRepository, goalId: string, field: string): Promise<void> {
  const path = measuredPath(await GoalForest.loadGoals(repo), goalId);
  if (path.length === 0) return;
  throwAtCrossing(path, await GoalForest.loadSubtrees(repo, [path.at(-1)!.id]), goalId, field);
}

/**
 * The same rule for many goals changed at once (an import), reading the whole forest and its
 * check-ins once instead of once per goal.
 */
export async function checkRunningTotalsOf(
  repo: GoalRepository,
  goalIds: Iterable<string>,
  field: string,
): Promise<void> {
  const ids = [...new Set(goalIds)];
  if (ids.length === 0) return;
  const forest = await GoalForest.load(repo);
  for (const goalId of ids) throwAtCrossing(measuredPath(forest, goalId), forest, goalId, field);
}

/** A `sum` goal and each goal above it measuring the same thing, up to the first that does not. */
function measuredPath(shape: GoalForest, goalId: string): GoalRow[] {
  const goal = shape.get(goalId);
  const metric = goal ? metricOf(goal) : null;
  if (!goal || metric?.aggregation !== 'sum') return [];
  const path = [goal];
  for (let up = shape.get(goal.parent_id ?? ''); up && sharesMeasure(metric, metricOf(up)); ) {
    path.push(up);
    up = shape.get(up.parent_id ?? '');
  }
  return path;
}

/** Throws at `field` when a total along `path`, with the check-ins of `forest`, crosses its baseline. */
function throwAtCrossing(path: readonly GoalRow[], forest: GoalForest, goalId: string, field: string): void {
  for (const row of path) {
    const own = metricOf(row)!;
    const crossing = firstCrossing(own, countedCheckIns(forest.node(row.id), own, '9999-12-31'));
    if (crossing) {
      const side = directionOf(own) > 0 ? 'below' : 'above';
      const whose = row.id === goalId ? 'the total' : `the total of “${row.title}”`;
      throw invalidField(
        field,
        `would take ${whose} ${side} its baseline (${formatQuantity(own.baseline, own.unit)}) on ${formatDate(crossing)}`,
      );
    }
  }
}

/** The first date a sum's running total is on the wrong side of the baseline; null when it never is. */
function firstCrossing(metric: Metric, ordered: Parameters<typeof dailyValues>[1]): string | null {
  const direction = directionOf(metric);
  return (
    dailyValues(metric, ordered).find((day) => direction * (day.value - metric.baseline) < 0)?.date ?? null
  );
}
