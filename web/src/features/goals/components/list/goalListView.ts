// What the Goals page shows: the tree narrowed by state, category, status and a search of titles,
// its top-level goals in the order asked for. The choices live in the URL's query string, so a
// reload, a bookmark or the back button keeps them.
import type { Goal } from '@shared/goals/goal.schema.ts';
import { CATEGORY_LABELS, type GoalStatus, STATUS_LABELS, statusOf } from '../widgets/labels.ts';
import { filterRoots, type GoalTreeNode, type StateFilter } from './goalTree.ts';

type Category = Goal['category'];
export type SortKey = 'created' | 'due' | 'progress' | 'title';

export interface ListOptions {
  state: StateFilter;
  category: Category | 'all';
  status: GoalStatus | 'all';
  sort: SortKey;
  /** Words to find in titles; empty finds everything. */
  q: string;
}

export const DEFAULT_LIST_OPTIONS: ListOptions = {
  state: 'active',
  category: 'all',
  status: 'all',
  sort: 'created',
  q: '',
};

const STATE_VALUES: readonly StateFilter[] = ['active', 'paused', 'abandoned', 'all'];
// The labels' keys are every category and status (their types say so), without loading the schemas.
const CATEGORY_VALUES = Object.keys(CATEGORY_LABELS) as Category[];
const STATUS_VALUES = Object.keys(STATUS_LABELS) as GoalStatus[];
export const SORT_KEYS: readonly SortKey[] = ['created', 'due', 'progress', 'title'];

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/** The choices a query string holds; anything unknown falls back to the default. */
export function readListOptions(search: URLSearchParams): ListOptions {
  const d = DEFAULT_LIST_OPTIONS;
  return {
    state: oneOf(STATE_VALUES, search.get('state'), d.state),
    category: oneOf<Category | 'all'>(CATEGORY_VALUES, search.get('category'), d.category),
    status: oneOf<GoalStatus | 'all'>(STATUS_VALUES, search.get('status'), d.status),
    sort: oneOf(SORT_KEYS, search.get('sort'), d.sort),
    q: search.get('q') ?? d.q,
  };
}

/** The query string for these choices: only what differs from the defaults, so a plain list has none. */
export function listSearch(options: ListOptions): Record<string, string> {
  const entries = Object.entries(options).filter(
    ([key, value]) => value !== DEFAULT_LIST_OPTIONS[key as keyof ListOptions] && value !== '',
  );
  return Object.fromEntries(entries);
}

/** True when a category, status or search narrows the list beyond its state. */
export function isNarrowed(options: ListOptions): boolean {
  return options.category !== 'all' || options.status !== 'all' || options.q.trim() !== '';
}

/** Whether one goal answers the category, status and search. */
export function matches(goal: Goal, options: ListOptions): boolean {
  const words = options.q.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const title = goal.title.toLocaleLowerCase();
  return (
    (options.category === 'all' || goal.category === options.category) &&
    (options.status === 'all' || statusOf(goal) === options.status) &&
    words.every((word) => title.includes(word))
  );
}

/**
 * Keeps the goals that match, with the goals above them for context: a slice that matches shows
 * under its parent, a parent without a matching goal in its tree goes.
 */
function prune(nodes: readonly GoalTreeNode[], options: ListOptions): GoalTreeNode[] {
  return nodes.flatMap((node) => {
    const children = prune(node.children, options);
    return matches(node.goal, options) || children.length > 0 ? [{ goal: node.goal, children }] : [];
  });
}

const byTitle = (a: Goal, b: Goal) =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });
/** Soonest due first; goals without a due date last. */
const byDue = (a: Goal, b: Goal) =>
  a.dueDate === b.dueDate
    ? 0
    : a.dueDate === null
      ? 1
      : b.dueDate === null
        ? -1
        : a.dueDate < b.dueDate
          ? -1
          : 1;
/** Least progress first: what needs the most work comes to the top. */
const byProgress = (a: Goal, b: Goal) => a.progress.fraction - b.progress.fraction;

const COMPARE: Record<Exclude<SortKey, 'created'>, (a: Goal, b: Goal) => number> = {
  due: (a, b) => byDue(a, b) || byTitle(a, b),
  progress: (a, b) => byProgress(a, b) || byDue(a, b) || byTitle(a, b),
  title: (a, b) => byTitle(a, b) || byDue(a, b),
};

/**
 * The top-level goals to show, in order. The state filter picks top-level goals (their slices come
 * along whatever their own state); category, status and search then keep the goals that match at
 * any depth. Only the top level is sorted: slices keep their calendar order under their parent.
 */
export function viewRoots(roots: readonly GoalTreeNode[], options: ListOptions): GoalTreeNode[] {
  const inState = filterRoots(roots, options.state);
  const kept = isNarrowed(options) ? prune(inState, options) : inState;
  if (options.sort === 'created') return kept;
  const compare = COMPARE[options.sort];
  return [...kept].sort((a, b) => compare(a.goal, b.goal));
}
