import { isValidDate } from '@shared/calendar.ts';
import { LONG_TEXT_MAX, TITLE_MAX, UNIT_MAX } from '@shared/goals/goal.limits.ts';
import type { CreateGoalBody, Goal, UpdateGoalBody } from '@shared/goals/goal.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../../components/FormError.tsx';
import type { GoalDraftBody } from '../../api/goals.ts';
import { ReviewDraftBody } from '../../api/schemas.ts';

/** The form as typed: text for every input, so half-typed numbers and dates survive until checked. */
export interface GoalFormValues {
  title: string;
  why: string;
  description: string;
  category: Goal['category'];
  startDate: string;
  dueDate: string;
  measured: boolean;
  unit: string;
  baseline: string;
  target: string;
  aggregation: NonNullable<Goal['metric']>['aggregation'];
  weight: string;
  visibility: Goal['visibility'];
  state: Goal['state'];
  completedOn: string;
}

/** The goal form's fields by API issue path: id, label and error of each; also the order of the error summary. */
export const goalFields: FieldMap = {
  title: { id: 'goal-title', label: 'Title' },
  why: { id: 'goal-why', label: 'Why does this matter to you?', name: 'Why it matters' },
  description: { id: 'goal-description', label: 'Description (optional)', name: 'Description' },
  category: { id: 'goal-category', label: 'Category' },
  startDate: { id: 'goal-start', label: 'Start date' },
  dueDate: { id: 'goal-due', label: 'Due date' },
  metric: { id: 'goal-measured', label: 'Measure it with a number', name: 'Metric' },
  'metric.unit': { id: 'goal-unit', label: 'Unit' },
  'metric.baseline': { id: 'goal-baseline', label: 'Starting value' },
  'metric.target': { id: 'goal-target', label: 'Target' },
  // The summary links to the first choice.
  'metric.aggregation': {
    id: 'goal-aggregation-sum',
    label: 'How do check-ins count?',
    name: 'How check-ins count',
  },
  completedOn: { id: 'goal-completed', label: 'Completed on' },
  weight: { id: 'goal-weight', label: 'Weight' },
  state: { id: 'goal-state', label: 'State' },
};

/**
 * A new goal's form: measured with a number unless the person says it is a milestone; a slice
 * starts with its parent's category, visibility and unit.
 */
export function newGoalValues(parent: Goal | null): GoalFormValues {
  return {
    title: '',
    why: '',
    description: '',
    category: parent?.category ?? 'career',
    startDate: '',
    dueDate: '',
    measured: true,
    unit: parent?.metric?.unit ?? '',
    baseline: '',
    target: '',
    aggregation: parent?.metric?.aggregation ?? 'sum',
    weight: '',
    visibility: parent?.visibility ?? 'private',
    state: 'active',
    completedOn: '',
  };
}

export function goalValues(goal: Goal): GoalFormValues {
  return {
    title: goal.title,
    why: goal.why,
    description: goal.description,
    category: goal.category,
    startDate: goal.startDate,
    dueDate: goal.dueDate ?? '',
    measured: goal.metric !== null,
    unit: goal.metric?.unit ?? '',
    baseline: goal.metric ? String(goal.metric.baseline) : '',
    target: goal.metric ? String(goal.metric.target) : '',
    aggregation: goal.metric?.aggregation ?? 'sum',
    weight: String(goal.weight),
    visibility: goal.visibility,
    state: goal.state,
    completedOn: goal.completedOn ?? '',
  };
}

/** "" → left out; "12.5" → 12.5; "abc" → NaN, which the schema reports as "must be a number". */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function metricOf(v: GoalFormValues) {
  if (!v.measured) return null;
  // Cast: an empty number is sent as undefined on purpose, so the schema says "is required" for it.
  const baseline = numberOf(v.baseline) as number;
  const target = numberOf(v.target) as number;
  return { unit: v.unit, baseline, target, aggregation: v.aggregation };
}

/** The body to create a goal, before the schema checks it. */
export function createInput(v: GoalFormValues, parentId: string | null): z.input<typeof CreateGoalBody> {
  return {
    ...(parentId ? { parentId } : {}),
    title: v.title,
    why: v.why,
    description: v.description,
    category: v.category,
    ...(v.startDate ? { startDate: v.startDate } : {}),
    dueDate: v.dueDate || null,
    metric: metricOf(v),
    ...(v.weight.trim() ? { weight: numberOf(v.weight) } : {}),
    visibility: v.visibility,
  };
}

/** The body to change a goal. A cleared start date keeps the old one (it cannot be empty). */
export function updateInput(v: GoalFormValues, goal: Goal): z.input<typeof UpdateGoalBody> {
  const milestone = !v.measured && goal.childCount === 0;
  return {
    title: v.title,
    why: v.why,
    description: v.description,
    category: v.category,
    ...(v.startDate ? { startDate: v.startDate } : {}),
    dueDate: v.dueDate || null,
    metric: metricOf(v),
    ...(v.weight.trim() ? { weight: numberOf(v.weight) } : {}),
    visibility: v.visibility,
    state: v.state,
    completedOn: milestone ? v.completedOn || null : null,
  };
}

/** What the live SMART review may see: only the parts that are already well-formed. */
export function draftOf(v: GoalFormValues, parentId: string | null): GoalDraftBody | null {
  const baseline = numberOf(v.baseline);
  const target = numberOf(v.target);
  const metricReady =
    v.measured && v.unit.trim() !== '' && Number.isFinite(baseline) && Number.isFinite(target);
  const draft = {
    parentId,
    title: v.title.slice(0, TITLE_MAX),
    why: v.why.slice(0, LONG_TEXT_MAX),
    ...(isValidDate(v.startDate) ? { startDate: v.startDate } : {}),
    ...(v.dueDate === '' ? { dueDate: null } : isValidDate(v.dueDate) ? { dueDate: v.dueDate } : {}),
    metric: metricReady
      ? { unit: v.unit.trim().slice(0, UNIT_MAX), baseline, target, aggregation: v.aggregation }
      : null,
  };
  const checked = ReviewDraftBody.safeParse(draft);
  return checked.success ? checked.data : null;
}
