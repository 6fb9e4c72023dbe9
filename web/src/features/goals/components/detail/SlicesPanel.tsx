import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatNumber, formatQuantity } from '@shared/numbers.ts';
import { useRef } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../../components/Badge.tsx';
import { ButtonLink } from '../../../../components/ButtonLink.tsx';
import { Panel } from '../../../../components/Panel.tsx';
import { DueDate } from '../widgets/DueDate.tsx';
import { STATE_LABELS, statusOf } from '../widgets/labels.ts';
import { ProgressBar } from '../widgets/ProgressBar.tsx';
import { ScheduleDelta } from '../widgets/ScheduleDelta.tsx';
import { StatusBadge } from '../widgets/StatusBadge.tsx';
import { BreakdownForm } from './BreakdownForm.tsx';
import { plural } from './family.ts';
import './check-ins.css';
import { focusWhenDrawn } from '../../../../components/focusWhenDrawn.ts';

export interface SlicesPanelProps {
  goal: Goal;
  /** The goal's direct children, once loaded. */
  slices: readonly Goal[] | undefined;
}

/** The goal's slices and sub-goals, each with its progress; a way to add one, or to break the goal down. */
export function SlicesPanel({ goal, slices }: SlicesPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const sorted = [...(slices ?? [])].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title),
  );
  const canBreakDown = goal.childCount === 0 && slices?.length === 0 && goal.dueDate !== null;

  return (
    <Panel
      id="slices"
      title="Slices and sub-goals"
      description={
        <p>
          {goal.metric
            ? 'Check-ins on slices that measure the same thing count towards this goal too.'
            : goal.childCount > 0
              ? 'This goal’s progress is the weighted progress of its sub-goals.'
              : 'Split it into sub-goals, and its progress becomes theirs.'}
        </p>
      }
    >
      <h3 className="slice-list__title" ref={heading} tabIndex={-1}>
        {!slices
          ? 'Loading…'
          : slices.length === 0
            ? 'No slices or sub-goals yet'
            : `${plural(slices.length, 'goal')}, by start date`}
      </h3>
      {sorted.length > 0 && (
        <ul className="slice-list">
          {sorted.map((child) => (
            <SliceItem key={child.id} goal={child} />
          ))}
        </ul>
      )}
      {canBreakDown && <BreakdownForm goal={goal} onDone={() => focusWhenDrawn(() => heading.current)} />}
      {goal.childCount === 0 && goal.dueDate === null && (
        <p className="muted">
          Give it a due date to break it down into halves, quarters or months.{' '}
          <Link to={`/goals/${goal.id}/edit`}>Edit the goal</Link>
        </p>
      )}
      <p className="slice-list__add">
        <ButtonLink variant="secondary" to={`/goals/new?parentId=${encodeURIComponent(goal.id)}`}>
          Add a slice or sub-goal
        </ButtonLink>
      </p>
    </Panel>
  );
}

function SliceItem({ goal }: { goal: Goal }) {
  const { progress, metric } = goal;
  const done = progress.status === 'achieved' || goal.state === 'abandoned';
  return (
    <li className="slice">
      <div className="slice__main">
        <Link className="slice__title" to={`/goals/${goal.id}`}>
          {goal.title}
        </Link>
        <p className="slice__meta">
          <StatusBadge status={statusOf(goal)} />
          {goal.state === 'abandoned' && <Badge tone="muted">{STATE_LABELS[goal.state]}</Badge>}
          <DueDate dueDate={goal.dueDate} today={progress.asOf} done={done} />
          {!done && goal.state === 'active' && <ScheduleDelta days={progress.scheduleDeltaDays} />}
        </p>
      </div>
      <div className="slice__progress">
        {metric && progress.current !== null && (
          <span className="slice__amount">
            {metric.aggregation === 'sum'
              ? `${formatNumber(progress.current)} of ${formatQuantity(metric.target, metric.unit)}`
              : `Now ${formatQuantity(progress.current, metric.unit)}, target ${formatQuantity(metric.target, metric.unit)}`}
          </span>
        )}
        <ProgressBar fraction={progress.fraction} label={`Progress of ${goal.title}`} />
      </div>
    </li>
  );
}
