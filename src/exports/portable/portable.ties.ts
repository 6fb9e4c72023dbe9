// The person's side of her ties with other people, to read in the full export: mentorships (with
// their sessions and action items) and the feedback she asked for. Read through the mentoring and
// feedback services, so the party rule and the presenters decide what she sees (another author's
// private notes never, the other side's e-mail only where the app shows it).
import type { PortableRecord } from '../../../shared/exports/portable.schema.ts';
import { FeedbackService } from '../../feedback/feedback.service.ts';
import { ActionItemService } from '../../mentoring/action-item.service.ts';
import { MentorshipService } from '../../mentoring/mentorship.service.ts';
import { SessionService } from '../../mentoring/session.service.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { byId } from './portable.records.ts';

/**
 * Her mentorships, oldest first. Sessions and items are read per mentorship (the services answer
 * one mentorship at a time, under the party rule); a person has a handful, not thousands.
 */
export async function mentorshipRecords(ctx: RequestContext): Promise<PortableRecord<'mentorships'>[]> {
  const mentorships = (await new MentorshipService(ctx).list({})).sort(byId);
  const sessions = new SessionService(ctx);
  const items = new ActionItemService(ctx);
  return Promise.all(
    mentorships.map(async (m) => {
      const other = m.myRole === 'mentor' ? m.mentee : m.mentor;
      const [sessionList, itemList] = await Promise.all([sessions.list(m.id), items.list(m.id)]);
      return {
        id: m.id,
        myRole: m.myRole,
        withName: other.name ?? other.email,
        state: m.state,
        focus: m.focus,
        startedOn: m.startedOn,
        endedOn: m.endedOn,
        sessions: sessionList.sort(byId).map((s) => ({
          date: s.date,
          agenda: s.agenda,
          notes: s.notes,
          privateNotes: s.privateNotes,
          byMe: s.byMe,
        })),
        actionItems: itemList.sort(byId).map((a) => ({
          title: a.title,
          dueOn: a.dueOn,
          assignee: a.assignee,
          doneOn: a.doneOn,
        })),
        createdAt: m.createdAt,
      };
    }),
  );
}

/** The feedback she asked for, oldest first, with its questions and any answers. */
export async function feedbackRecords(ctx: RequestContext): Promise<PortableRecord<'feedbackRequests'>[]> {
  const requests = (await new FeedbackService(ctx).list(undefined)).sort(byId);
  return requests.map((r) => ({
    id: r.id,
    state: r.state,
    toName: r.to.name ?? r.to.email,
    about: { kind: r.about.kind, label: r.about.label },
    questions: r.questions,
    answers: r.answers,
    level: r.level,
    expiresOn: r.expiresOn,
    answeredAt: r.answeredAt,
    createdAt: r.createdAt,
  }));
}
