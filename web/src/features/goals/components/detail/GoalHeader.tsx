import type { Goal } from '@shared/goals/goal.schema.ts';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { Badge } from '../../../../components/Badge.tsx';
import { DueDate } from '../widgets/DueDate.tsx';
import { formatDate } from '../widgets/dates.ts';
import { CATEGORY_LABELS, STATE_LABELS, statusOf } from '../widgets/labels.ts';
import { StatusBadge } from '../widgets/StatusBadge.tsx';
import { GoalActions } from './GoalActions.tsx';
import './goal-detail.css';

export interface GoalHeaderProps {
  goal: Goal;
  /** The goal this one is a slice of, once known. */
  parent: Goal | undefined;
  goals: readonly Goal[] | undefined;
}

/** The page's head: the way up to the parent, the title, status, dates, why, and what can be done. */
export function GoalHeader({ goal, parent, goals }: GoalHeaderProps) {
  const done = goal.progress.status === 'achieved' || goal.state === 'abandoned';
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = useLocation();
  const justSaved = (state as { saved?: boolean } | null)?.saved === true;

  useEffect(() => {
    // After the goal form saved it: the page's heading takes focus (the form is gone), so screen
    // readers announce the goal and the keyboard starts at its top.
    if (justSaved) heading.current?.focus();
  }, [justSaved]);

  return (
    <header className="page-header goal-header">
      {goal.parentId && (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <Link to="/goals">Goals</Link>
            </li>
            <li>
              <Link to={`/goals/${goal.parentId}`}>{parent?.title ?? 'Parent goal'}</Link>
            </li>
          </ol>
        </nav>
      )}
      <h1 className="page-header__title" ref={heading} tabIndex={-1}>
        {goal.title}
      </h1>
      <p className="goal-header__meta">
        {/* A paused goal's status is "Paused"; an abandoned one says so beside its status. */}
        <StatusBadge status={statusOf(goal)} />
        {goal.state === 'abandoned' && (
          <span className={`state-badge state-badge--${goal.state}`}>{STATE_LABELS[goal.state]}</span>
        )}
        <Badge>{CATEGORY_LABELS[goal.category]}</Badge>
        <span className="goal-header__dates">
          {goal.dueDate ? (
            <DueDate dueDate={goal.dueDate} today={goal.progress.asOf} done={done} />
          ) : (
            'No due date'
          )}
          <span aria-hidden="true"> · </span>
          {goal.startDate > goal.progress.asOf ? 'Starts' : 'Started'}{' '}
          <time dateTime={goal.startDate}>{formatDate(goal.startDate)}</time>
        </span>
      </p>
      {goal.why && (
        <p className="goal-header__why">
          <span className="goal-header__why-label">Why: </span>
          {goal.why}
        </p>
      )}
      {goal.description && <p className="goal-header__description">{goal.description}</p>}
      <GoalActions goal={goal} goals={goals} />
    </header>
  );
}
