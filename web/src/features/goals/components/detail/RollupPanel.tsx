import type { Goal } from '@shared/goals/goal.schema.ts';
import { messageOf } from '../../../../api/errors.ts';
import { Button } from '../../../../components/Button.tsx';
import { Notice } from '../../../../components/Notice.tsx';
import { Panel } from '../../../../components/Panel.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { useUpdateGoal } from '../../api/goals.ts';
import { formatDate, useToday } from '../widgets/dates.ts';
import { ProgressBar } from '../widgets/ProgressBar.tsx';
import { plural } from './family.ts';
import './goal-detail.css';

/**
 * Progress of a goal without a metric: rolled up from its sub-goals, or, for a milestone with none,
 * done or not done, which the person marks here.
 */
export function RollupPanel({ goal, slices }: { goal: Goal; slices: readonly Goal[] | undefined }) {
  const update = useUpdateGoal();
  const showStatus = useStatus();
  const today = useToday();
  const counted = (slices ?? []).filter((s) => s.state !== 'abandoned');
  const achieved = counted.filter((s) => s.progress.status === 'achieved').length;
  const milestone = goal.childCount === 0;

  function setCompleted(completedOn: string | null) {
    update.mutate(
      { id: goal.id, body: { completedOn } },
      { onSuccess: () => showStatus(completedOn ? 'Marked complete.' : 'Marked not complete.') },
    );
  }

  return (
    <Panel
      id="progress"
      title="Progress"
      description={
        <p>
          {milestone
            ? 'A milestone without a metric: it is done when you mark it complete.'
            : `Measured by its ${plural(counted.length, 'sub-goal')}, weighted; abandoned ones do not count.`}
        </p>
      }
    >
      <div className="rollup">
        <ProgressBar fraction={goal.progress.fraction} label={`Progress of ${goal.title}`} />
        {!milestone && slices && (
          <p>
            {achieved} of {plural(counted.length, 'sub-goal')} achieved.
          </p>
        )}
        {milestone && (
          <div className="rollup__milestone">
            <p>
              {goal.completedOn ? (
                <>
                  Completed on <time dateTime={goal.completedOn}>{formatDate(goal.completedOn)}</time>.
                </>
              ) : (
                'Not complete yet.'
              )}
            </p>
            <Button
              variant={goal.completedOn ? 'secondary' : 'primary'}
              pending={update.isPending}
              pendingLabel="Saving…"
              onClick={() => setCompleted(goal.completedOn ? null : today)}
            >
              {goal.completedOn ? 'Mark not complete' : 'Mark complete'}
            </Button>
          </div>
        )}
        {update.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(update.error)}
          </Notice>
        )}
      </div>
    </Panel>
  );
}
