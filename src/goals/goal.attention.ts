import { daysBetween } from './domain/index.ts';
import type { Goal } from './goal.schema.ts';

export const QUIET_DAYS = 14;
/** A missed goal stays on the list this long after its due date, then it is history. */
export const MISSED_SHOWN_DAYS = 30;

export type AttentionKind = 'off_track' | 'at_risk' | 'missed' | 'quiet';

export interface AttentionReason {
  kind: AttentionKind;
  message: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Why an active goal needs attention today: off track, at risk, recently missed, or no check-in
 * for two weeks. Paused and abandoned goals never do; neither do achieved ones.
 */
export function attentionReasons(goal: Goal, today: string): AttentionReason[] {
  if (goal.state !== 'active' || goal.progress.status === 'achieved') return [];
  const reasons: AttentionReason[] = [];
  const { status, scheduleDeltaDays } = goal.progress;
  const behind =
    scheduleDeltaDays !== null && scheduleDeltaDays < 0
      ? ` (${plural(-scheduleDeltaDays, 'day')} behind)`
      : '';
  if (status === 'off_track')
    reasons.push({ kind: 'off_track', message: `Off track: the forecast falls well short${behind}.` });
  if (status === 'at_risk')
    reasons.push({ kind: 'at_risk', message: `At risk: the forecast falls a little short${behind}.` });
  if (status === 'missed' && goal.dueDate !== null && daysBetween(goal.dueDate, today) <= MISSED_SHOWN_DAYS) {
    reasons.push({ kind: 'missed', message: `Missed: it was due ${goal.dueDate}.` });
  }
  const measuredHere = goal.metric !== null;
  const started = goal.startDate <= today && (goal.dueDate === null || goal.dueDate >= today);
  if (measuredHere && started) {
    const since = goal.lastCheckInOn ?? goal.startDate;
    const quiet = daysBetween(since, today);
    if (quiet >= QUIET_DAYS) {
      reasons.push({
        kind: 'quiet',
        message: goal.lastCheckInOn
          ? `No check-in for ${plural(quiet, 'day')}.`
          : `No check-in yet, ${plural(quiet, 'day')} after the start.`,
      });
    }
  }
  return reasons;
}
