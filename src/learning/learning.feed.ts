// How a learning activity's time log feeds its goal: one check-in per entry (see goals' check-in.feed.ts).
import { CheckInFeed } from '../goals/check-in.feed.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import type { ActivityRow, LogRow } from './learning.repository.ts';

/** The feed of learning log entries, in the transaction of `scope`. */
export const learningFeed = (ctx: RequestContext, scope: OwnerScope): CheckInFeed =>
  new CheckInFeed(scope, 'learning', ctx.now);

/** A log entry as its goal check-in reflects it: the activity's goal, the entry's time and note. */
export function feedEntry(activity: Pick<ActivityRow, 'goal_id' | 'title'>, entry: LogRow) {
  return {
    id: entry.id,
    goalId: activity.goal_id,
    date: entry.date,
    minutes: entry.minutes,
    note: `Learning: ${activity.title}${entry.note ? ` — ${entry.note}` : ''}`,
  };
}
