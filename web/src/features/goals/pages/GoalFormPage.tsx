import type { Goal } from '@shared/goals/goal.schema.ts';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useGoal } from '../api/goals.ts';
import { GoalForm } from '../components/form/GoalForm.tsx';
import { goalValues, newGoalValues } from '../components/form/goalFormValues.ts';
import '../../../components/page.css';

/** `/goals/new` (optionally `?parentId=` for a slice) and `/goals/:id/edit`. */
export function GoalFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const parentId = id ? null : search.get('parentId');
  const editing = useGoal(id ?? '', Boolean(id));
  const parent = useGoal(parentId ?? '', Boolean(parentId));
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const title = id ? 'Edit goal' : parentId ? 'New slice' : 'New goal';
  useDocumentTitle(title);

  const loading = (id ? editing : parentId ? parent : null) ?? null;
  const cancelTo = id ? `/goals/${id}` : parentId ? `/goals/${parentId}` : '/goals';

  function onCancel() {
    // Back where the person came from, or to a sensible page when they opened the form directly.
    if (location.key !== 'default') navigate(-1);
    else navigate(cancelTo);
  }

  function onSaved(goal: Goal) {
    showStatus(id ? 'Goal saved.' : 'Goal created.');
    // The goal page focuses its heading when it comes from a save (`saved`).
    navigate(`/goals/${goal.id}`, { replace: true, state: { saved: true } });
  }

  return (
    <div className="page page--wide">
      <header className="page-header">
        <h1 className="page-header__title">{title}</h1>
        <p className="page-header__lead">
          {editing.data ? (
            <span>
              Changing <Link to={`/goals/${editing.data.id}`}>{editing.data.title}</Link>
            </span>
          ) : parent.data ? (
            <span>
              A part of <Link to={`/goals/${parent.data.id}`}>{parent.data.title}</Link>
            </span>
          ) : (
            <span>Something you want to achieve by a date, ideally with a number to measure it.</span>
          )}
        </p>
      </header>
      {loading?.isPending && <Loading />}
      {loading?.isError && <LoadError error={loading.error} onRetry={() => void loading.refetch()} />}
      {(!loading || loading.data) && (
        <GoalForm
          key={loading?.data?.id ?? 'new'}
          initial={editing.data ? goalValues(editing.data) : newGoalValues(parent.data ?? null)}
          goal={editing.data}
          parentId={parentId}
          parent={parent.data}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
