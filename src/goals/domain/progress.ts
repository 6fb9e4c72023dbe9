// Progress of any goal: by its metric, by its children, or as a milestone.
import { compareDates } from './calendar.ts';
import { metricProgress } from './metric-progress.ts';
import { clean } from './rounding.ts';
import type { GoalNode, Progress, ProgressStatus } from './types.ts';

type Rankable = 'on_track' | 'at_risk' | 'off_track';
const RANK: Record<Rankable, number> = { on_track: 0, at_risk: 1, off_track: 2 };

/** Progress and forecast of a goal as of `asOf` (YYYY-MM-DD), whatever its state. */
export function computeProgress(goal: GoalNode, asOf: string): Progress {
  if (goal.metric !== null) return metricProgress(goal, goal.metric, asOf);
  const counted = goal.children.filter((child) => child.state !== 'abandoned');
  if (counted.length > 0) return childrenProgress(goal, counted, asOf);
  // The spec: a parent whose children were all abandoned reads 0 even when marked complete.
  const fraction = goal.children.length === 0 && isCompleted(goal, asOf) ? 1 : 0;
  return withoutMetric(asOf, fraction, milestoneStatus(goal, asOf));
}

/** True when the goal was marked complete on or before `asOf`. */
function isCompleted(goal: GoalNode, asOf: string): boolean {
  return goal.completedOn !== null && compareDates(goal.completedOn, asOf) <= 0;
}

/** True when `asOf` is after the goal's due date. */
function isOverdue(goal: GoalNode, asOf: string): boolean {
  return goal.dueDate !== null && compareDates(asOf, goal.dueDate) > 0;
}

/** Status of a milestone: achieved once completed, missed once overdue, otherwise no data yet. */
function milestoneStatus(goal: GoalNode, asOf: string): ProgressStatus {
  if (isCompleted(goal, asOf)) return 'achieved';
  return isOverdue(goal, asOf) ? 'missed' : 'no_data';
}

/** Progress of a goal without a metric, measured by its non-abandoned children. */
function childrenProgress(goal: GoalNode, children: readonly GoalNode[], asOf: string): Progress {
  const parts = children.map((child) => ({ weight: child.weight, progress: computeProgress(child, asOf) }));
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  // Weights that add up to nothing cannot rank the children; count them equally instead.
  const weighted =
    totalWeight > 0
      ? parts.reduce((sum, part) => sum + part.weight * part.progress.fraction, 0) / totalWeight
      : parts.reduce((sum, part) => sum + part.progress.fraction, 0) / parts.length;
  const fraction = clean(Math.min(1, Math.max(0, weighted)));
  const status = rollUpStatus(
    parts.map((part) => part.progress.status),
    isOverdue(goal, asOf),
  );
  return withoutMetric(asOf, fraction, status);
}

/** A parent's status from its children's: all achieved, missed when overdue, else the worst pace. */
export function rollUpStatus(childStatuses: readonly ProgressStatus[], overdue: boolean): ProgressStatus {
  const open = childStatuses.filter((status) => status !== 'achieved');
  if (open.length === 0) return 'achieved';
  if (overdue) return 'missed';
  let worst: Rankable | null = null;
  for (const status of open) {
    const ranked = status === 'missed' ? 'off_track' : status;
    if (ranked === 'on_track' || ranked === 'at_risk' || ranked === 'off_track') {
      if (worst === null || RANK[ranked] > RANK[worst]) worst = ranked;
    }
  }
  // no_data and unscheduled children say nothing about pace, so they only decide when nothing else can.
  if (worst !== null) return worst;
  return open.includes('unscheduled') ? 'unscheduled' : 'no_data';
}

/** A Progress with every metric-only field left null. */
function withoutMetric(asOf: string, fraction: number, status: ProgressStatus): Progress {
  return {
    asOf,
    current: null,
    expected: null,
    projected: null,
    projectedCompletionDate: null,
    fraction,
    scheduleDeltaDays: null,
    requiredPerWeek: null,
    observedPerWeek: null,
    status,
  };
}
