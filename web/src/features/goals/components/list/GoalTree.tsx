import { GoalRow } from './GoalRow.tsx';
import type { GoalTreeNode } from './goalTree.ts';
import './goal-list.css';

export interface GoalTreeProps {
  nodes: readonly GoalTreeNode[];
  /** Ids whose slices are shown. */
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  today: string;
  depth?: number;
  id?: string;
  label?: string;
  hidden?: boolean;
}

/**
 * Goals as nested lists: each level is a real list inside its parent's item, so screen readers
 * announce the nesting, and a disclosure button (aria-expanded) shows or hides a goal's slices.
 */
export function GoalTree({ nodes, expanded, onToggle, today, depth = 0, id, label, hidden }: GoalTreeProps) {
  return (
    <ul className="goal-tree" id={id} aria-label={label} hidden={hidden}>
      {nodes.map(({ goal, children }) => {
        const listId = `slices-of-${goal.id}`;
        const open = expanded.has(goal.id);
        return (
          <GoalRow
            key={goal.id}
            goal={goal}
            depth={depth}
            today={today}
            expander={
              children.length > 0
                ? {
                    expanded: open,
                    controls: listId,
                    count: children.length,
                    onToggle: () => onToggle(goal.id),
                  }
                : undefined
            }
          >
            {children.length > 0 && (
              <GoalTree
                nodes={children}
                expanded={expanded}
                onToggle={onToggle}
                today={today}
                depth={depth + 1}
                id={listId}
                label={`Slices of ${goal.title}`}
                hidden={!open}
              />
            )}
          </GoalRow>
        );
      })}
    </ul>
  );
}
