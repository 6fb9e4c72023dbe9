import type { GoalComment } from '@shared/mentoring/mentorship.schema.ts';
import { formatDateTime } from '../../../components/text.ts';
import './shared-view.css';

/** Comments on a goal, oldest first: who wrote each, when, and what. */
export function CommentList({ comments, label }: { comments: readonly GoalComment[]; label: string }) {
  return (
    <ol className="comment-list" aria-label={label}>
      {comments.map((c) => (
        <li key={c.id} className="comment">
          <p className="comment__by">
            <strong>{c.byMe ? 'You' : c.authorName}</strong>{' '}
            <time dateTime={c.createdAt} className="comment__when">
              {formatDateTime(c.createdAt)}
            </time>
          </p>
          <p className="comment__text">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}
