import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGoals } from '../../api/goals.ts';
import { Button } from '../../components/Button.tsx';
import { useToday } from '../../components/goals/index.ts';
import { LoadError, Loading } from '../../components/LoadState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { GoalTree } from './list/GoalTree.tsx';
import { buildGoalTree, filterRoots, parentIds, type StateFilter } from './list/goalTree.ts';

const FILTERS: { value: StateFilter; label: string; none: string }[] = [
  { value: 'active', label: 'Active', none: 'No active goals.' },
  { value: 'paused', label: 'Paused', none: 'No paused goals.' },
  { value: 'abandoned', label: 'Abandoned', none: 'No abandoned goals.' },
  { value: 'all', label: 'All goals', none: 'No goals.' },
];

/** Every goal with its slices nested below it, filtered by state (active unless asked otherwise). */
export function GoalsPage() {
  useDocumentTitle('Goals');
  const today = useToday();
  const goals = useGoals();
  const [search, setSearch] = useSearchParams();
  const filter = FILTERS.find((f) => f.value === search.get('state')) ?? FILTERS[0]!;
  const tree = useMemo(() => buildGoalTree(goals.data ?? []), [goals.data]);
  const roots = filterRoots(tree, filter.value);
  // Top-level goals start open; `toggled` records the ones the person flipped.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const expanded = new Set(
    parentIds(roots).filter((id) => roots.some((r) => r.goal.id === id) !== toggled.has(id)),
  );

  function toggle(id: string) {
    setToggled((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function setAll(open: boolean) {
    const ids = parentIds(roots);
    setToggled(new Set(ids.filter((id) => roots.some((r) => r.goal.id === id) !== open)));
  }

  return (
    <div className="page page--wide">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">Goals</h1>
          <p className="page-header__lead">Your goals with their slices, and how each one is doing today.</p>
        </div>
        {goals.data && goals.data.length > 0 && (
          <Link className="button button--primary" to="/goals/new">
            New goal
          </Link>
        )}
      </header>
      {goals.isPending && <Loading />}
      {goals.isError && <LoadError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data?.length === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">No goals yet</h2>
          <p>A goal is something you want to achieve by a date, ideally with a number to measure it.</p>
          <Link className="button button--primary" to="/goals/new">
            Set your first goal
          </Link>
        </div>
      )}
      {goals.data && goals.data.length > 0 && (
        <>
          <div className="goal-toolbar">
            <SelectField
              id="goal-filter"
              label="Show"
              className="goal-toolbar__select"
              value={filter.value}
              onChange={(e) =>
                setSearch(e.target.value === 'active' ? {} : { state: e.target.value }, { replace: true })
              }
            >
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </SelectField>
            {parentIds(roots).length > 0 && (
              <div className="goal-toolbar__actions">
                <Button variant="quiet" onClick={() => setAll(true)}>
                  Expand all
                </Button>
                <Button variant="quiet" onClick={() => setAll(false)}>
                  Collapse all
                </Button>
              </div>
            )}
          </div>
          {roots.length === 0 ? (
            <p className="empty-line">{filter.none}</p>
          ) : (
            <GoalTree
              nodes={roots}
              expanded={expanded}
              onToggle={toggle}
              today={today}
              label={filter.value === 'all' ? 'All goals' : `${filter.label} goals`}
            />
          )}
        </>
      )}
    </div>
  );
}
