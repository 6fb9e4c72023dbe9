import { formatQuantity } from '../../../../../src/goals/domain/index.ts';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { ProgressBar, percentOf, ScheduleDelta } from '../../../components/goals/index.ts';
import { againstTarget, finishOf, movingAway, observedPace, requiredPace } from './phrases.ts';

type MetricGoal = Goal & { metric: NonNullable<Goal['metric']> };

/** Where a metric goal stands: now against the target, the schedule, the paces and the forecast. */
export function KeyNumbers({ goal }: { goal: MetricGoal }) {
  const { metric, progress } = goal;
  const q = (n: number) => formatQuantity(n, metric.unit);
  const current = progress.current ?? metric.baseline;
  const finish = finishOf(goal);

  return (
    <div className="key-numbers">
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
        {(progress.scheduleDeltaDays !== null || progress.expected !== null) && (
          <p className="key-numbers__schedule">
            <ScheduleDelta days={progress.scheduleDeltaDays} />
            {progress.expected !== null && (
              <span className="muted">Target line today: {q(progress.expected)}</span>
            )}
          </p>
        )}
      </div>
      <dl className="stats">
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
            {progress.observedPerWeek === null
              ? 'Known after your first check-in'
              : observedPace(metric, progress.observedPerWeek)}
            {progress.observedPerWeek !== null && movingAway(metric, progress.observedPerWeek) && (
              <span className="stat__note">Moving away from the target</span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>Forecast</dt>
          <dd>
            {progress.projected !== null
              ? `Projected ${q(progress.projected)} by the due date`
              : goal.dueDate === null
                ? 'Add a due date to get a forecast'
                : 'Known after your first check-in'}
          </dd>
        </div>
        {finish && (
          <div className="stat">
            <dt>{finish.label}</dt>
            <dd>
              {finish.text}
              {finish.note && <span className="stat__note">{finish.note}</span>}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
