import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { useShareGoal } from '../api/sharing.ts';
import { shareableGoals, sharedWithMentors } from './sharing.ts';
import './shared-view.css';

/**
 * The mentee chooses which of her goals her mentors see: a goal's visibility, `mentors` or
 * `private`, which reaches every mentor she has. Ticking one changes it at once.
 */
export function ShareGoalsPanel({ mentorship }: { mentorship: Mentorship }) {
  const goals = useGoals();
  const share = useShareGoal();
  const showStatus = useStatus();
  const shown = shareableGoals(goals.data ?? [], mentorship.goalIds);
  // The tick shows at once while it is saved (and goes back if saving fails).
  const [saving, setSaving] = useState<{ goalId: string; shared: boolean } | null>(null);

  function change(goalId: string, shared: boolean) {
    setSaving({ goalId, shared });
    share.mutate(
      { goalId, shared },
      {
        onSuccess: (saved) =>
          showStatus(
            sharedWithMentors(saved)
              ? `“${saved.title}” is now shared with your mentors.`
              : `“${saved.title}” is private again: your mentors no longer see it.`,
          ),
        onSettled: () => setSaving(null),
      },
    );
  }

  return (
    <Panel
      id="share-goals"
      title="Goals your mentors see"
      description={
        <p>
          Tick a goal to share it with your mentors: they see its progress, check-ins and comments. It is
          shared with every mentor you have, not only this one; unticked goals stay private.
        </p>
      }
    >
      {goals.isPending && <Loading label="Loading your goals…" />}
      {goals.isError && <LoadError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data && shown.length === 0 && (
        <p className="muted">
          You have no active goals yet. <Link to="/goals/new">Set one</Link>, then share it here.
        </p>
      )}
      {shown.length > 0 && (
        <fieldset className="share-goals">
          <legend className="visually-hidden">Goals your mentors see</legend>
          <ul className="share-goals__list">
            {shown.map((goal) => {
              const id = `share-${goal.id}`;
              const busy = saving?.goalId === goal.id;
              const on = busy ? saving.shared : sharedWithMentors(goal);
              return (
                <li key={goal.id} className="check-field">
                  <input
                    type="checkbox"
                    id={id}
                    checked={on}
                    disabled={saving !== null && !busy}
                    aria-describedby={`${id}-state`}
                    onChange={(e) => {
                      if (!busy) change(goal.id, e.target.checked);
                    }}
                  />
                  <label htmlFor={id}>{goal.title}</label>
                  <span className="share-goals__state" id={`${id}-state`}>
                    {busy ? 'Saving…' : on ? 'Shared with your mentors' : 'Private'}
                    {mentorship.goalIds.includes(goal.id) ? ' · focus goal' : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {share.isError && (
        <p className="field__error" role="alert">
          {messageOf(share.error)}
        </p>
      )}
    </Panel>
  );
}
