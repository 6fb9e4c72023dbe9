import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { messageOf } from '../../../api/errors.ts';
import { useCheckIns } from '../../../api/goal-detail.ts';
import { useDeleteGoal, useUpdateGoal } from '../../../api/goals.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { descendantsOf, plural } from './family.ts';

type State = Goal['state'];

/** Edit, pause or resume, abandon or reactivate, and delete (after saying what goes with it). */
export function GoalActions({ goal, goals }: { goal: Goal; goals: readonly Goal[] | undefined }) {
  const update = useUpdateGoal();
  const remove = useDeleteGoal();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState(false);
  const checkIns = useCheckIns(goal.id, { descendants: true, enabled: confirming });
  const descendants = goals ? descendantsOf(goals, goal.id) : undefined;

  function setState(state: State, done: string) {
    update.mutate({ id: goal.id, body: { state } }, { onSuccess: () => showStatus(done) });
  }

  function confirmDelete() {
    // The promise, not mutate's onSuccess: that one is skipped if the page unmounts first.
    remove.mutateAsync(goal.id).then(
      () => {
        // A slice's natural home is its parent; anything else goes back to the list.
        navigate(goal.parentId ? `/goals/${goal.parentId}` : '/goals', { replace: true });
        showStatus(`“${goal.title}” was deleted.`);
      },
      () => {},
    );
  }

  const slices = descendants?.length ?? 0;
  const count = checkIns.data?.length ?? 0;
  const losses = [slices > 0 && plural(slices, 'slice'), count > 0 && plural(count, 'check-in')].filter(
    Boolean,
  );
  const single = losses.length === 1 && slices + count === 1;
  const pendingState = update.isPending ? update.variables?.body.state : undefined;
  const pauseTo: State = goal.state === 'paused' ? 'active' : 'paused';
  const abandonTo: State = goal.state === 'abandoned' ? 'active' : 'abandoned';

  return (
    <div className="goal-actions">
      <Link className="button button--secondary" to={`/goals/${goal.id}/edit`}>
        Edit
      </Link>
      {goal.state !== 'abandoned' && (
        <Button
          pending={pendingState === pauseTo}
          onClick={() => setState(pauseTo, pauseTo === 'active' ? 'Goal resumed.' : 'Goal paused.')}
        >
          {goal.state === 'paused' ? 'Resume' : 'Pause'}
        </Button>
      )}
      <Button
        pending={pendingState === abandonTo}
        onClick={() => setState(abandonTo, abandonTo === 'active' ? 'Goal reactivated.' : 'Goal abandoned.')}
      >
        {goal.state === 'abandoned' ? 'Reactivate' : 'Abandon'}
      </Button>
      <Button variant="danger-outline" onClick={() => setConfirming(true)}>
        Delete…
      </Button>
      {update.isError && (
        <p className="notice notice--danger goal-actions__error" role="alert">
          {messageOf(update.error)}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${goal.title}”?`}
        tone="danger"
        confirmLabel="Delete goal"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>
          {checkIns.isPending || !descendants
            ? 'Counting what goes with it…'
            : losses.length > 0
              ? `Its ${losses.join(' and ')} ${single ? 'goes' : 'go'} with it.`
              : 'It has no slices or check-ins.'}{' '}
          This cannot be undone.
        </p>
        {remove.isError && (
          <p className="notice notice--danger" role="alert">
            {messageOf(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
