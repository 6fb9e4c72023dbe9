import type { Goal } from '@shared/goals/goal.schema.ts';

/** One goal with its slices, as the list shows them. */
export interface GoalTreeNode {
  goal: Goal;
  children: GoalTreeNode[];
}

export type StateFilter = Goal['state'] | 'all';

/**
 * Nests a flat list of goals under their parents, keeping the API's order among siblings. A goal
 * whose parent is not in the list (it should not happen) is shown at the top rather than lost.
 */
export function buildGoalTree(goals: readonly Goal[]): GoalTreeNode[] {
  const nodes = new Map(goals.map((goal) => [goal.id, { goal, children: [] as GoalTreeNode[] }]));
  const roots: GoalTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.goal.parentId === null ? undefined : nodes.get(node.goal.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Top-level goals in the chosen state; their slices always come along, whatever their own state. */
export function filterRoots(roots: readonly GoalTreeNode[], state: StateFilter): GoalTreeNode[] {
  return state === 'all' ? [...roots] : roots.filter((node) => node.goal.state === state);
}

/** Every id in the trees that has slices, for "Expand all". */
export function parentIds(roots: readonly GoalTreeNode[]): string[] {
  const ids: string[] = [];
  const visit = (node: GoalTreeNode) => {
    if (node.children.length === 0) return;
    ids.push(node.goal.id);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return ids;
}
