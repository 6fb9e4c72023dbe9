import type { CheckIn, Goal } from '@shared/goals/goal.schema.ts';
import type { RefObject } from 'react';
import { LoadError } from '../../../../components/LoadState.tsx';
import { Panel } from '../../../../components/Panel.tsx';
import { useGoalProgress } from '../../api/goal-page.ts';
import { GoalChart } from '../chart/GoalChart.tsx';
import { CheckInList } from './CheckInList.tsx';
import { HeadlineNumbers, type MetricGoal, PaceStats } from './KeyNumbers.tsx';
import { NewCheckIn } from './NewCheckIn.tsx';
import { TOO_EARLY } from './phrases.ts';
import './goal-detail.css';

export interface ProgressPanelProps {
  goal: MetricGoal;
  /** The goal's and its descendants' check-ins, oldest first. */
  checkIns: readonly CheckIn[] | undefined;
  checkInsError: unknown;
  /** Every goal of the person: the slices a check-in goes on, and the one each check-in sits on. */
  goals: readonly Goal[];
  today: string;
  valueRef: RefObject<HTMLInputElement | null>;
}

/**
 * A metric goal's progress: the headline numbers, the form to check in, the chart with the paces
 * and forecast, and the check-ins so far. In that order on a phone, so the form comes right after
 * the numbers; from 1280 px wide, in two columns (goal-detail.css): numbers and chart on the left,
 * the form and the check-ins on the right, so the chart and the form are both in the first screen.
 */
export function ProgressPanel({ goal, checkIns, checkInsError, goals, today, valueRef }: ProgressPanelProps) {
  const { metric } = goal;
  const progress = useGoalProgress(goal.id);
  const chart = progress.data?.chart;
  const slices = goals.filter((g) => g.parentId === goal.id);
  const tooEarly = (progress.data?.forecast ?? goal.progress.forecast) === 'too_early';
  return (
    <Panel id="progress" title="Progress">
      <div className="progress-layout">
        <div className="progress-layout__numbers">
          <HeadlineNumbers goal={goal} />
        </div>
        <div className="progress-layout__record">
          <NewCheckIn goal={goal} slices={slices} today={today} valueRef={valueRef} />
        </div>
        <div className="progress-layout__chart">
          {progress.isError ? (
            <LoadError error={progress.error} onRetry={() => void progress.refetch()} />
          ) : progress.isPending ? (
            <div className="goal-chart goal-chart--loading" aria-busy="true">
              <span className="spinner" aria-hidden="true" />
              <span className="visually-hidden">Loading the chart…</span>
            </div>
          ) : (
            chart && (
              <GoalChart
                title={goal.title}
                forecastNote={tooEarly ? TOO_EARLY : undefined}
                input={{
                  startDate: goal.startDate,
                  dueDate: goal.dueDate,
                  metric,
                  today: progress.data.asOf,
                  chart,
                }}
              />
            )
          )}
          <PaceStats goal={goal} />
        </div>
        <div className="progress-layout__list">
          <CheckInList
            goal={goal}
            checkIns={checkIns}
            loadError={checkInsError}
            goals={goals}
            today={today}
          />
        </div>
      </div>
    </Panel>
  );
}
