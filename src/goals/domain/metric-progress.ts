// Progress and forecast of a goal that carries a metric, against its target line.
import { addDays, compareDates, daysBetween } from './calendar.ts';
import { type FittedLine, fitLine, lineAt, lineReaches } from './fit.ts';
import { clean, roundHalfAwayFromZero } from './rounding.ts';
import { countedCheckIns, dailyValues, directionOf, hasReached } from './series.ts';
import type { GoalNode, Metric, Progress, ProgressStatus } from './types.ts';

/** Share of the way from baseline to target at which a lagging forecast still counts as at risk. */
const AT_RISK_SHARE = 0.8;
/** Forecasts past the last representable date answer "never" rather than an invalid date. */
const LAST_DATE = '9999-12-31';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Progress of a metric goal as of `asOf`, from its own check-ins and its matching descendants'. */
export function metricProgress(goal: GoalNode, metric: Metric, asOf: string): Progress {
  const { baseline, target } = metric;
  const span = target - baseline;
  directionOf(metric); // throws for target = baseline, which every ratio below would divide by
  // Day 1 is the start date; the baseline stands at day 0.
  const dayOf = (date: string) => daysBetween(goal.startDate, date) + 1;
  const days = dailyValues(metric, countedCheckIns(goal, metric, asOf));
  const current = clean(days.at(-1)?.value ?? baseline);
  const achievedOn = days.find((day) => hasReached(metric, day.value))?.date ?? null;
  const line = fitLine([[0, baseline], ...days.map((day) => [dayOf(day.date), day.value] as const)]);

  const due = goal.dueDate;
  // A due date before the start is invalid input; one day keeps the maths finite.
  const n = due === null ? null : Math.max(1, dayOf(due));
  const overdue = due !== null && compareDates(asOf, due) > 0;
  const expected = n === null ? null : baseline + span * clamp01(dayOf(asOf) / n);
  const projected = n === null || line === null ? null : clean(lineAt(line, n));

  const status = ((): ProgressStatus => {
    if (achievedOn !== null) return 'achieved';
    if (overdue) return 'missed';
    if (days.length === 0) return 'no_data';
    if (n === null) return 'unscheduled';
    if (projected === null) return 'off_track';
    if (hasReached(metric, projected)) return 'on_track';
    return clean((projected - baseline) / span) >= AT_RISK_SHARE ? 'at_risk' : 'off_track';
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
    requiredPerWeek:
      due === null || achievedOn !== null || overdue
        ? null
        : clean(((target - current) / Math.max(1, daysBetween(asOf, due))) * 7),
    observedPerWeek: line === null ? null : clean(line.slope * 7),
    status,
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
  if (reachedAt === null) return null;
  // clean() first: a line reaching the target on day 12 must not come out as day 12.000000001 → 13.
  const day = Math.ceil(clean(reachedAt));
  if (day - 1 > daysBetween(startDate, LAST_DATE)) return null;
  const date = addDays(startDate, day - 1);
  return compareDates(date, asOf) < 0 ? asOf : date;
}
