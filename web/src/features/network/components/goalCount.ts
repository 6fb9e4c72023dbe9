// Which goals an interaction can count towards, and what became of its count. The server's rule
// (check-in.feed.ts, countRefusal): a goal that adds up (sum) towards a higher target, in any unit;
// an interaction dated before the goal starts is kept but counts nowhere.
import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatNumber } from '@shared/numbers.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

/** Why an interaction cannot count on a goal with this metric, as the end of a sentence about the goal; null when it can. */
export function countRefusalOf(metric: Goal['metric']): string | null {
  if (metric === null) return 'has no number to count on';
  if (metric.aggregation !== 'sum') return 'takes each check-in as its new level';
  if (metric.target <= metric.baseline) return 'counts down to its target';
  return null;
}

/** What an interaction did to its goal, as the interaction and its goal stand now. */
export interface CountedInteraction {
  date: string;
  goalId: string | null;
  checkIn: { value: number } | null;
}

/**
 * The line about its goal: "Counted 1 on ‘Meet 24 people’.", or why not (dated before the goal
 * starts, or the goal no longer adds up). Null without a goal.
 */
export function countText(interaction: CountedInteraction, goal: Goal | undefined): string | null {
  if (interaction.goalId === null) return null;
  if (interaction.checkIn) {
    const value = formatNumber(interaction.checkIn.value, 6);
    return goal ? `Counted ${value} on ‘${goal.title}’.` : `Counted ${value} on its goal.`;
  }
  if (!goal) return 'Not counted on its goal.';
  if (interaction.date < goal.startDate) {
    return `Not counted on ‘${goal.title}’: it is dated before the goal starts, on ${formatDate(goal.startDate)}.`;
  }
  const refusal = countRefusalOf(goal.metric);
  return refusal ? `Not counted on ‘${goal.title}’: it ${refusal}.` : `Not counted on ‘${goal.title}’.`;
}
