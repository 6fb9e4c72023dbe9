import { describe, expect, it } from 'vitest';
import { aGoal, aProgress } from '../../goal.factory.ts';
import {
  DEFAULT_LIST_OPTIONS,
  isNarrowed,
  type ListOptions,
  listSearch,
  readListOptions,
  viewRoots,
} from './goalListView.ts';
import { buildGoalTree, type GoalTreeNode } from './goalTree.ts';

// Four top-level goals, listed oldest first as the API sends them:
// - "Study Rust" (learning, due 31 Dec, 40% done, on track) with two quarters, Q2 at risk;
// - "Read 12 books" (content, due 30 Jun, 10%, off track);
// - "Give 3 talks" (career, no due date, 0%, paused);
// - "Ask for a raise" (career, due 31 Mar, 60%, at risk).
const rust = aGoal({
  id: 'rust',
  title: 'Study Rust',
  category: 'learning',
  dueDate: '2026-12-31',
  progress: aProgress({ fraction: 0.4, status: 'on_track' }),
});
const q1 = aGoal({
  id: 'q1',
  parentId: 'rust',
  title: 'Study Rust — Q1 2026',
  category: 'learning',
  dueDate: '2026-03-31',
  progress: aProgress({ fraction: 1, status: 'achieved' }),
});
const q2 = aGoal({
  id: 'q2',
  parentId: 'rust',
  title: 'Study Rust — Q2 2026',
  category: 'learning',
  dueDate: '2026-06-30',
  progress: aProgress({ fraction: 0.2, status: 'at_risk' }),
});
const books = aGoal({
  id: 'books',
  title: 'Read 12 books',
  category: 'content',
  dueDate: '2026-06-30',
  progress: aProgress({ fraction: 0.1, status: 'off_track' }),
});
const talks = aGoal({
  id: 'talks',
  title: 'Give 3 talks',
  category: 'career',
  dueDate: null,
  state: 'paused',
  progress: aProgress({ fraction: 0, status: 'paused' }),
});
const raise = aGoal({
  id: 'raise',
  title: 'Ask for a raise',
  category: 'career',
  dueDate: '2026-03-31',
  progress: aProgress({ fraction: 0.6, status: 'at_risk' }),
});
const tree = buildGoalTree([rust, q1, q2, books, talks, raise]);

const view = (options: Partial<ListOptions>) => viewRoots(tree, { ...DEFAULT_LIST_OPTIONS, ...options });
/** The tree as ids, to compare shapes at a glance. */
const shape = (nodes: readonly GoalTreeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length > 0 ? { [n.goal.id]: shape(n.children) } : n.goal.id));

describe('readListOptions and listSearch', () => {
  it('reads the choices from the query string, falling back to the defaults for anything unknown', () => {
    const search = new URLSearchParams('state=all&category=career&status=at_risk&sort=due&q=rust');
    expect(readListOptions(search)).toEqual({
      state: 'all',
      category: 'career',
      status: 'at_risk',
      sort: 'due',
      q: 'rust',
    });
    expect(readListOptions(new URLSearchParams('state=gone&category=x&status=y&sort=z'))).toEqual(
      DEFAULT_LIST_OPTIONS,
    );
  });

  it('writes only what differs from the defaults, so a plain list has a plain URL', () => {
    expect(listSearch(DEFAULT_LIST_OPTIONS)).toEqual({});
    expect(listSearch({ ...DEFAULT_LIST_OPTIONS, sort: 'title', q: 'rust' })).toEqual({
      sort: 'title',
      q: 'rust',
    });
  });

  it('round-trips every choice through the URL', () => {
    const options: ListOptions = {
      state: 'paused',
      category: 'skill',
      status: 'paused',
      sort: 'progress',
      q: 'a b',
    };
    expect(readListOptions(new URLSearchParams(listSearch(options)))).toEqual(options);
  });
});

describe('viewRoots', () => {
  it('shows the active top-level goals in the order the API sent them by default', () => {
    expect(isNarrowed(DEFAULT_LIST_OPTIONS)).toBe(false);
    expect(shape(view({}))).toEqual([{ rust: ['q1', 'q2'] }, 'books', 'raise']);
  });

  it('filters by category', () => {
    expect(shape(view({ category: 'career' }))).toEqual(['raise']);
    expect(shape(view({ category: 'career', state: 'all' }))).toEqual(['talks', 'raise']);
  });

  it('filters by status at any depth, keeping a matching slice under its parent', () => {
    // Q2 is at risk, so "Study Rust" stays to hold it; Q1 (achieved) goes. "Ask for a raise" is at risk itself.
    expect(shape(view({ status: 'at_risk' }))).toEqual([{ rust: ['q2'] }, 'raise']);
    expect(shape(view({ status: 'paused', state: 'all' }))).toEqual(['talks']);
  });

  it('searches titles for every word typed, whatever the case', () => {
    expect(shape(view({ q: 'rust' }))).toEqual([{ rust: ['q1', 'q2'] }]);
    expect(shape(view({ q: '  RUST q2 ' }))).toEqual([{ rust: ['q2'] }]);
    expect(view({ q: 'piano' })).toEqual([]);
  });

  it('sorts the top level by due date, soonest first and none last', () => {
    // 31 Mar (raise), 30 Jun (books), 31 Dec (rust), none (talks).
    expect(shape(view({ state: 'all', sort: 'due' }))).toEqual([
      'raise',
      'books',
      { rust: ['q1', 'q2'] },
      'talks',
    ]);
  });

  it('sorts by progress, least first, and by title, leaving slices in their calendar order', () => {
    // 0 (talks), 0.1 (books), 0.4 (rust), 0.6 (raise).
    expect(shape(view({ state: 'all', sort: 'progress' }))).toEqual([
      'talks',
      'books',
      { rust: ['q1', 'q2'] },
      'raise',
    ]);
    // A, G, R, S.
    expect(shape(view({ state: 'all', sort: 'title' }))).toEqual([
      'raise',
      'talks',
      'books',
      { rust: ['q1', 'q2'] },
    ]);
  });
});
