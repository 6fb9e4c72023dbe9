import type { Goal } from '@shared/goals/goal.schema.ts';
import type { GoalStatus } from '../widgets/labels.ts';
import { StatusBadge } from '../widgets/StatusBadge.tsx';
import './home.css';

/** Statuses in the order a person wants to read them: the good news, then what to fix, then the rest. */
const ORDER: readonly GoalStatus[] = [
  'on_track',
  'achieved',
  'at_risk',
  'off_track',
  'missed',
  'no_data',
  'unscheduled',
];

/** How the active top-level goals stand, counted by status: the body of a Home section. */
export function GoalSummary({ goals }: { goals: readonly Goal[] }) {
  const active = goals.filter((g) => g.state === 'active');
  const counts = new Map<GoalStatus, number>();
  for (const goal of active) counts.set(goal.progress.status, (counts.get(goal.progress.status) ?? 0) + 1);
  const shown = ORDER.filter((status) => counts.has(status));

  return active.length === 0 ? (
    <p className="muted">None of your goals is active right now.</p>
  ) : (
    <>
      <p className="goal-summary__total">
        {active.length} active {active.length === 1 ? 'goal' : 'goals'}
      </p>
      <ul className="goal-summary">
        {shown.map((status) => (
          <li key={status} className="goal-summary__item">
            <span className="goal-summary__count">{counts.get(status)}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
    </>
  );
}
