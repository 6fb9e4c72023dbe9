// Which goals logged time can feed, and what became of an entry's time: the goal select of the
// learning and practice forms, and the sentence after a save. The server's rule (check-in.feed.ts):
// a goal that adds up (sum) hours or minutes towards a higher target; entries dated before the
// goal starts are kept but check in nowhere.
import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { timeUnitOf } from '@shared/units.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

/** Why time cannot feed a goal with this metric, as the end of a sentence about the goal; null when it can. */
export function feedRefusalOf(metric: Goal['metric']): string | null {
  if (metric === null) return 'has no number to add time to';
  if (metric.aggregation !== 'sum') return 'takes each check-in as its new level';
  if (timeUnitOf(metric.unit) === null) return `counts ${metric.unit.trim()}, not time`;
  if (metric.target <= metric.baseline) return 'counts down to its target';
  return null;
}

export interface GoalChoices {
  /** Goals that can take logged time, by title. */
  options: Goal[];
  /** The others, each with why not. */
  left: { goal: Goal; reason: string }[];
}

/**
 * The goals a form offers, by title: those time can feed (or what `refusalOf` lets feed them), and
 * the one linked now (kept so that the form never drops it silently, whatever became of its
 * metric). The rest are left out, with why.
 */
export function goalChoices(
  goals: readonly Goal[],
  linkedId: string | null,
  refusalOf: (metric: Goal['metric']) => string | null = feedRefusalOf,
): GoalChoices {
  const byTitle = [...goals].sort((a, b) => a.title.localeCompare(b.title));
  const options: Goal[] = [];
  const left: GoalChoices['left'] = [];
  for (const goal of byTitle) {
    const reason = refusalOf(goal.metric);
    if (reason === null || goal.id === linkedId) options.push(goal);
    else left.push({ goal, reason });
  }
  return { options, left };
}

/** "Study 50 hours (paused)": a goal as the select names it. */
export function goalOptionLabel(goal: Goal): string {
  const state = goal.state === 'active' ? '' : goal.state === 'paused' ? ' (paused)' : ' (abandoned)';
  return `${goal.title}${state}`;
}

/**
 * The hint under the goal select: which goals are missing and why, up to three by name. Null when
 * every goal is offered.
 */
export function leftOutText(left: GoalChoices['left']): string | null {
  if (left.length === 0) return null;
  const named = left.slice(0, 3).map(({ goal, reason }) => `“${goal.title}” ${reason}`);
  const more = left.length > 3 ? `; and ${left.length - 3} more` : '';
  const count = left.length === 1 ? 'One goal is' : `${left.length} goals are`;
  return `${count} not listed: ${named.join('; ')}${more}.`;
}

/** What an entry's time did to its goal, as the entry and its goal stand after a save. */
export interface FedEntry {
  date: string;
  checkIn: { goalId: string; value: number } | null;
}

/**
 * The sentence after a save: "Checked in 1.5 hours on ‘Study 50 hours’.", or why not (the entry is
 * dated before the goal starts, or the goal no longer adds up time). Null without a goal.
 */
export function feedText(entry: FedEntry, goalId: string | null, goal: Goal | undefined): string | null {
  if (goalId === null) return null;
  if (entry.checkIn) {
    if (!goal?.metric) return 'Checked in on its goal.';
    return `Checked in ${formatQuantity(entry.checkIn.value, goal.metric.unit, 2)} on ‘${goal.title}’.`;
  }
  if (!goal) return 'Not checked in on its goal.';
  if (entry.date < goal.startDate) {
    return `Not checked in on ‘${goal.title}’: the entry is dated before the goal starts, on ${formatDate(goal.startDate)}.`;
  }
  const refusal = feedRefusalOf(goal.metric);
  return refusal ? `Not checked in on ‘${goal.title}’: it ${refusal}.` : `Not checked in on ‘${goal.title}’.`;
}
