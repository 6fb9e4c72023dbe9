import { type GoalDraftBody, useDraftReview } from '../../api/goals.ts';
import { SmartReview } from '../widgets/SmartReview.tsx';
import { type FormField, shownFindings } from './reviewFields.ts';
import './goal-form.css';

export interface DraftReviewProps {
  draft: GoalDraftBody | null;
  /** The id of the goal being edited, if any: its pace is judged from where it stands, not from its baseline. */
  goalId?: string | undefined;
  /** The fields the person has changed: the review speaks only about those… */
  touched: ReadonlySet<FormField>;
  /** …until the form has been submitted once (or for an edit, whose fields are all filled in). */
  showAll: boolean;
}

/** The SMART review of the goal as it is being typed, refreshed when typing pauses. */
export function DraftReview({ draft, goalId, touched, showAll }: DraftReviewProps) {
  const review = useDraftReview(draft, goalId);
  const findings = review.data && shownFindings(review.data, touched, showAll);
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
        <SmartReview
          findings={findings}
          loading={review.isFetching}
          emptyText="Findings appear here as you fill in the form."
        />
      )}
    </aside>
  );
}
