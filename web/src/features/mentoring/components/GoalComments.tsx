import type { GoalComment } from '@shared/mentoring/mentorship.schema.ts';
import { Link } from 'react-router';
import { Panel } from '../../../components/Panel.tsx';
import { CommentList } from './CommentList.tsx';
import './shared-view.css';

/**
 * The goal page's "Comments from your mentors": what they wrote under this goal, oldest first, and
 * where to answer (the shared view of each mentorship it came from).
 */
export function GoalComments({ goalId, comments }: { goalId: string; comments: readonly GoalComment[] }) {
  const mentorships = [...new Set(comments.map((c) => c.mentorshipId))];
  return (
    <Panel
      id="mentor-comments"
      title="Comments from your mentors"
      description={
        <p>Your mentors see this goal because you share it with them; both of you see these comments.</p>
      }
    >
      <CommentList comments={comments} label="Comments on this goal, oldest first" />
      <p className="goal-comments__reply">
        {mentorships.length === 1 ? (
          <Link to={`/mentoring/${mentorships[0]}/shared#goal-${goalId}`}>Reply in your mentorship</Link>
        ) : (
          <>
            Reply in{' '}
            {mentorships.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link to={`/mentoring/${id}/shared#goal-${goalId}`}>
                  the mentorship with{' '}
                  {comments.find((c) => c.mentorshipId === id && !c.byMe)?.authorName ?? `mentor ${i + 1}`}
                </Link>
              </span>
            ))}
          </>
        )}
      </p>
    </Panel>
  );
}
