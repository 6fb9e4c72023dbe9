import type { CheckInPoint, GoalNode, Metric } from './domain/index.ts';
import type { CheckInRow, GoalRepository, GoalRow } from './goal.repository.ts';

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

const point = (c: CheckInRow): CheckInPoint => ({ date: c.date, value: c.value, createdAt: c.created_at });

/** A person's goals as a tree, with their check-ins, from which the domain rules compute progress. */
export class GoalForest {
  private readonly byId = new Map<string, GoalRow>();
  private readonly childrenOf = new Map<string | null, GoalRow[]>();
  private readonly checkInsOf = new Map<string, CheckInRow[]>();
  private readonly nodes = new Map<string, GoalNode>();
  private readonly lastCheckIns = new Map<string, string | null>();

  /** A person's whole forest, read in two queries. */
  static async load(repo: GoalRepository): Promise<GoalForest> {
    const [goals, checkIns] = await Promise.all([repo.allGoals(), repo.allCheckIns()]);
    return new GoalForest(goals, checkIns);
  }

  constructor(goals: readonly GoalRow[], checkIns: readonly CheckInRow[]) {
    for (const g of goals) {
      this.byId.set(g.id, g);
      const siblings = this.childrenOf.get(g.parent_id) ?? [];
      siblings.push(g);
      this.childrenOf.set(g.parent_id, siblings);
    }
    for (const c of checkIns) {
      const list = this.checkInsOf.get(c.goal_id) ?? [];
      list.push(c);
      this.checkInsOf.set(c.goal_id, list);
    }
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

  ownCheckIns(id: string): CheckInRow[] {
    return this.checkInsOf.get(id) ?? [];
  }

  /** Ids of every goal below `id`, at any depth. */
  descendantIds(id: string): string[] {
    const out: string[] = [];
    const walk = (parent: string) => {
      for (const child of this.children(parent)) {
        out.push(child.id);
        walk(child.id);
      }
    };
    walk(id);
    return out;
  }

  /** The goal as the domain rules see it: its own check-ins and its children, recursively. */
  node(id: string): GoalNode {
    const cached = this.nodes.get(id);
    if (cached) return cached;
    const row = this.byId.get(id);
    if (!row) throw new Error(`goal ${id} is not in the forest`);
    const node: GoalNode = {
      id: row.id,
      title: row.title,
      startDate: row.start_date,
      dueDate: row.due_date,
      metric: metricOf(row),
      weight: row.weight,
      state: row.state,
      completedOn: row.completed_on,
      checkIns: this.ownCheckIns(id).map(point),
      children: this.children(id).map((c) => this.node(c.id)),
    };
    this.nodes.set(id, node);
    return node;
  }

  /** Date of the latest check-in on the goal or any goal below it (computed once per goal). */
  lastCheckInOn(id: string): string | null {
    if (this.lastCheckIns.has(id)) return this.lastCheckIns.get(id) ?? null;
    let last: string | null = null;
    for (const c of this.ownCheckIns(id)) if (last === null || c.date > last) last = c.date;
    for (const child of this.children(id)) {
      const below = this.lastCheckInOn(child.id);
      if (below !== null && (last === null || below > last)) last = below;
    }
    this.lastCheckIns.set(id, last);
    return last;
  }
}
