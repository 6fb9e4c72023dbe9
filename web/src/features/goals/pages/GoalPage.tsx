import type { Goal } from '@shared/goals/goal.schema.ts';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useGoalComments } from '../../mentoring/api/goalComments.ts';
import { useCheckIns, useGoalReview } from '../api/goal-page.ts';
import { useGoal, useGoals } from '../api/goals.ts';
import { GoalHeader } from '../components/detail/GoalHeader.tsx';
import { ProgressPanel } from '../components/detail/ProgressPanel.tsx';
import { RollupPanel } from '../components/detail/RollupPanel.tsx';
import { SlicesPanel } from '../components/detail/SlicesPanel.tsx';
import { useToday } from '../components/widgets/dates.ts';
import { SmartReview } from '../components/widgets/SmartReview.tsx';
import '../../../components/page.css';
import './GoalPage.css';

// Comments from mentors load only for a goal that has some: most goals are private and have none.
const GoalComments = lazy(async () => ({
  default: (await import('../../mentoring/components/GoalComments.tsx')).GoalComments,
}));

/**
 * One goal: where it stands, its chart, check-ins, comments from mentors (when it has some), slices,
 * SMART review and what can be done with it.
 */
export function GoalPage() {
  const { id = '' } = useParams();
  const goal = useGoal(id);
  useDocumentTitle(goal.data?.title ?? (goal.isError ? 'Goal not found' : 'Goal'));

  if (goal.isPending) {
    return (
      <div className="page goal-page">
        <h1 className="visually-hidden">Goal</h1>
        <Loading label="Loading the goal…" />
      </div>
    );
  }
  if (goal.isError) {
    const missing = goal.error instanceof ApiError && goal.error.status === 404;
    return (
      <div className="page goal-page">
        <h1>{missing ? 'Goal not found' : 'The goal could not be loaded'}</h1>
        {missing ? (
          <p className="goal-page__error">It may have been deleted, or the link is wrong.</p>
        ) : (
          <LoadError error={goal.error} onRetry={() => void goal.refetch()} />
        )}
        <p>
          <Link to="/goals">Back to your goals</Link>
        </p>
      </div>
    );
  }
  return <GoalDetail key={goal.data.id} goal={goal.data} />;
}

function GoalDetail({ goal }: { goal: Goal }) {
  // Every goal, for the parent, the slices, and the slice each check-in sits on at any depth. The
  // chart waits for none of it: its series come with the goal's progress (ProgressPanel).
  const family = useGoals();
  const checkIns = useCheckIns(goal.id, { descendants: true, enabled: goal.metric !== null });
  const review = useGoalReview(goal.id);
  const comments = useGoalComments(goal.id);
  const today = useToday();
  const valueRef = useRef<HTMLInputElement>(null);
  const { hash } = useLocation();
  const goals = family.data;
  const slices = goals?.filter((g) => g.parentId === goal.id);
  const parent = goals?.find((g) => g.id === goal.parentId);

  useEffect(() => {
    if (hash !== '#check-in' || !goal.metric) return;
    // After the shell has moved focus to the page heading: bring the person to the check-in form.
    const timer = setTimeout(() => {
      document.getElementById('check-in')?.scrollIntoView({ block: 'start' });
      valueRef.current?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash, goal.metric]);

  return (
    <div className="page goal-page">
      <GoalHeader goal={goal} parent={parent} goals={goals} />
      <div className="page__stack">
        {goal.metric ? (
          <ProgressPanel
            goal={{ ...goal, metric: goal.metric }}
            checkIns={checkIns.data}
            checkInsError={checkIns.error}
            goals={goals ?? []}
            today={today}
            valueRef={valueRef}
          />
        ) : (
          <RollupPanel goal={goal} slices={slices} />
        )}
        {comments.data && comments.data.length > 0 && (
          <Suspense fallback={<Loading label="Loading the comments…" />}>
            <GoalComments goalId={goal.id} comments={comments.data} />
          </Suspense>
        )}
        <SlicesPanel goal={goal} slices={slices} />
        <Panel
          id="review"
          title="SMART review"
          description={<p>Is the goal specific, measurable, realistic, relevant, time-bound and chunked?</p>}
        >
          {review.isError ? (
            <LoadError error={review.error} onRetry={() => void review.refetch()} />
          ) : (
            <SmartReview findings={review.data} loading={review.isFetching} />
          )}
        </Panel>
      </div>
    </div>
  );
}
