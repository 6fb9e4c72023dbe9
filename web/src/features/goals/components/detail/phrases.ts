// The key numbers of a metric goal in words, phrased for goals that go up and goals that come down.
import { daysBetween } from '@shared/calendar.ts';
import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatPace, formatQuantity } from '@shared/numbers.ts';
import { formatDate } from '../widgets/dates.ts';

type Metric = NonNullable<Goal['metric']>;

// Sums add "9.5 h a week"; levels move "0.3 h/week each week", which reads better for rate units.
const per = (metric: Metric, n: number) =>
  `${formatPace(n, metric.unit)} ${metric.aggregation === 'sum' ? 'a week' : 'each week'}`;

/** What the page says instead of a forecast made from too little: one check-in, or a few close together. */
export const TOO_EARLY = 'Too early to forecast: check in a few more times';

/** True when the target lies below the baseline ("cut my meetings to 8 h a week"). */
export const isDecreasing = (metric: Metric) => metric.target < metric.baseline;

/** "Needs 9.5 h a week"; a level, or a sum that has to come down, says which way: "Needs to fall 0.5 % each week". */
export function requiredPace(metric: Metric, perWeek: number): string {
  if (metric.aggregation === 'sum' && perWeek >= 0) return `Needs ${per(metric, perWeek)}`;
  return `Needs to ${perWeek >= 0 ? 'rise' : 'fall'} ${per(metric, perWeek)}`;
}

/** "3 h a week", "Rising 1.2 % each week", "Falling 0.5 h/week each week", "Flat". */
export function observedPace(metric: Metric, perWeek: number): string {
  if (Math.abs(perWeek) < 1e-9) return metric.aggregation === 'sum' ? per(metric, 0) : 'Flat';
  if (metric.aggregation === 'sum' && perWeek > 0) return per(metric, perWeek);
  return `${perWeek > 0 ? 'Rising' : 'Falling'} ${per(metric, perWeek)}`;
}

/** True when the trend moves away from the target (or not at all). */
export function movingAway(metric: Metric, perWeek: number): boolean {
  return Math.sign(perWeek) !== Math.sign(metric.target - metric.baseline);
}

/** "of 200 h (from 0 h)" or, coming down, "target 8 h/week, down from 16 h/week". */
export function againstTarget(metric: Metric): string {
  const q = (n: number) => formatQuantity(n, metric.unit);
  if (isDecreasing(metric)) return `target ${q(metric.target)}, down from ${q(metric.baseline)}`;
  return metric.baseline === 0
    ? `of ${q(metric.target)}`
    : `target ${q(metric.target)}, up from ${q(metric.baseline)}`;
}

/** A finish date with its label, and how it compares with the due date. */
export interface Finish {
  label: string;
  text: string;
  note?: string;
}

/** When the goal finishes: reached on a date, expected on one (late or not), or not at this pace. */
export function finishOf(goal: Goal): Finish | null {
  const { progress, dueDate } = goal;
  const date = progress.projectedCompletionDate;
  if (progress.status === 'achieved' || progress.forecast === 'achieved')
    return date ? { label: 'Reached the target', text: formatDate(date) } : null;
  if (date === null) {
    return progress.observedPerWeek === null
      ? null
      : { label: 'Expected to finish', text: 'Not at this pace' };
  }
  const late = dueDate === null ? 0 : daysBetween(dueDate, date);
  const note = late > 0 ? `${late} ${late === 1 ? 'day' : 'days'} after the due date` : undefined;
  return { label: 'Expected to finish', text: formatDate(date), ...(note ? { note } : {}) };
}
