import { describe, expect, it } from 'vitest';
import type { FigureKey } from '../../../shared/reports/report.schema.ts';
import { figure } from './figures.ts';
import { comparisonOf, highlights } from './highlights.ts';

const quarter = comparisonOf('quarter', 92);

describe('report highlights', () => {
  it('writes a change with its percentage and both values', () => {
    // (31 − 22) / 22 = 0.409 → 41%.
    expect(highlights([figure('practice.hours', 31, 22)], quarter)).toEqual([
      'Practice up 41% on last quarter: 31 h against 22 h',
    ]);
    // (6 − 8) / 8 = −25%.
    expect(highlights([figure('network.interactions', 6, 8)], comparisonOf('month', 31))).toEqual([
      'Interactions down 25% on last month: 6 against 8',
    ]);
  });

  it('writes no percentage for a figure up from nothing, and nothing for one 0 in both', () => {
    expect(highlights([figure('learning.hours', 5, 0), figure('content.done', 0, 0)], quarter)).toEqual([
      'Learning: 5 h, none the quarter before',
    ]);
  });

  it('names a range by its days', () => {
    expect(highlights([figure('content.minutes', 90, 60)], comparisonOf('range', 10))).toEqual([
      'Content time up 50% on the 10 days before: 90 min against 60 min',
    ]);
    expect(highlights([figure('content.pages', 3, 3)], comparisonOf('range', 1))).toEqual([
      'Pages read unchanged on the day before: 3',
    ]);
  });

  it('keeps five, the largest relative change first, ties in the figures’ order', () => {
    const figures = (
      [
        ['goals.active', 11, 10], // 10%
        ['learning.hours', 2, 1], // 100%
        ['practice.hours', 3, 0], // from nothing
        ['content.done', 1, 2], // −50%
        ['network.interactions', 4, 2], // 100%, after learning in the figures' order
        ['network.due', 0, 4], // −100%
        ['skills.assessments', 5, 4], // 25%
      ] as [FigureKey, number, number][]
    ).map(([key, value, previous]) => figure(key, value, previous));
    expect(highlights(figures, quarter)).toEqual([
      'Practice: 3 h, none the quarter before',
      'Learning up 100% on last quarter: 2 h against 1 h',
      'Interactions up 100% on last quarter: 4 against 2',
      'Contacts due down 100% on last quarter: 0 against 4',
      'Content finished down 50% on last quarter: 1 against 2',
    ]);
  });

  it('takes change as value − previous', () => {
    // 0.1 + 0.2 style noise is cleaned: 0.3 − 0.1 is 0.2, not 0.19999999999999998.
    expect(figure('learning.hours', 0.3, 0.1)).toEqual({
      key: 'learning.hours',
      label: 'Learning hours',
      value: 0.3,
      previous: 0.1,
      change: 0.2,
    });
  });
});
