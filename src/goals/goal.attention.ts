import { formatDate } from '../../shared/calendar.ts';
import type { AttentionItem, Goal } from '../../shared/goals/goal.schema.ts';
import { daysBetween } from './domain/index.ts';

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
    reasons.push({ kind: 'missed', message: `Missed: it was due ${formatDate(goal.dueDate)}.` });
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

const ORDER: Record<AttentionKind, number> = { missed: 0, off_track: 1, at_risk: 2, quiet: 3 };
const worst = (reasons: readonly AttentionReason[]) => Math.min(...reasons.map((r) => ORDER[r.kind]));

/**
 * The goals that need attention today, worst first, each problem listed once: a goal below another
 * that needs attention too is named inside the top-most of them, not listed again on its own.
 */
export function attentionList(goals: readonly Goal[], today: string): AttentionItem[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const flagged = new Map<string, AttentionReason[]>();
  for (const goal of goals) {
    const reasons = attentionReasons(goal, today);
    if (reasons.length > 0) flagged.set(goal.id, reasons);
  }
  /** The top-most flagged goal above `goal`, if any (a walk that stops at a cycle). */
  const flaggedAbove = (goal: Goal): string | null => {
    let found: string | null = null;
    const seen = new Set([goal.id]);
    for (let up = goal.parentId ? byId.get(goal.parentId) : undefined; up && !seen.has(up.id); ) {
      seen.add(up.id);
      if (flagged.has(up.id)) found = up.id;
      up = up.parentId ? byId.get(up.parentId) : undefined;
    }
    return found;
  };
  const items = new Map<string, AttentionItem>();
  const inside: [string, Goal][] = [];
  for (const goal of goals) {
    const reasons = flagged.get(goal.id);
    if (!reasons) continue;
    const above = flaggedAbove(goal);
    if (above === null) items.set(goal.id, { goal, reasons, slices: [] });
    else inside.push([above, goal]);
  }
  for (const [above, goal] of inside) {
    items.get(above)!.slices.push({ id: goal.id, title: goal.title, reasons: flagged.get(goal.id)! });
  }
  const rank = (item: AttentionItem) =>
    Math.min(worst(item.reasons), ...item.slices.map((slice) => worst(slice.reasons)));
  for (const item of items.values()) item.slices.sort((a, b) => worst(a.reasons) - worst(b.reasons));
  return [...items.values()].sort((a, b) => rank(a) - rank(b) || a.goal.title.localeCompare(b.goal.title));
}
