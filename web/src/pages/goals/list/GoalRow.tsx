import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import {
  CATEGORY_LABELS,
  DueDate,
  Glyph,
  ProgressBar,
  ScheduleDelta,
  STATE_LABELS,
  StatusBadge,
} from '../../../components/goals/index.ts';

export interface GoalRowProps {
  goal: Goal;
  depth: number;
  today: string;
  /** Present when the goal has slices: whether they show, and the list they control. */
  expander?: { expanded: boolean; controls: string; count: number; onToggle: () => void };
  children?: ReactNode;
}

/** One goal in the tree: title, progress, status, due date and schedule, then its slices below it. */
export function GoalRow({ goal, depth, today, expander, children }: GoalRowProps) {
  const inactive = goal.state !== 'active';
  const finished = inactive || goal.progress.status === 'achieved' || goal.progress.status === 'missed';
  const style = { '--depth': depth } as CSSProperties;
  return (
    <li className={inactive ? 'goal-tree__item goal-tree__item--inactive' : 'goal-tree__item'}>
      <div className="goal-row" style={style}>
        <div className="goal-row__title-cell">
          {expander ? (
            <button
              type="button"
              className="goal-row__toggle"
              aria-expanded={expander.expanded}
              aria-controls={expander.controls}
              aria-label={`Slices of ${goal.title} (${expander.count})`}
              onClick={expander.onToggle}
            >
              <Glyph name="chevron" />
            </button>
          ) : (
            <span className="goal-row__toggle-space" />
          )}
          <div className="goal-row__name">
            <Link className="goal-row__title" to={`/goals/${goal.id}`}>
              {goal.title}
            </Link>
            <span className="goal-row__meta">
              {CATEGORY_LABELS[goal.category]}
              {goal.childCount > 0 && ` · ${goal.childCount} ${goal.childCount === 1 ? 'slice' : 'slices'}`}
              {inactive && <span className="state-tag">{STATE_LABELS[goal.state]}</span>}
            </span>
          </div>
        </div>
        <ProgressBar
          className="goal-row__progress"
          fraction={goal.progress.fraction}
          label={`Progress of ${goal.title}`}
        />
        <div className="goal-row__status">
          <StatusBadge status={goal.progress.status} />
        </div>
        <div className="goal-row__when">
          <DueDate dueDate={goal.dueDate} today={today} done={finished} />
          {!finished && <ScheduleDelta days={goal.progress.scheduleDeltaDays} />}
        </div>
      </div>
      {children}
    </li>
  );
}
