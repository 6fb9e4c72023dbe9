// Which SMART findings the goal form shows while it is being filled in: a finding speaks about some
// fields, and it appears once the person has touched one of them (or tried to save), so an empty
// form never opens with "0 of 6 look good".
import type { Finding } from '@shared/goals/goal.schema.ts';
import type { GoalFormValues } from './goalFormValues.ts';

export type FormField = keyof GoalFormValues;

const METRIC: readonly FormField[] = ['measured', 'unit', 'baseline', 'target', 'aggregation'];

/** The fields each rule of the review reads. */
export const RULE_FIELDS: Record<Finding['rule'], readonly FormField[]> = {
  specific: ['title'],
  measurable: METRIC,
  achievable: [...METRIC, 'dueDate'],
  relevant: ['why'],
  time_bound: ['startDate', 'dueDate'],
  chunked: ['startDate', 'dueDate'],
};

/** The findings about fields the person has touched; all of them after a first attempt to save. */
export function shownFindings(
  findings: readonly Finding[],
  touched: ReadonlySet<FormField>,
  submitted: boolean,
): Finding[] {
  if (submitted) return [...findings];
  return findings.filter((finding) => RULE_FIELDS[finding.rule].some((field) => touched.has(field)));
}
