import {
  type CheckInPoint,
  type GoalNode,
  type Metric,
  type Progress,
  progressOfTree,
} from './domain/index.ts';
import type { DayPoint, GoalRepository, GoalRow } from './goal.repository.ts';

export { MAX_GOAL_DEPTH } from '../../shared/goals/goal.limits.ts';

export const metricOf = (row: GoalRow): Metric | null =>
  row.metric_unit !== null &&
  row.metric_baseline !== null &&
  row.metric_target !== null &&
  row.metric_aggregation
    ? {
        unit: row.metric_unit,
        baseline: row.metric_baseline,
        target: row.metric_target,
        aggregation: row.metric_aggregation,
      }
    : null;

/** A day's check-ins as the goal's metric counts them: added up for `sum`, the last one for `last`. */
const pointOf = (day: DayPoint, aggregation: GoalRow['metric_aggregation']): CheckInPoint => ({
  date: day.date,
  value: aggregation === 'sum' ? day.total : day.last_value,
  createdAt: day.last_created_at,
});

/**
 * A person's goals as a tree, with their check-ins, from which the domain rules compute progress.
 * Every walk uses an explicit stack and never visits a goal twice, so a deep chain cannot overflow
 * the call stack and a cycle left in stored data cannot loop.
 */
export class GoalForest {
  private readonly byId = new Map<string, GoalRow>();
  private readonly childrenOf = new Map<string | null, GoalRow[]>();
  private readonly pointsOf = new Map<string, CheckInPoint[]>();
  private readonly nodes = new Map<string, GoalNode>();
  private readonly progressAsOf = new Map<string, Map<GoalNode, Progress>>();
  private lastCheckIns: Map<string, string | null> | null = null;

  /** A person's whole forest, read in two queries. */
  static async load(repo: GoalRepository): Promise<GoalForest> {
    const [goals, points] = await Promise.all([repo.allGoals(), repo.dayPoints(null)]);
    return new GoalForest(goals, points);
  }

  /** The goals `ids` with everything below them, and their check-ins: all that their progress reads. */
  static async loadSubtrees(repo: GoalRepository, ids: readonly string[]): Promise<GoalForest> {
    const goals = await repo.subtrees(ids);
    return new GoalForest(goals, await repo.dayPoints(goals.map((g) => g.id)));
  }

  /** The goals alone, without check-ins: enough for the rules of a change. */
  static async loadGoals(repo: GoalRepository): Promise<GoalForest> {
    return new GoalForest(await repo.allGoals(), []);
  }

  constructor(goals: readonly GoalRow[], points: readonly DayPoint[]) {
    this.add(goals);
    for (const day of points) {
      const aggregation = this.byId.get(day.goal_id)?.metric_aggregation ?? null;
      const list = this.pointsOf.get(day.goal_id) ?? [];
      list.push(pointOf(day, aggregation));
      this.pointsOf.set(day.goal_id, list);
    }
  }

  /** Adds goals just created (with no check-ins yet), rather than reading the forest again. */
  add(goals: readonly GoalRow[]): void {
    for (const g of goals) {
      this.byId.set(g.id, g);
      const siblings = this.childrenOf.get(g.parent_id) ?? [];
      siblings.push(g);
      this.childrenOf.set(g.parent_id, siblings);
    }
    this.nodes.clear();
    this.progressAsOf.clear();
    this.lastCheckIns = null;
  }

  get(id: string): GoalRow | undefined {
    return this.byId.get(id);
  }

  all(): GoalRow[] {
    return [...this.byId.values()];
  }

  children(id: string | null): GoalRow[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The goal's own check-ins, one point per date, oldest first. */
  ownPoints(id: string): CheckInPoint[] {
    return this.pointsOf.get(id) ?? [];
  }

  /** Ids of every goal below `id`, at any depth, parents before children. */
  descendantIds(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([id]);
    const stack = [...this.children(id)].reverse();
    while (stack.length > 0) {
      const goal = stack.pop()!;
      if (seen.has(goal.id)) continue;
      seen.add(goal.id);
      out.push(goal.id);
      const below = this.children(goal.id);
      for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
    }
    return out;
  }

  /** The level of a goal: 1 at the top, 2 for its slices, and so on. */
  depthOf(id: string): number {
    let depth = 0;
    const seen = new Set<string>();
    for (
      let at = this.get(id);
      at && !seen.has(at.id);
      at = at.parent_id ? this.get(at.parent_id) : undefined
    ) {
      seen.add(at.id);
      depth += 1;
    }
    return depth;
  }

  /** How many levels a goal's subtree spans: 1 for a goal without children. */
  heightOf(id: string): number {
    let height = 0;
    let level = [id];
    const seen = new Set<string>(level);
    while (level.length > 0) {
      height += 1;
      const next: string[] = [];
      for (const at of level) {
        for (const child of this.children(at)) {
          if (!seen.has(child.id)) {
            seen.add(child.id);
            next.push(child.id);
          }
        }
      }
      level = next;
    }
    return height;
  }

  /** The goal as the domain rules see it: its own check-ins and its children, recursively. */
  node(id: string): GoalNode {
    const row = this.byId.get(id);
    if (!row) throw new Error(`goal ${id} is not in the forest`);
    for (const below of this.childrenFirst(row, (goal) => this.nodes.has(goal))) {
      this.nodes.set(below.id, this.build(below));
    }
    return this.nodes.get(id)!;
  }

  /**
   * `root` and the goals below it, each after its children, with an explicit stack. Goals `done`
   * says are already handled are skipped with what is below them, and so is a goal already on the
   * way down (a cycle in stored data).
   */
  private childrenFirst(root: GoalRow, done: (id: string) => boolean): GoalRow[] {
    const order: GoalRow[] = [];
    if (done(root.id)) return order;
    const open = new Set([root.id]);
    const stack: { row: GoalRow; next: number }[] = [{ row: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = this.children(top.row.id)[top.next++];
      if (child === undefined) {
        stack.pop();
        open.delete(top.row.id);
        order.push(top.row);
      } else if (!done(child.id) && !open.has(child.id)) {
        open.add(child.id);
        stack.push({ row: child, next: 0 });
      }
    }
    return order;
  }

  private build(row: GoalRow): GoalNode {
    return {
      id: row.id,
      title: row.title,
      startDate: row.start_date,
      dueDate: row.due_date,
      metric: metricOf(row),
      weight: row.weight,
      state: row.state,
      completedOn: row.completed_on,
      checkIns: this.ownPoints(row.id),
      children: this.children(row.id).flatMap((c) => this.nodes.get(c.id) ?? []),
    };
  }

  /**
   * Progress of a goal as of a date. The first call for a date computes the goal's whole tree,
   * bottom-up, once; later calls for any goal in it are lookups.
   */
  progress(id: string, asOf: string): Progress {
    const node = this.node(id);
    let known = this.progressAsOf.get(asOf);
    if (!known) {
      known = new Map();
      this.progressAsOf.set(asOf, known);
    }
    const found = known.get(node);
    if (found) return found;
    const top = this.topOf(id);
    for (const [goal, progress] of progressOfTree(this.node(top), asOf)) known.set(goal, progress);
    // A goal inside a stored cycle is not below the top reached from it: compute its own tree.
    if (!known.has(node))
      for (const [goal, progress] of progressOfTree(node, asOf)) known.set(goal, progress);
    return known.get(node)!;
  }

  /** The top-level goal above `id` (itself for one); inside a stored cycle, the goal the walk up stops at. */
  topOf(id: string): string {
    let top = this.get(id)!;
    const seen = new Set([top.id]);
    for (let up = this.parentOf(top); up && !seen.has(up.id); up = this.parentOf(up)) {
      seen.add(up.id);
      top = up;
    }
    return top.id;
  }

  private parentOf(row: GoalRow): GoalRow | undefined {
    return row.parent_id === null ? undefined : this.get(row.parent_id);
  }

  /** Date of the latest check-in on the goal or any goal below it. */
  lastCheckInOn(id: string): string | null {
    if (!this.lastCheckIns) this.lastCheckIns = this.latestCheckIns();
    return this.lastCheckIns.get(id) ?? null;
  }

  /** The latest check-in date of every goal's subtree, worked out children first in one pass. */
  private latestCheckIns(): Map<string, string | null> {
    const latest = new Map<string, string | null>();
    const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
    for (const root of this.all()) {
      for (const row of this.childrenFirst(root, (id) => latest.has(id))) {
        let last: string | null = null;
        for (const c of this.ownPoints(row.id)) last = later(last, c.date);
        for (const c of this.children(row.id)) last = later(last, latest.get(c.id) ?? null);
        latest.set(row.id, last);
      }
    }
    return latest;
  }
}
