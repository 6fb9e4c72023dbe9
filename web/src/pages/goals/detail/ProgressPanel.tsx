import type { DailyValue } from '../../../../../src/goals/domain/index.ts';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { GoalChart } from '../../../components/charts/GoalChart.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { KeyNumbers } from './KeyNumbers.tsx';

export interface ProgressPanelProps {
  goal: Goal & { metric: NonNullable<Goal['metric']> };
  /** The goal's value at the end of each date with counted check-ins; undefined while loading. */
  days: readonly DailyValue[] | undefined;
}

/** A metric goal's numbers and its chart against the target line. */
export function ProgressPanel({ goal, days }: ProgressPanelProps) {
  const { metric } = goal;
  return (
    <Panel
      id="progress"
      title="Progress"
      description={
        <p>
          {metric.aggregation === 'sum'
            ? 'Every check-in adds to the total.'
            : 'Each check-in is your level on that day; the latest one counts.'}{' '}
          The forecast is the straight line that best fits your check-ins, carried on to the due date.
        </p>
      }
    >
      <KeyNumbers goal={goal} />
      {days ? (
        <GoalChart
          title={goal.title}
          input={{
            startDate: goal.startDate,
            dueDate: goal.dueDate,
            metric,
            today: goal.progress.asOf,
            days,
          }}
        />
      ) : (
        <div className="goal-chart goal-chart--loading" aria-busy="true">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">Loading the chart…</span>
        </div>
      )}
    </Panel>
  );
}
