// The feed's events from goals, learning and the network, each read by its capability's own
// repository with the feed's first day in the query.
import { CONTACT_ROLES, type ContactRole } from '../../shared/network/contact.schema.ts';
import { GoalRepository } from '../goals/goal.repository.ts';
import { LearningRepository } from '../learning/learning.repository.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import { listOf } from '../network/contact.rows.ts';
import { cadenceOf, nextContactOn } from '../network/domain/cadence.ts';
import { InteractionRepository } from '../network/interaction.repository.ts';
import { NetworkSettingsRepository } from '../network/network-settings.repository.ts';
import { dayEvent, type FeedRequest } from './calendar.event.ts';
import type { CalendarEvent } from './ics.writer.ts';

/** Due dates of goals and slices, abandoned ones left out. */
export async function goalEvents(request: FeedRequest): Promise<CalendarEvent[]> {
  const goals = await new GoalRepository(request.ctx.scope).dueFrom(request.from);
  return goals.map((g) =>
    dayEvent(request, {
      uid: `goal-${g.id}-due`,
      summary: `Due: ${g.title}`,
      date: g.due_date!,
      path: `/goals/${g.id}`,
    }),
  );
}

/** The last valid day of each credential that expires. */
export async function credentialEvents(request: FeedRequest): Promise<CalendarEvent[]> {
  const activities = await new LearningRepository(request.ctx.scope).expiringFrom(request.from);
  return activities.map((a) =>
    dayEvent(request, {
      uid: `learning-${a.id}-expires`,
      summary: `Credential expires: ${a.title}`,
      date: a.credential_expires_on!,
      path: `/learning/${a.id}`,
    }),
  );
}

/**
 * Follow-ups not yet done, and the day each contact with a cadence is next due: the last
 * interaction up to today (or the day added) plus the cadence, as the due list works it out.
 */
export async function networkEvents(request: FeedRequest): Promise<CalendarEvent[]> {
  const { ctx, from } = request;
  const interactions = new InteractionRepository(ctx.scope);
  const followUps = await interactions.openFollowUpsFrom(from);
  const contactsOf = await interactions.contactsOf(followUps.map((f) => f.id));
  const events = followUps.map((f) => {
    const contacts = contactsOf.get(f.id) ?? [];
    const first = contacts[0];
    return dayEvent(request, {
      uid: `interaction-${f.id}-follow-up`,
      summary: contacts.length ? `Follow up with ${contacts.map((c) => c.name).join(', ')}` : 'Follow up',
      date: f.follow_up_on!,
      path: first ? `/network/contacts/${first.id}` : '/network',
    });
  });

  const byRole = await new NetworkSettingsRepository(ctx.scope).cadenceByRole();
  const withDefault = CONTACT_ROLES.filter((role) => byRole[role] !== undefined);
  for (const c of await new ContactRepository(ctx.scope).withClock(withDefault, ctx.today())) {
    const cadence = cadenceOf(
      { keepInTouchDays: c.keep_in_touch_days, roles: listOf<ContactRole>(c.roles) },
      byRole,
    );
    const next = nextContactOn(c.last_contacted_on, c.added_on, cadence);
    if (next === null || next < from) continue;
    events.push(
      dayEvent(request, {
        uid: `contact-${c.id}-keep-in-touch`,
        summary: `Keep in touch with ${c.name}`,
        date: next,
        path: `/network/contacts/${c.id}`,
      }),
    );
  }
  return events;
}
