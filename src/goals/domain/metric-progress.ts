// Progress and forecast of a goal that carries a metric, against its target line.
import { addDays, compareDates, daysBetween } from '../../../shared/calendar.ts';
import { clean, roundHalfAwayFromZero } from '../../../shared/numbers.ts';
import { type FittedLine, fitLine, lineAt, lineReaches } from './fit.ts';
import { countedCheckIns, type DailyValue, dailyValues, directionOf, hasReached } from './series.ts';
import type { CheckInPoint, Forecast, GoalNode, Metric, Progress, ProgressStatus } from './types.ts';

/** Share of the way from baseline to target at which a lagging forecast still counts as at risk. */
const AT_RISK_SHARE = 0.8;
/** The most days of check-ins a forecast needs between its first point and its last. */
const EVIDENCE_DAYS = 14;
/** Forecasts past the last representable date answer "never" rather than an invalid date. */
const LAST_DATE = '9999-12-31';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A metric goal measured: its value per date, the line fitted through them, and its length in days. */
export interface Measurement {
  /** Day number of a date: the start date is day 1, the baseline stands at day 0. */
  dayOf(date: string): number;
  days: DailyValue[];
  /** The line fitted through the baseline and the goal's points; null until there is evidence enough. */
  line: FittedLine | null;
  /** The due date's day number (at least 1), or null without a due date. */
  n: number | null;
}

/**
 * The days a forecast's points must span, for a goal `n` days long (null: no due date): a tenth
 * of the goal, at most two weeks (two weeks without a due date).
 */
export const evidenceDays = (n: number | null): number =>
  n === null ? EVIDENCE_DAYS : Math.min(EVIDENCE_DAYS, Math.ceil(n / 10));

/**
 * Measures a metric goal from its counted check-ins as of `asOf`: what its progress and its chart
 * both read. The line is fitted through the baseline (day 0) and one point per date, and, for a
 * sum, the total again at `asOf` (it is known to stand still after the last check-in). It is
 * fitted only with evidence enough: two points besides the baseline, spanning `evidenceDays`.
 */
export function measure(
  goal: GoalNode,
  metric: Metric,
  asOf: string,
  counted: readonly CheckInPoint[],
): Measurement {
  const dayOf = (date: string) => daysBetween(goal.startDate, date) + 1;
  const days = dailyValues(metric, counted);
  const points = days.map((day) => [dayOf(day.date), day.value] as const);
  const last = days.at(-1);
  if (metric.aggregation === 'sum' && last && asOf > last.date) points.push([dayOf(asOf), last.value]);
  // A due date before the start is invalid input; one day keeps the maths finite.
  const n = goal.dueDate === null ? null : Math.max(1, dayOf(goal.dueDate));
  const enough = points.length >= 2 && points.at(-1)![0] - points[0]![0] >= evidenceDays(n);
  const line = enough ? fitLine([[0, metric.baseline], ...points]) : null;
  return { dayOf, days, line, n };
}

/** Progress of a metric goal as of `asOf`, from its own check-ins and its matching descendants'. */
export function metricProgress(
  goal: GoalNode,
  metric: Metric,
  asOf: string,
  counted: readonly CheckInPoint[] = countedCheckIns(goal, metric, asOf),
): Progress {
  const { baseline, target } = metric;
  const span = target - baseline;
  // Every ratio below divides by the span: a stored metric without one (target = baseline, or
  // numbers too large to subtract) measures nothing, rather than failing the whole answer.
  if (span === 0 || !Number.isFinite(span)) return withoutMetric(asOf, 0, 'no_data', 'no_data');
  const { dayOf, days, line, n } = measure(goal, metric, asOf, counted);
  const current = clean(days.at(-1)?.value ?? baseline);
  const achievedOn = days.find((day) => hasReached(metric, day.value))?.date ?? null;
  const forecast: Forecast =
    achievedOn !== null ? 'achieved' : days.length === 0 ? 'no_data' : line === null ? 'too_early' : 'made';

  const due = goal.dueDate;
  const overdue = due !== null && compareDates(asOf, due) > 0;
  const expected = n === null ? null : baseline + span * clamp01(dayOf(asOf) / n);
  const projected = n === null || line === null ? null : clean(lineAt(line, n));

  const status = ((): ProgressStatus => {
    if (achievedOn !== null) return 'achieved';
    if (overdue) return 'missed';
    if (days.length === 0) return 'no_data';
    if (n === null || expected === null) return 'unscheduled';
    // Too early to forecast: where the goal stands against the target line today says it instead.
    const judged = projected ?? current;
    const against = projected === null ? expected : target;
    if (directionOf(metric) * clean(judged - against) >= 0) return 'on_track';
    // Nothing expected yet (the target line still at the baseline), and on the wrong side of it.
    if (clean(against - baseline) === 0) return 'off_track';
    const share = clean((judged - baseline) / (against - baseline));
    return share >= AT_RISK_SHARE ? 'at_risk' : 'off_track';
  })();

  return {
    asOf,
    current,
    expected: expected === null ? null : clean(expected),
    projected,
    projectedCompletionDate: achievedOn ?? forecastCompletion(line, metric, goal.startDate, asOf),
    fraction: clean(clamp01((current - baseline) / span)),
    scheduleDeltaDays:
      n === null || expected === null
        ? null
        : roundHalfAwayFromZero(clean((current - expected) / (span / n)), 0),
    requiredPerWeek: achievedOn !== null ? null : paceNeeded(metric, current, asOf, due),
    observedPerWeek: line === null ? null : clean(line.slope * 7),
    status,
    forecast,
  };
}

/**
 * The pace per week that takes `current` to the target by the due date, from `asOf`; null without
 * a due date or once it has passed. The goal page and the SMART review both read this one.
 */
export function paceNeeded(metric: Metric, current: number, asOf: string, due: string | null): number | null {
  if (due === null || compareDates(asOf, due) > 0) return null;
  return clean(((metric.target - current) / Math.max(1, daysBetween(asOf, due))) * 7);
}

/** A Progress with every metric-only field left null: a milestone's, a parent's, or an unmeasurable metric's. */
export function withoutMetric(
  asOf: string,
  fraction: number,
  status: ProgressStatus,
  forecast: Forecast | null = null,
): Progress {
  return {
    asOf,
    current: null,
    expected: null,
    projected: null,
    projectedCompletionDate: null,
    fraction,
    scheduleDeltaDays: null,
    requiredPerWeek: null,
    observedPerWeek: null,
    status,
    forecast,
  };
}

/** First date on or after `asOf` on which the fitted line reaches the target; null if it never will. */
function forecastCompletion(
  line: FittedLine | null,
  metric: Metric,
  startDate: string,
  asOf: string,
): string | null {
  if (line === null) return null;
  const slope = clean(line.slope);
  if (slope === 0 || Math.sign(slope) !== directionOf(metric)) return null;
  const reachedAt = lineReaches(line, metric.target);
  if (reachedAt === null || !Number.isFinite(reachedAt)) return null;
  // clean() first: a line reaching the target on day 12 must not come out as day 12.000000001 → 13.
  const day = Math.ceil(clean(reachedAt));
  if (day - 1 > daysBetween(startDate, LAST_DATE)) return null;
  const date = addDays(startDate, day - 1);
  return compareDates(date, asOf) < 0 ? asOf : date;
}
