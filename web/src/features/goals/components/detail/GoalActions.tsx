import type { Goal } from '@shared/goals/goal.schema.ts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../../../api/errors.ts';
import { Button } from '../../../../components/Button.tsx';
import { ButtonLink } from '../../../../components/ButtonLink.tsx';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../../components/Notice.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { useCheckIns } from '../../api/goal-page.ts';
import { useDeleteGoal, useUpdateGoal } from '../../api/goals.ts';
import { descendantsOf, plural } from './family.ts';
import './goal-detail.css';

type State = Goal['state'];

/** What pausing does, or what being paused means, said beside the button. */
export function pauseHint(state: State, activeSlices: number): string | null {
  if (state === 'active') {
    const slices = activeSlices > 0 ? ` and its ${plural(activeSlices, 'slice')}` : '';
    return `Pausing hides the status and paces of this goal${slices}, and takes them off Home, until you resume. Check-ins stay.`;
  }
  if (state === 'paused')
    return 'Paused: no status or paces, and off Home. Resume picks up where you left off, with the slices paused with it.';
  return null;
}

/**
 * Edit, pause or resume (saying what that does), abandon (after asking) or reactivate, and delete
 * (after saying what goes with it). Pausing or abandoning a goal does the same to its slices.
 */
export function GoalActions({ goal, goals }: { goal: Goal; goals: readonly Goal[] | undefined }) {
  const update = useUpdateGoal();
  const remove = useDeleteGoal();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState<'delete' | 'abandon' | null>(null);
  const checkIns = useCheckIns(goal.id, { descendants: true, enabled: confirming === 'delete' });
  const descendants = goals ? descendantsOf(goals, goal.id) : undefined;
  const activeSlices = descendants?.filter((g) => g.state === 'active').length ?? 0;
  const liveSlices = descendants?.filter((g) => g.state !== 'abandoned').length ?? 0;
  const hintId = `pause-hint-${goal.id}`;
  const hint = pauseHint(goal.state, activeSlices);

  function setState(state: State, done: string, then?: () => void) {
    update.mutate(
      { id: goal.id, body: { state } },
      {
        onSuccess: () => {
          showStatus(done);
          then?.();
        },
      },
    );
  }

  function pauseOrResume() {
    if (goal.state === 'paused') {
      setState('active', 'Goal resumed.');
    } else {
      const slices = activeSlices > 0 ? ` Its ${plural(activeSlices, 'slice')} paused with it.` : '';
      setState('paused', `Goal paused.${slices}`);
    }
  }

  function confirmAbandon() {
    const slices = liveSlices > 0 ? ` So were its ${plural(liveSlices, 'slice')}.` : '';
    setState('abandoned', `Goal abandoned.${slices}`, () => setConfirming(null));
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

  return (
    <div className="goal-actions">
      <ButtonLink variant="secondary" to={`/goals/${goal.id}/edit`}>
        Edit
      </ButtonLink>
      {goal.state !== 'abandoned' && (
        <Button
          pending={pendingState === 'paused' || (goal.state === 'paused' && pendingState === 'active')}
          aria-describedby={hint ? hintId : undefined}
          onClick={pauseOrResume}
        >
          {goal.state === 'paused' ? 'Resume' : 'Pause'}
        </Button>
      )}
      {goal.state === 'abandoned' ? (
        <Button pending={pendingState === 'active'} onClick={() => setState('active', 'Goal reactivated.')}>
          Reactivate
        </Button>
      ) : (
        <Button onClick={() => setConfirming('abandon')}>Abandon…</Button>
      )}
      <Button variant="danger-outline" onClick={() => setConfirming('delete')}>
        Delete…
      </Button>
      {hint && (
        <p className="goal-actions__hint" id={hintId}>
          {hint}
        </p>
      )}
      {update.isError && confirming === null && (
        <Notice tone="danger" className="goal-actions__error" role="alert">
          {messageOf(update.error)}
        </Notice>
      )}
      <ConfirmDialog
        open={confirming === 'abandon'}
        title={`Abandon “${goal.title}”?`}
        tone="danger"
        confirmLabel="Abandon goal"
        pendingLabel="Abandoning…"
        pending={pendingState === 'abandoned'}
        onConfirm={confirmAbandon}
        onCancel={() => {
          update.reset();
          setConfirming(null);
        }}
      >
        <p>
          An abandoned goal stops counting: it shows no status or paces, leaves Home, and is never marked
          missed.
          {liveSlices > 0 &&
            ` Its ${plural(liveSlices, 'slice')} ${liveSlices === 1 ? 'is' : 'are'} abandoned with it.`}
        </p>
        <p>Its check-ins are kept, and you can reactivate it at any time.</p>
        {update.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(update.error)}
          </Notice>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${goal.title}”?`}
        tone="danger"
        confirmLabel="Delete goal"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset();
          setConfirming(null);
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
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}
