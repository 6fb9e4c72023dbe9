import { type GoalDraftBody, useDraftReview } from '../../../api/goals.ts';
import { SmartReview } from '../../../components/goals/index.ts';

/** The SMART review of the goal as it is being typed, refreshed when typing pauses. */
export function DraftReview({ draft }: { draft: GoalDraftBody | null }) {
  const review = useDraftReview(draft);
  return (
    <aside className="draft-review" aria-labelledby="draft-review-title">
      <h2 id="draft-review-title" className="draft-review__title">
        SMART review
      </h2>
      <p className="draft-review__intro">
        Checks your goal as you type: is it specific, measurable, achievable, relevant, time-bound, and broken
        into chunks?
      </p>
      {review.isError ? (
        <p className="muted">The review is unavailable right now; you can still save your goal.</p>
      ) : (
        <SmartReview findings={review.data} loading={review.isFetching} />
      )}
    </aside>
  );
}
