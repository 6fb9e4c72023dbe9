import { describe, expect, it } from 'vitest';
import { aGoal, aMetric } from '../../goal.factory.ts';
import { descendantsOf, plural, shortTitle, sliceFor } from './family.ts';

describe('descendantsOf', () => {
  it('finds every goal below one, depth first in the order of the list', () => {
    const goals = [
      aGoal({ id: 'year' }),
      aGoal({ id: 'q1', parentId: 'year' }),
      aGoal({ id: 'q2', parentId: 'year' }),
      aGoal({ id: 'jan', parentId: 'q1' }),
      aGoal({ id: 'other' }),
    ];
    expect(descendantsOf(goals, 'year').map((g) => g.id)).toEqual(['q1', 'jan', 'q2']);
    expect(descendantsOf(goals, 'jan')).toEqual([]);
  });
});

describe('sliceFor', () => {
  // Study Rust in hours over 2026, with a slice per quarter.
  const year = aGoal({ id: 'year', metric: aMetric(0, 200) });
  const quarter = (id: string, startDate: string, dueDate: string | null, more = {}) =>
    aGoal({ id, parentId: 'year', startDate, dueDate, metric: aMetric(0, 50), ...more });
  const slices = [
    quarter('q1', '2026-01-01', '2026-03-31'),
    quarter('q2', '2026-04-01', '2026-06-30', { state: 'abandoned' }),
    quarter('q3', '2026-07-01', '2026-09-30', { metric: aMetric(0, 3000, 'sum', 'min') }),
    quarter('q4', '2026-10-01', null),
  ];

  it('puts a check-in on the slice whose dates cover it, first and last days included', () => {
    expect(sliceFor(year, slices, '2026-01-01')?.id).toBe('q1');
    expect(sliceFor(year, slices, '2026-03-31')?.id).toBe('q1');
    // A slice without a due date covers everything from its start.
    expect(sliceFor(year, slices, '2026-12-31')?.id).toBe('q4');
  });

  it('skips an abandoned slice and one that measures something else', () => {
    expect(sliceFor(year, slices, '2026-05-01')).toBeUndefined();
    expect(sliceFor(year, slices, '2026-08-01')).toBeUndefined();
  });

  it('finds nothing for a goal without a metric', () => {
    expect(sliceFor(aGoal({ id: 'year' }), slices, '2026-02-01')).toBeUndefined();
  });
});

describe('shortTitle', () => {
  it("drops the parent's title in front of a slice's", () => {
    expect(shortTitle({ title: 'Study Rust — Q2 2026' }, 'Study Rust')).toBe('Q2 2026');
  });

  it('keeps a title that does not start with it, or would be left empty', () => {
    expect(shortTitle({ title: 'Read the Rust book' }, 'Study Rust')).toBe('Read the Rust book');
    expect(shortTitle({ title: 'Study Rust — ' }, 'Study Rust')).toBe('Study Rust — ');
  });
});

describe('plural', () => {
  it('counts in words', () => {
    expect(plural(1, 'slice')).toBe('1 slice');
    expect(plural(4, 'slice')).toBe('4 slices');
    expect(plural(0, 'check-in')).toBe('0 check-ins');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });
});
