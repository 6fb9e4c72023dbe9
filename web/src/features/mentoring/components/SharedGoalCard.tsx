import type { SharedView } from '@shared/mentoring/mentorship.schema.ts';
import { Badge } from '../../../components/Badge.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { DueDate } from '../../goals/components/widgets/DueDate.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { statusOf } from '../../goals/components/widgets/labels.ts';
import { ProgressBar } from '../../goals/components/widgets/ProgressBar.tsx';
import { StatusBadge } from '../../goals/components/widgets/StatusBadge.tsx';
import { CommentForm } from './CommentForm.tsx';
import { CommentList } from './CommentList.tsx';
import { checkInAmount, RECENT_CHECK_INS, recentCheckIns, standingText } from './sharedGoalText.ts';
import './cards.css';
import './shared-view.css';

export type SharedGoal = SharedView['goals'][number];

export interface SharedGoalCardProps {
  mentorshipId: string;
  shared: SharedGoal;
  /** Whether comments may be added (an active mentorship). */
  canComment: boolean;
}

/** The id of a shared goal's article, for links from the mentorship page (`#goal-…`). */
export const sharedGoalId = (goalId: string): string => `goal-${goalId}`;

/**
 * One shared goal: its status, where it stands against its target with a small bar, its due date,
 * the newest check-ins, and the comments under it with a form to add one.
 */
export function SharedGoalCard({ mentorshipId, shared, canComment }: SharedGoalCardProps) {
  const { goal, checkIns, comments, focus } = shared;
  const recent = recentCheckIns(checkIns);
  const standing = standingText(goal);
  const commentsId = `comments-${goal.id}`;
  const done = goal.progress.status === 'achieved' || goal.state === 'abandoned';

  return (
    <li className="shared-goal">
      <article aria-labelledby={sharedGoalId(goal.id)}>
        <header className="shared-goal__head">
          <h3 className="shared-goal__title" id={sharedGoalId(goal.id)} tabIndex={-1}>
            {goal.title}
          </h3>
          <p className="shared-goal__badges">
            {focus && <Badge>Focus</Badge>}
            <StatusBadge status={statusOf(goal)} />
          </p>
        </header>
        <p className="shared-goal__standing">{standing}</p>
        <ProgressBar
          fraction={goal.progress.fraction}
          label={`Progress of ${goal.title}`}
          valueText={standing}
        />
        <p className="shared-goal__dates">
          {goal.dueDate ? (
            <DueDate dueDate={goal.dueDate} today={goal.progress.asOf} done={done} />
          ) : (
            'No due date'
          )}
          {goal.lastCheckInOn && <span> · Last check-in {formatDate(goal.lastCheckInOn)}</span>}
        </p>
        {goal.why && (
          <p className="shared-goal__why">
            <span className="shared-goal__label">Why: </span>
            {goal.why}
          </p>
        )}
        <h4 className="shared-goal__subtitle">Recent check-ins</h4>
        {recent.length === 0 ? (
          <p className="muted">No check-ins yet.</p>
        ) : (
          <>
            <ol className="shared-checkins" aria-label={`Check-ins of ${goal.title}, newest first`}>
              {recent.map((c) => (
                <li key={c.id} className="shared-checkin">
                  <time dateTime={c.date} className="shared-checkin__date">
                    {formatDate(c.date)}
                  </time>
                  <span className="shared-checkin__value">{checkInAmount(c, goal.metric)}</span>
                  {c.note && <span className="shared-checkin__note">{c.note}</span>}
                </li>
              ))}
            </ol>
            {checkIns.length > RECENT_CHECK_INS && (
              <p className="muted">
                The newest {RECENT_CHECK_INS} of {plural(checkIns.length, 'check-in', 'check-ins')}.
              </p>
            )}
          </>
        )}
        <h4 className="shared-goal__subtitle" id={commentsId} tabIndex={-1}>
          Comments
        </h4>
        {comments.length === 0 ? (
          <p className="muted">{canComment ? 'No comments yet: start the conversation.' : 'No comments.'}</p>
        ) : (
          <CommentList comments={comments} label={`Comments on ${goal.title}, oldest first`} />
        )}
        {canComment && (
          <CommentForm
            mentorshipId={mentorshipId}
            goalId={goal.id}
            goalTitle={goal.title}
            afterId={commentsId}
          />
        )}
      </article>
    </li>
  );
}
