// Progress of any goal: by its metric, by its children, or as a milestone.
import { compareDates } from '../../../shared/calendar.ts';
import { clean } from '../../../shared/numbers.ts';
import { metricProgress, withoutMetric } from './metric-progress.ts';
import { countedCheckIns } from './series.ts';
import type { CheckInPoint, GoalNode, Progress, ProgressStatus } from './types.ts';

type Rankable = 'on_track' | 'at_risk' | 'off_track';
const RANK: Record<Rankable, number> = { on_track: 0, at_risk: 1, off_track: 2 };

/** Progress and forecast of a goal as of `asOf` (YYYY-MM-DD), whatever its state. */
export function computeProgress(goal: GoalNode, asOf: string): Progress {
  return progressOfTree(goal, asOf).get(goal)!;
}

/**
 * Progress of a goal and of every goal below it, as of `asOf`: each computed once, children before
 * their parent, with an explicit stack, so neither the time nor the call depth grows with how
 * deeply goals nest. Any stored numbers give finite answers.
 */
export function progressOfTree(goal: GoalNode, asOf: string): Map<GoalNode, Progress> {
  const done = new Map<GoalNode, Progress>();
  const counted = new Map<GoalNode, CheckInPoint[]>();
  for (const node of childrenFirst(goal)) {
    let progress: Progress;
    if (node.metric !== null) {
      const own = countedCheckIns(node, node.metric, asOf, (below) => counted.get(below));
      counted.set(node, own);
      progress = metricProgress(node, node.metric, asOf, own);
    } else {
      progress = byChildren(node, asOf, done);
    }
    done.set(node, finiteProgress(node.state === 'paused' ? paused(progress) : progress));
  }
  return done;
}

/** Every goal of the tree, each after all of its children; a goal met twice is taken once. */
export function childrenFirst(root: GoalNode): GoalNode[] {
  const order: GoalNode[] = [];
  const seen = new Set<GoalNode>([root]);
  const stack: { node: GoalNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.node.children[top.next++];
    if (child === undefined) {
      order.push(top.node);
      stack.pop();
    } else if (!seen.has(child)) {
      seen.add(child);
      stack.push({ node: child, next: 0 });
    }
  }
  return order;
}

/** Progress of a goal without a metric: by its non-abandoned children's (already in `done`), or as a milestone. */
function byChildren(goal: GoalNode, asOf: string, done: Map<GoalNode, Progress>): Progress {
  const counted = goal.children.filter((child) => child.state !== 'abandoned' && done.has(child));
  if (counted.length > 0) {
    return childrenProgress(
      goal,
      counted.map((child) => ({ weight: child.weight, progress: done.get(child)! })),
      asOf,
    );
  }
  // The spec: a parent whose children were all abandoned reads 0 even when marked complete.
  const fraction = goal.children.length === 0 && isCompleted(goal, asOf) ? 1 : 0;
  return withoutMetric(asOf, fraction, milestoneStatus(goal, asOf));
}

/**
 * A paused goal is not being pursued: it shows no status but "paused" (unless already achieved)
 * and no pace, while its numbers stay as they are.
 */
function paused(progress: Progress): Progress {
  if (progress.status === 'achieved') return progress;
  return { ...progress, status: 'paused', requiredPerWeek: null, observedPerWeek: null };
}

const finiteOrNull = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** Progress with every number finite: a value too large to compute with is unknown (null), never NaN. */
function finiteProgress(p: Progress): Progress {
  return {
    ...p,
    current: finiteOrNull(p.current),
    expected: finiteOrNull(p.expected),
    projected: finiteOrNull(p.projected),
    fraction: Number.isFinite(p.fraction) ? p.fraction : 0,
    scheduleDeltaDays: finiteOrNull(p.scheduleDeltaDays),
    requiredPerWeek: finiteOrNull(p.requiredPerWeek),
    observedPerWeek: finiteOrNull(p.observedPerWeek),
  };
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

/** Progress of a goal without a metric, measured by its non-abandoned children's progress. */
function childrenProgress(
  goal: GoalNode,
  parts: readonly { weight: number; progress: Progress }[],
  asOf: string,
): Progress {
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  // Weights that add up to nothing cannot rank the children; count them equally instead.
  const weighted =
    totalWeight > 0 && Number.isFinite(totalWeight)
      ? parts.reduce((sum, part) => sum + part.weight * part.progress.fraction, 0) / totalWeight
      : parts.reduce((sum, part) => sum + part.progress.fraction, 0) / parts.length;
  const fraction = clean(Math.min(1, Math.max(0, Number.isFinite(weighted) ? weighted : 0)));
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
