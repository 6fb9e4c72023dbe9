// What a person's weekly digest says, read through the capabilities that own it, as of the
// request context's today. Each list is the one its own page shows.
import { addDays } from '../../shared/calendar.ts';
import { ContentRepository } from '../content/content.repository.ts';
import { GoalService } from '../goals/goal.service.ts';
import { LearningRepository } from '../learning/learning.repository.ts';
import { LearningService } from '../learning/learning.service.ts';
import { ActionItemService } from '../mentoring/action-item.service.ts';
import { InteractionRepository } from '../network/interaction.repository.ts';
import { NetworkService } from '../network/network.service.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { PracticeRepository } from '../practice/practice.repository.ts';
import type { DigestContent } from './domain/digest.render.ts';

/** Credentials are mentioned this many days before their last valid day. */
export const EXPIRING_WITHIN_DAYS = 30;

const total = <T>(rows: readonly T[], of: (row: T) => number): number =>
  rows.reduce((sum, row) => sum + of(row), 0);

/** The digest of the week beginning on Monday `week`, for the person of `ctx`. */
export async function gatherDigest(ctx: RequestContext, week: string): Promise<DigestContent> {
  const scope = ctx.scope;
  const from = addDays(week, -7);
  const to = addDays(week, -1);
  const attention = await new GoalService(ctx).attention();
  const network = await new NetworkService(ctx).due();
  const items = await new ActionItemService(ctx).mine({ open: 'true' });
  const credentials = await new LearningService(ctx).expiring(EXPIRING_WITHIN_DAYS);
  return {
    name: ctx.actor.name,
    week,
    attention: attention.map((a) => ({
      goalId: a.goal.id,
      title: a.goal.title,
      reasons: a.reasons.map((r) => r.message),
    })),
    // Those losing touch are the most overdue of all: first.
    contactsDue: [...network.losingTouch, ...network.due].map((d) => ({
      contactId: d.contactId,
      name: d.name,
      daysOverdue: d.daysOverdue,
    })),
    actionItems: items.map((i) => ({
      mentorshipId: i.mentorshipId,
      title: i.title,
      dueOn: i.dueOn,
      withName: i.withName,
    })),
    // Expired ones are on the learning page; the digest looks ahead.
    credentials: credentials
      .filter((c) => !c.expired)
      .map((c) => ({
        activityId: c.activityId,
        title: c.title,
        expiresOn: c.credential.expiresOn!,
        daysLeft: c.daysLeft,
      })),
    // The per-day counts a period report reads, added up over the week.
    lastWeek: {
      learningMinutes: total(await new LearningRepository(scope).minutesByDate(from, to), (d) => d.minutes),
      practiceMinutes: total(await new PracticeRepository(scope).minutesByDate(from, to), (d) => d.minutes),
      contentDone: total(await new ContentRepository(scope).doneByDate(from, to), (d) => d.done),
      interactions: total(await new InteractionRepository(scope).countByDate(from, to), (d) => d.count),
    },
  };
}
