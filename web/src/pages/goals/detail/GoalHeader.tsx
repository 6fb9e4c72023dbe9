import { Link } from 'react-router';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import {
  CATEGORY_LABELS,
  DueDate,
  formatDate,
  STATE_LABELS,
  StatusBadge,
} from '../../../components/goals/index.ts';
import { GoalActions } from './GoalActions.tsx';

export interface GoalHeaderProps {
  goal: Goal;
  /** The goal this one is a slice of, once known. */
  parent: Goal | undefined;
  goals: readonly Goal[] | undefined;
}

/** The page's head: the way up to the parent, the title, status, dates, why, and what can be done. */
export function GoalHeader({ goal, parent, goals }: GoalHeaderProps) {
  const done = goal.progress.status === 'achieved' || goal.state === 'abandoned';
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
      <h1 className="page-header__title">{goal.title}</h1>
      <p className="goal-header__meta">
        <StatusBadge status={goal.progress.status} />
        {goal.state !== 'active' && (
          <span className={`state-badge state-badge--${goal.state}`}>{STATE_LABELS[goal.state]}</span>
        )}
        <span className="badge">{CATEGORY_LABELS[goal.category]}</span>
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
