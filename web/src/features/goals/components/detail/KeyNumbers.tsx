import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { ProgressBar, percentOf } from '../widgets/ProgressBar.tsx';
import { ScheduleDelta } from '../widgets/ScheduleDelta.tsx';
import { againstTarget, finishOf, movingAway, observedPace, requiredPace, TOO_EARLY } from './phrases.ts';
import { projectionText } from './projection.ts';
import './goal-detail.css';

export type MetricGoal = Goal & { metric: NonNullable<Goal['metric']> };

/**
 * The headline: where a metric goal stands now against its target, and against the target line
 * (a paused goal is judged against nothing, so it shows no schedule).
 */
export function HeadlineNumbers({ goal }: { goal: MetricGoal }) {
  const { metric, progress } = goal;
  const q = (n: number) => formatQuantity(n, metric.unit);
  const current = progress.current ?? metric.baseline;
  const paused = goal.state === 'paused';
  return (
    <div className="key-numbers__now">
      <p className="key-numbers__current">
        <span className="visually-hidden">Now: </span>
        <span className="key-numbers__value">{q(current)}</span>{' '}
        <span className="key-numbers__of">{againstTarget(metric)}</span>
      </p>
      <ProgressBar
        fraction={progress.fraction}
        label={`Progress of ${goal.title}`}
        valueText={`${percentOf(progress.fraction)}% of the way from ${q(metric.baseline)} to ${q(metric.target)}`}
      />
      {!paused && (progress.scheduleDeltaDays !== null || progress.expected !== null) && (
        <p className="key-numbers__schedule">
          <ScheduleDelta days={progress.scheduleDeltaDays} />
          {progress.expected !== null && (
            <span className="muted">Target line today: {q(progress.expected)}</span>
          )}
        </p>
      )}
    </div>
  );
}

/** The forecast in words: too early, projected (held to a sane band), or why there is none. */
export function forecastText(goal: MetricGoal): string {
  const { progress, metric } = goal;
  if (progress.forecast === 'too_early') return TOO_EARLY;
  if (progress.projected !== null)
    return `Projected ${projectionText(metric, progress.projected)} by the due date`;
  if (goal.dueDate === null) return 'Add a due date to get a forecast';
  if (progress.forecast === 'achieved') return 'Target reached';
  return 'Known after your first check-in';
}

/**
 * The paces (needed, and observed) and the forecast, as the API works them out: the pace needed
 * runs from `current` today, the same figure the SMART review judges. A paused goal has no paces.
 */
export function PaceStats({ goal }: { goal: MetricGoal }) {
  const { metric, progress } = goal;
  const finish = finishOf(goal);
  const paused = goal.state === 'paused';
  return (
    <dl className="stats">
      {paused ? (
        <div className="stat">
          <dt>Pace</dt>
          <dd>None while the goal is paused</dd>
        </div>
      ) : (
        <>
          <div className="stat">
            <dt>To finish on time</dt>
            <dd>
              {progress.requiredPerWeek !== null
                ? requiredPace(metric, progress.requiredPerWeek)
                : progress.status === 'achieved'
                  ? 'Target reached'
                  : goal.dueDate === null
                    ? 'Add a due date to get a pace'
                    : 'The due date has passed'}
            </dd>
          </div>
          <div className="stat">
            <dt>Your pace</dt>
            <dd>
              {progress.observedPerWeek !== null
                ? observedPace(metric, progress.observedPerWeek)
                : progress.forecast === 'too_early'
                  ? 'Known after a few more check-ins'
                  : 'Known after your first check-in'}
              {progress.observedPerWeek !== null && movingAway(metric, progress.observedPerWeek) && (
                <span className="stat__note">Moving away from the target</span>
              )}
            </dd>
          </div>
        </>
      )}
      <div className="stat">
        <dt>Forecast</dt>
        <dd>{forecastText(goal)}</dd>
      </div>
      {finish && !paused && (
        <div className="stat">
          <dt>{finish.label}</dt>
          <dd>
            {finish.text}
            {finish.note && <span className="stat__note">{finish.note}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}
