import type { Finding } from '@shared/goals/goal.schema.ts';
import { describe, expect, it } from 'vitest';
import { type FormField, shownFindings } from './reviewFields.ts';

const finding = (rule: Finding['rule'], message: string = rule): Finding => ({
  rule,
  level: 'warn',
  message,
  suggestion: '',
});
/** The six findings of a review, in the API's order. */
const review = (['specific', 'measurable', 'achievable', 'relevant', 'time_bound', 'chunked'] as const).map(
  (r) => finding(r),
);
const rules = (findings: readonly Finding[]) => findings.map((f) => f.rule);
const touched = (...fields: FormField[]) => new Set(fields);

describe('shownFindings', () => {
  it('shows nothing on a form nobody has touched', () => {
    expect(shownFindings(review, touched(), false)).toEqual([]);
  });

  it('shows the findings about the fields touched so far', () => {
    // The title speaks to "specific" alone.
    expect(rules(shownFindings(review, touched('title'), false))).toEqual(['specific']);
    // The due date feeds the pace, the dates and the chunks.
    expect(rules(shownFindings(review, touched('dueDate'), false))).toEqual([
      'achievable',
      'time_bound',
      'chunked',
    ]);
    // The target is part of the metric: measurable and the pace.
    expect(rules(shownFindings(review, touched('title', 'target', 'why'), false))).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
    ]);
  });

  it('shows every finding after a first attempt to save', () => {
    expect(shownFindings(review, touched(), true)).toEqual(review);
  });
});
