// A shared goal in words, for the mentor's view: where it stands against its target, and each
// check-in as its amount (added, for a goal that sums) or its new level.
import type { CheckIn, Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { againstTarget } from '../../goals/components/detail/phrases.ts';
import { percentOf } from '../../goals/components/widgets/ProgressBar.tsx';

/** How many check-ins the shared view lists under a goal: the newest. */
export const RECENT_CHECK_INS = 5;

/**
 * "3 talks of 4 talks", "12 h, target 8 h, down from 16 h"; a goal without a number (a milestone or a
 * goal of slices), its share of the way: "40% of the way".
 */
export function standingText(goal: Pick<Goal, 'metric' | 'progress'>): string {
  const { metric, progress } = goal;
  if (!metric) return `${percentOf(progress.fraction)}% of the way`;
  const target = againstTarget(metric);
  // "of 4 talks" continues the number; "target 4 talks, up from 1 talk" is a clause of its own.
  return `${formatQuantity(progress.current ?? metric.baseline, metric.unit)}${target.startsWith('of ') ? ' ' : ', '}${target}`;
}

/** "+2 talks" for a goal that adds up, "3 levels" for one whose check-ins are its new level. */
export function checkInAmount(checkIn: Pick<CheckIn, 'value'>, metric: Goal['metric']): string {
  if (!metric) return formatQuantity(checkIn.value, '');
  const amount = formatQuantity(checkIn.value, metric.unit, 2);
  return metric.aggregation === 'sum' && checkIn.value >= 0 ? `+${amount}` : amount;
}

/** The newest check-ins, as many as the view lists (they come newest first). */
export const recentCheckIns = <C>(checkIns: readonly C[]): readonly C[] =>
  checkIns.slice(0, RECENT_CHECK_INS);
