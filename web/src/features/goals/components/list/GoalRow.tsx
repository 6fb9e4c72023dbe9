import type { Goal } from '@shared/goals/goal.schema.ts';
import { type CSSProperties, type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { QuickCheckIn, QuickCheckInButton } from '../quick/QuickCheckIn.tsx';
import { DueDate } from '../widgets/DueDate.tsx';
import { Glyph } from '../widgets/icons.tsx';
import { CATEGORY_LABELS, STATE_LABELS, statusOf } from '../widgets/labels.ts';
import { ProgressBar } from '../widgets/ProgressBar.tsx';
import { ScheduleDelta } from '../widgets/ScheduleDelta.tsx';
import { StatusBadge } from '../widgets/StatusBadge.tsx';
import './goal-list.css';
import { focusWhenDrawn } from '../../../../components/focusWhenDrawn.ts';

export interface GoalRowProps {
  goal: Goal;
  depth: number;
  today: string;
  /** Present when the goal has slices: whether they show, and the list they control. */
  expander?: { expanded: boolean; controls: string; count: number; onToggle: () => void };
  children?: ReactNode;
}

/**
 * One goal in the tree: title, progress, status, due date and schedule, a quick check-in for an
 * active goal with a metric, then its slices below it.
 */
export function GoalRow({ goal, depth, today, expander, children }: GoalRowProps) {
  const inactive = goal.state !== 'active';
  const finished = inactive || goal.progress.status === 'achieved' || goal.progress.status === 'missed';
  const style = { '--depth': depth } as CSSProperties;
  const [checkingIn, setCheckingIn] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const metric = goal.state === 'active' ? goal.metric : null;

  function closeCheckIn() {
    setCheckingIn(false);
    focusWhenDrawn(() => button.current);
  }
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
              {/* A paused goal says so in its status; an abandoned one here. */}
              {goal.state === 'abandoned' && <span className="state-tag">{STATE_LABELS[goal.state]}</span>}
            </span>
          </div>
        </div>
        <ProgressBar
          className="goal-row__progress"
          fraction={goal.progress.fraction}
          label={`Progress of ${goal.title}`}
        />
        <div className="goal-row__status">
          <StatusBadge status={statusOf(goal)} />
        </div>
        <div className="goal-row__when">
          <DueDate dueDate={goal.dueDate} today={today} done={finished} />
          {!finished && <ScheduleDelta days={goal.progress.scheduleDeltaDays} />}
        </div>
        <div className="goal-row__action">
          {metric && (
            <QuickCheckInButton
              goal={goal}
              open={checkingIn}
              onToggle={() => setCheckingIn((open) => !open)}
              buttonRef={button}
            />
          )}
        </div>
      </div>
      {metric && checkingIn && (
        <QuickCheckIn goal={{ ...goal, metric }} today={today} onClose={closeCheckIn} />
      )}
      {children}
    </li>
  );
}
