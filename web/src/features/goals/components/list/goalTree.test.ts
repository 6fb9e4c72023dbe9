import { describe, expect, it } from 'vitest';
import { aGoal } from '../../goal.factory.ts';
import { buildGoalTree, filterRoots, type GoalTreeNode, parentIds } from './goalTree.ts';

// A yearly goal with two quarters, one of them broken into a month; a paused goal on its own; and
// a slice whose parent is not in the list.
const year = aGoal({ id: 'year', title: 'Study Rust' });
const q1 = aGoal({ id: 'q1', parentId: 'year', title: 'Study Rust — Q1 2026' });
const q2 = aGoal({ id: 'q2', parentId: 'year', title: 'Study Rust — Q2 2026', state: 'abandoned' });
const jan = aGoal({ id: 'jan', parentId: 'q1', title: 'Study Rust — Q1 2026 — Jan 2026' });
const talks = aGoal({ id: 'talks', title: 'Give 3 talks', state: 'paused' });
const stray = aGoal({ id: 'stray', parentId: 'gone', title: 'A slice of a deleted goal' });

/** The tree as ids, to compare shapes at a glance. */
const shape = (nodes: readonly GoalTreeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length > 0 ? { [n.goal.id]: shape(n.children) } : n.goal.id));

describe('buildGoalTree', () => {
  it('nests each goal under its parent, keeping the order of the list among siblings', () => {
    // A child listed before its parent still finds it.
    const tree = buildGoalTree([jan, year, q1, talks, q2]);
    expect(shape(tree)).toEqual([{ year: [{ q1: ['jan'] }, 'q2'] }, 'talks']);
  });

  it('shows a goal whose parent is not in the list at the top rather than losing it', () => {
    expect(shape(buildGoalTree([year, stray]))).toEqual(['year', 'stray']);
  });
});

describe('filterRoots', () => {
  const tree = buildGoalTree([year, q1, q2, jan, talks]);

  it('keeps the top-level goals in the state asked for, with all their slices whatever their state', () => {
    expect(shape(filterRoots(tree, 'active'))).toEqual([{ year: [{ q1: ['jan'] }, 'q2'] }]);
    expect(shape(filterRoots(tree, 'paused'))).toEqual(['talks']);
    expect(filterRoots(tree, 'abandoned')).toEqual([]);
  });

  it('keeps everything for "all"', () => {
    expect(filterRoots(tree, 'all')).toHaveLength(2);
  });
});

describe('parentIds', () => {
  it('lists every goal with slices, at any depth, parents before their children', () => {
    expect(parentIds(buildGoalTree([year, q1, q2, jan, talks]))).toEqual(['year', 'q1']);
  });
});
