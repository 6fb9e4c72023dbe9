// The feed's events from mentoring: the sessions of the person's mentorships and the open action
// items assigned to her, read through the party rule as the mentoring pages read them.
import { ActionItemRepository } from '../mentoring/action-item.repository.ts';
import { personOf } from '../mentoring/mentoring.party.ts';
import { sideOf } from '../mentoring/mentorship.policy.ts';
import { otherName } from '../mentoring/mentorship.presenter.ts';
import { MentorshipRepository } from '../mentoring/mentorship.repository.ts';
import { SessionRepository } from '../mentoring/session.repository.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import { dayEvent, type FeedRequest } from './calendar.event.ts';
import type { CalendarEvent } from './ics.writer.ts';

/** How long a session with a time but no length is shown to last. */
const SESSION_MINUTES_DEFAULT = 60;

/**
 * Sessions of the mentorships she is a side of (not merely invited to), and her open action items
 * with a due date. A session with a time of day is a timed event; one without, an all-day event.
 */
export async function mentoringEvents(request: FeedRequest): Promise<CalendarEvent[]> {
  const { ctx, from } = request;
  const person = personOf(ctx.actor);
  const instance = ctx.access.instance;
  const mentorships = (await new MentorshipRepository(instance, person).list()).flatMap((m) => {
    const side = sideOf(m, person);
    return side === 'mentor' || side === 'mentee' ? [{ row: m, role: side }] : [];
  });
  if (mentorships.length === 0) return [];
  // The other side's name; a contact's is known to the one who made the mentorship with it.
  const contactIds = mentorships.flatMap(({ row }) =>
    row.creator_id === person.id && row.contact_id !== null ? [row.contact_id] : [],
  );
  const contactNames = await new ContactRepository(ctx.scope).namesOf(contactIds);
  const byId = new Map(mentorships.map((m) => [m.row.id, m]));
  const withName = (mentorshipId: string) => otherName(byId.get(mentorshipId)!.row, person, contactNames);

  const events: CalendarEvent[] = [];
  for (const s of await new SessionRepository(instance, person).datedFrom(from)) {
    if (!byId.has(s.mentorship_id)) continue;
    const name = withName(s.mentorship_id);
    const event = dayEvent(request, {
      uid: `mentoring-session-${s.id}`,
      summary: name ? `Mentoring session with ${name}` : 'Mentoring session',
      date: s.date,
      path: `/mentoring/${s.mentorship_id}`,
    });
    // At its hour when it has one, for as long as it lasted (an hour when not said).
    events.push(
      s.starts_at === null
        ? event
        : { ...event, when: { start: new Date(s.starts_at), minutes: s.minutes ?? SESSION_MINUTES_DEFAULT } },
    );
  }

  const assignedTo = mentorships.map(({ row, role }) => ({ mentorshipId: row.id, role }));
  const items = await new ActionItemRepository(instance, person).list({ assignedTo, open: true });
  for (const item of items) {
    if (item.due_on === null || item.due_on < from) continue;
    const name = withName(item.mentorship_id);
    events.push(
      dayEvent(request, {
        uid: `action-item-${item.id}-due`,
        summary: `Action item: ${item.title}`,
        date: item.due_on,
        path: `/mentoring/${item.mentorship_id}`,
        ...(name ? { note: `Mentorship with ${name}.` } : {}),
      }),
    );
  }
  return events;
}
