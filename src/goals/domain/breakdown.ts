// Breaking a goal down into slices aligned to calendar half-years, quarters or months.
import { addDays, compareDates, daysBetween, periodEnd, periodIndex } from './calendar.ts';
import { clean, decimalsOf, formatQuantity, roundHalfAwayFromZero } from './rounding.ts';
import type { CalendarPeriod, GoalNode, Metric, SlicePlan } from './types.ts';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WORDING: Record<CalendarPeriod, { adjective: string; plural: string; longer: string }> = {
  half: { adjective: 'Half-yearly', plural: 'halves', longer: '' },
  quarter: { adjective: 'Quarterly', plural: 'quarters', longer: 'halves' },
  month: { adjective: 'Monthly', plural: 'months', longer: 'quarters or halves' },
};

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
  const ranges = periodRanges(goal.startDate, goal.dueDate, period);
  const metrics = goal.metric === null ? null : sliceMetrics(goal.metric, ranges, goal.startDate, period);
  return ranges.map((range, i) => ({
    title: `${goal.title} — ${periodLabel(period, range.startDate)}`,
    startDate: range.startDate,
    dueDate: range.dueDate,
    metric: metrics?.[i] ?? null,
  }));
}

interface DateRange {
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

/** Each slice's metric: shares of the total for `sum`, steps along the target line for `last`. */
function sliceMetrics(
  metric: Metric,
  ranges: DateRange[],
  startDate: string,
  period: CalendarPeriod,
): Metric[] {
  const { baseline, target } = metric;
  const total = target - baseline;
  const decimals = decimalsOf(target);
  const last = ranges.at(-1);
  const dayOf = (date: string) => daysBetween(startDate, date) + 1;
  const n = last === undefined ? 1 : dayOf(last.dueDate);
  const round = (x: number) => roundHalfAwayFromZero(x, decimals);

  let allocated = 0;
  const slices = ranges.map((range, i): Metric => {
    const isLast = i === ranges.length - 1;
    if (metric.aggregation === 'sum') {
      const days = daysBetween(range.startDate, range.dueDate) + 1;
      // The last slice takes the remainder, so the slices add up to the total exactly.
      const share = isLast ? clean(total - allocated) : round((total * days) / n);
      allocated = clean(allocated + share);
      return { ...metric, baseline: 0, target: share };
    }
    const lineAt = (x: number) => baseline + (total * x) / n;
    return {
      ...metric,
      baseline: i === 0 ? baseline : round(lineAt(dayOf(range.startDate) - 1)),
      target: isLast ? target : round(lineAt(dayOf(range.dueDate))),
    };
  });

  const stalled = slices.some((slice) => slice.target === slice.baseline);
  const backwards = slices.some((slice) => Math.sign(slice.target - slice.baseline) === -Math.sign(total));
  if (stalled || backwards) throw new BreakdownError('period', tooSmallMessage(metric, period, stalled));
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
