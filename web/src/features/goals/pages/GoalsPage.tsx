import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useGoals } from '../api/goals.ts';
import { plural } from '../components/detail/family.ts';
import { GoalTree } from '../components/list/GoalTree.tsx';
import {
  DEFAULT_LIST_OPTIONS,
  isNarrowed,
  type ListOptions,
  listSearch,
  readListOptions,
  type SortKey,
  viewRoots,
} from '../components/list/goalListView.ts';
import {
  buildGoalTree,
  type GoalTreeNode,
  parentIds,
  type StateFilter,
} from '../components/list/goalTree.ts';
import { useToday } from '../components/widgets/dates.ts';
import { CATEGORY_LABELS, STATUS_LABELS } from '../components/widgets/labels.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import './GoalsPage.css';

const STATES: { value: StateFilter; label: string; none: string }[] = [
  { value: 'active', label: 'Active', none: 'No active goals.' },
  { value: 'paused', label: 'Paused', none: 'No paused goals.' },
  { value: 'abandoned', label: 'Abandoned', none: 'No abandoned goals.' },
  { value: 'all', label: 'All goals', none: 'No goals.' },
];

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'created', label: 'Oldest first' },
  { value: 'due', label: 'Due date, soonest first' },
  { value: 'progress', label: 'Progress, least first' },
  { value: 'title', label: 'Title, A to Z' },
];

/**
 * Every goal with its slices nested below it: filtered by state (active unless asked otherwise),
 * category and status, searched by title, and sorted. The choices live in the URL's query string.
 */
export function GoalsPage() {
  useDocumentTitle('Goals');
  const today = useToday();
  const goals = useGoals();
  const [search, setSearch] = useSearchParams();
  const options = readListOptions(search);
  const state = STATES.find((s) => s.value === options.state)!;
  const narrowed = isNarrowed(options);
  const tree = useMemo(() => buildGoalTree(goals.data ?? []), [goals.data]);
  const roots = viewRoots(tree, options);
  // Top-level goals start open (every goal with a match below it, while narrowed); `toggled`
  // records the ones the person flipped.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const openByDefault = (id: string) => narrowed || roots.some((r) => r.goal.id === id);
  const expanded = new Set(parentIds(roots).filter((id) => openByDefault(id) !== toggled.has(id)));
  const shownCount = countGoals(roots);

  function choose(change: Partial<ListOptions>) {
    // From the address bar, not this render's `options`: a second choice made before the page has
    // redrawn for the first (the router redraws in a transition) must not undo it.
    const current = readListOptions(new URLSearchParams(window.location.search));
    setSearch(listSearch({ ...current, ...change }), { replace: true });
  }

  function toggle(id: string) {
    setToggled((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function setAll(open: boolean) {
    setToggled(new Set(parentIds(roots).filter((id) => openByDefault(id) !== open)));
  }

  return (
    <div className="page page--wide">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title">Goals</h1>
          <p className="page-header__lead">Your goals with their slices, and how each one is doing today.</p>
        </div>
        {goals.data && goals.data.length > 0 && (
          <ButtonLink variant="primary" to="/goals/new">
            New goal
          </ButtonLink>
        )}
      </header>
      {goals.isPending && <Loading />}
      {goals.isError && <LoadError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data?.length === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">No goals yet</h2>
          <p>A goal is something you want to achieve by a date, ideally with a number to measure it.</p>
          <ButtonLink variant="primary" to="/goals/new">
            Set your first goal
          </ButtonLink>
        </div>
      )}
      {goals.data && goals.data.length > 0 && (
        <>
          <search className="goal-filters" aria-label="Find goals">
            <TextField
              id="goal-search"
              label="Search titles"
              type="search"
              className="goal-filters__search"
              autoComplete="off"
              value={options.q}
              onChange={(e) => choose({ q: e.target.value })}
            />
            <SelectField
              id="goal-filter"
              label="Show"
              value={options.state}
              onChange={(e) => choose({ state: e.target.value as StateFilter })}
              options={STATES.map((s) => [s.value, s.label])}
            />
            <SelectField
              id="goal-category"
              label="Category"
              value={options.category}
              onChange={(e) => choose({ category: e.target.value as ListOptions['category'] })}
              options={Object.entries(CATEGORY_LABELS)}
            >
              <option value="all">All categories</option>
            </SelectField>
            <SelectField
              id="goal-status"
              label="Status"
              value={options.status}
              onChange={(e) => choose({ status: e.target.value as ListOptions['status'] })}
              options={Object.entries(STATUS_LABELS)}
            >
              <option value="all">Any status</option>
            </SelectField>
            <SelectField
              id="goal-sort"
              label="Sort by"
              value={options.sort}
              onChange={(e) => choose({ sort: e.target.value as SortKey })}
              options={SORTS.map((s) => [s.value, s.label])}
            />
          </search>
          <div className="goal-toolbar">
            <p className="goal-toolbar__count" role="status">
              {narrowed ? `${plural(shownCount, 'goal')} found` : plural(shownCount, 'goal')}
            </p>
            {narrowed && (
              <Button
                variant="quiet"
                onClick={() =>
                  choose({
                    category: DEFAULT_LIST_OPTIONS.category,
                    status: DEFAULT_LIST_OPTIONS.status,
                    q: '',
                  })
                }
              >
                Clear the search and filters
              </Button>
            )}
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
            <p className="empty-line">{narrowed ? 'No goals match the search and filters.' : state.none}</p>
          ) : (
            <GoalTree
              nodes={roots}
              expanded={expanded}
              onToggle={toggle}
              today={today}
              label={options.state === 'all' ? 'All goals' : `${state.label} goals`}
            />
          )}
        </>
      )}
    </div>
  );
}

/** How many goals the tree shows, slices included. */
function countGoals(nodes: readonly GoalTreeNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countGoals(node.children), 0);
}
