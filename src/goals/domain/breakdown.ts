// Breaking a goal down into slices aligned to calendar half-years, quarters or months.
import { addDays, compareDates, daysBetween, periodEnd, periodIndex } from '../../../shared/calendar.ts';
import { MAX_SLICES } from '../../../shared/goals/goal.limits.ts';
import { clean, decimalsOf, formatQuantity, roundHalfAwayFromZero } from '../../../shared/numbers.ts';
import type { CalendarPeriod, GoalNode, Metric, SlicePlan } from './types.ts';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WORDING: Record<CalendarPeriod, { adjective: string; plural: string; longer: string }> = {
  half: { adjective: 'Half-yearly', plural: 'halves', longer: '' },
  quarter: { adjective: 'Quarterly', plural: 'quarters', longer: 'halves' },
  month: { adjective: 'Monthly', plural: 'months', longer: 'quarters or halves' },
};

const PERIODS_PER_YEAR: Record<CalendarPeriod, number> = { half: 2, quarter: 4, month: 12 };

/** How many calendar periods the dates from `start` to `due` touch (both valid, start ≤ due). */
export function periodCount(start: string, due: string, period: CalendarPeriod): number {
  const ordinal = (date: string) =>
    Number(date.slice(0, 4)) * PERIODS_PER_YEAR[period] + periodIndex(date, period);
  return ordinal(due) - ordinal(start) + 1;
}

/** Why a goal cannot be broken down, pointing at the input to change. */
export class BreakdownError extends Error {
  override readonly name = 'BreakdownError';
  readonly field: 'period' | 'dueDate';

  constructor(field: 'period' | 'dueDate', message: string) {
    super(message);
    this.field = field;
  }
}

/** Label of the calendar period containing `date`: "H1 2027", "Q2 2027" or "Mar 2027". */
export function periodLabel(period: CalendarPeriod, date: string): string {
  const index = periodIndex(date, period);
  const year = date.slice(0, 4);
  if (period === 'half') return `H${index} ${year}`;
  if (period === 'quarter') return `Q${index} ${year}`;
  return `${MONTH_NAMES[index - 1]} ${year}`;
}

/** Slices of a goal, one per calendar period from its start date to its due date; throws BreakdownError. */
export function planBreakdown(
  goal: Pick<GoalNode, 'title' | 'startDate' | 'dueDate' | 'metric'>,
  period: CalendarPeriod,
): SlicePlan[] {
  if (!Object.hasOwn(WORDING, period)) {
    throw new BreakdownError('period', 'Choose halves, quarters or months.');
  }
  if (goal.dueDate === null) {
    throw new BreakdownError(
      'dueDate',
      'Add a due date first: slices run from the start date to the due date.',
    );
  }
  if (compareDates(goal.dueDate, goal.startDate) < 0) {
    throw new BreakdownError('dueDate', 'The due date is before the start date; fix the dates first.');
  }
  const count = periodCount(goal.startDate, goal.dueDate, period);
  if (count > MAX_SLICES) {
    const longer = WORDING[period].longer;
    throw new BreakdownError(
      'period',
      `${WORDING[period].adjective} slices would make ${count.toLocaleString('en-US')} of them, more than the ${MAX_SLICES} a breakdown makes${longer ? `; try ${longer}` : ''}.`,
    );
  }
  const ranges = periodRanges(goal.startDate, goal.dueDate, period);
  const span = { startDate: goal.startDate, dueDate: goal.dueDate };
  const metrics = goal.metric === null ? null : sliceMetrics(goal.metric, span, ranges, period);
  return ranges.map((range, i) => ({
    title: `${goal.title} — ${periodLabel(period, range.startDate)}`,
    startDate: range.startDate,
    dueDate: range.dueDate,
    metric: metrics?.[i] ?? null,
  }));
}

export interface DateRange {
  startDate: string;
  dueDate: string;
}

/** Consecutive ranges cut at period boundaries, covering `start` to `due` inclusive. */
function periodRanges(start: string, due: string, period: CalendarPeriod): DateRange[] {
  const ranges: DateRange[] = [];
  for (let from = start; compareDates(from, due) <= 0; ) {
    const end = periodEnd(from, period);
    const to = compareDates(end, due) < 0 ? end : due;
    ranges.push({ startDate: from, dueDate: to });
    from = addDays(to, 1);
  }
  return ranges;
}

/**
 * New targets for a goal's existing slices, by the breakdown's rules for the slices' own dates
 * (`ranges`, in order, inside the goal's `span`), after the goal's baseline, target or dates
 * changed; throws BreakdownError when rounding would leave a slice without change or going backwards.
 */
export function resplitMetrics(metric: Metric, span: DateRange, ranges: readonly DateRange[]): Metric[] {
  return sliceMetrics(metric, span, ranges, (stalled) =>
    stalled
      ? 'New targets for these slices would round some to no change; keep the slices as they are.'
      : 'New targets for these slices would leave some going backwards; keep the slices as they are.',
  );
}

/**
 * Each slice's metric: shares of the total for `sum` (in proportion to its days of the goal's
 * `span`), steps along the target line for `last`. When the slices cover the span end to end, the
 * last takes the rest of a sum and ends on the target itself, so they add up to it exactly.
 */
function sliceMetrics(
  metric: Metric,
  span: DateRange,
  ranges: readonly DateRange[],
  explain: CalendarPeriod | ((stalled: boolean) => string),
): Metric[] {
  const { baseline, target } = metric;
  const total = target - baseline;
  // Numbers stored before the bounds existed may carry more than the 6 decimals input allows.
  const decimals = Math.min(6, decimalsOf(target));
  const dayOf = (date: string) => daysBetween(span.startDate, date) + 1;
  const n = Math.max(1, dayOf(span.dueDate));
  const round = (x: number) => roundHalfAwayFromZero(x, decimals);
  const lineAt = (x: number) => baseline + (total * x) / n;
  const covering = ranges.every(
    (range, i) => range.startDate === (i === 0 ? span.startDate : addDays(ranges[i - 1]!.dueDate, 1)),
  );

  let allocated = 0;
  const slices = ranges.map((range): Metric => {
    const endsGoal = range.dueDate === span.dueDate;
    if (metric.aggregation === 'sum') {
      const days = daysBetween(range.startDate, range.dueDate) + 1;
      const share = endsGoal && covering ? clean(total - allocated) : round((total * days) / n);
      allocated = clean(allocated + share);
      return { ...metric, baseline: 0, target: share };
    }
    return {
      ...metric,
      baseline: range.startDate === span.startDate ? baseline : round(lineAt(dayOf(range.startDate) - 1)),
      target: endsGoal ? target : round(lineAt(dayOf(range.dueDate))),
    };
  });

  if (slices.some((slice) => !Number.isFinite(slice.baseline) || !Number.isFinite(slice.target))) {
    throw new BreakdownError('period', 'The target is too large to split; keep it as one goal.');
  }
  const stalled = slices.some((slice) => slice.target === slice.baseline);
  const backwards = slices.some((slice) => Math.sign(slice.target - slice.baseline) === -Math.sign(total));
  if (stalled || backwards) {
    const message =
      typeof explain === 'function' ? explain(stalled) : tooSmallMessage(metric, explain, stalled);
    throw new BreakdownError('period', message);
  }
  return slices;
}

/** Explains why rounding spoils the slices and suggests a longer period. */
function tooSmallMessage(metric: Metric, period: CalendarPeriod, stalled: boolean): string {
  const { baseline, target, unit } = metric;
  const amount =
    metric.aggregation === 'sum'
      ? formatQuantity(target - baseline, unit, 9)
      : `a ${target > baseline ? 'rise' : 'drop'} from ${formatQuantity(baseline, '', 9)} to ${formatQuantity(target, unit, 9)}`;
  const { adjective, plural, longer } = WORDING[period];
  if (longer === '') {
    const subject = amount.charAt(0).toUpperCase() + amount.slice(1);
    return `${subject} is too small a target to split into halves; keep it as one goal.`;
  }
  const outcome = !stalled
    ? `leave some ${plural} going backwards`
    : metric.aggregation === 'sum'
      ? `round some ${plural} to 0`
      : `round some ${plural} to no change`;
  return `${adjective} slices of ${amount} would ${outcome}; try ${longer}.`;
}
