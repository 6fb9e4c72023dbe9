import type {
  CreateSessionBody,
  MentoringSession,
  MentorshipRole,
  UpdateSessionBody,
} from '../../shared/mentoring/mentorship.schema.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import { InteractionService } from '../network/interaction.service.ts';
import { checkNotFuture } from '../network/network.checks.ts';
import type { InstanceScope, OwnerScope } from '../platform/access/access.ts';
import { forbidden, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { instantAt, wallClock } from '../platform/zoned-time.ts';
import { type Person, personOf } from './mentoring.party.ts';
import { otherRole, partyRole, requireActive } from './mentorship.policy.ts';
import { MentorshipRepository, type MentorshipRow } from './mentorship.repository.ts';
import { mentorshipLock } from './mentorship.service.ts';
import { SessionRepository, type SessionRow } from './session.repository.ts';

/** The interaction a session logs with the author's contact, so its keep-in-touch clock starts again. */
const INTERACTION = { kind: 'meeting', notes: 'Mentoring session' } as const;

/** A session as the person asking sees it: private notes are the author's alone. */
const present = (row: SessionRow, person: Person): MentoringSession => ({
  id: row.id,
  mentorshipId: row.mentorship_id,
  date: row.date,
  agenda: row.agenda,
  notes: row.notes,
  privateNotes: row.author_id === person.id ? row.private_notes : null,
  startsAt: row.starts_at,
  minutes: row.minutes,
  byMe: row.author_id === person.id,
  authorName: row.author_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Minutes after midnight of a time of day written HH:MM. */
const minuteOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The time of day (HH:MM) an instant reads in `timeZone`. */
function timeOfDayIn(instant: string, timeZone: string): string {
  const minute = Math.floor((wallClock(Date.parse(instant), timeZone) % 86_400_000) / 60_000);
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** When a session on `date` at `time` (in the author's zone) began; null for a day without a time. */
const startsAt = (date: string, time: string | null, timeZone: string): string | null =>
  time === null ? null : instantAt(date, minuteOfDay(time), timeZone).toISOString();

/**
 * The author's contact for the other side: the mentorship's own contact (only its creator writes
 * in one), else the first of her contacts with the other side's account e-mail; null for none.
 */
async function contactFor(row: MentorshipRow, role: MentorshipRole, scope: OwnerScope) {
  if (row.contact_id !== null) return row.contact_id;
  const email = otherRole(role) === 'mentor' ? row.mentor_email : row.mentee_email;
  if (email === null) return null;
  return (await new ContactRepository(scope).withEmail(email))[0]?.id ?? null;
}

/**
 * Sessions of a mentorship: both sides see them and add them, each changes only her own. A session
 * is a meeting with the author's contact for the other side, when she has one: it logs an
 * interaction with it (through the network's service, in the same transaction), moved and deleted
 * with the session.
 */
export class SessionService {
  private readonly person: Person;
  private readonly mentorships: MentorshipRepository;

  constructor(private readonly ctx: RequestContext) {
    this.person = personOf(ctx.actor);
    this.mentorships = new MentorshipRepository(ctx.access.instance, this.person);
  }

  /** A mentorship's sessions, newest first, in any state: its history stays readable. */
  async list(mentorshipId: string): Promise<MentoringSession[]> {
    partyRole(await this.mentorships.find(mentorshipId), this.person);
    const rows = await new SessionRepository(this.ctx.access.instance, this.person).list(mentorshipId);
    return rows.map((r) => present(r, this.person));
  }

  async create(mentorshipId: string, body: CreateSessionBody): Promise<MentoringSession> {
    return this.mentorships.serialized(mentorshipLock(mentorshipId), async (repo, instance) => {
      const mentorship = await repo.find(mentorshipId);
      const role = partyRole(mentorship, this.person);
      requireActive(mentorship!);
      checkNotFuture(this.ctx, body.date, 'date');
      const interactions = this.interactions(instance);
      const contactId = await contactFor(mentorship!, role, instance.scopeOf(this.person.id));
      const interaction =
        contactId === null
          ? null
          : await interactions.create({ date: body.date, contactIds: [contactId], ...INTERACTION });
      const now = this.ctx.now().toISOString();
      const id = newId();
      const sessions = new SessionRepository(instance, this.person);
      await sessions.insert({
        id,
        mentorship_id: mentorshipId,
        author_id: this.person.id,
        date: body.date,
        agenda: body.agenda ?? null,
        notes: body.notes ?? null,
        private_notes: body.privateNotes ?? null,
        starts_at: startsAt(body.date, body.time ?? null, this.ctx.timeZone),
        minutes: body.minutes ?? null,
        interaction_id: interaction?.id ?? null,
        created_at: now,
        updated_at: now,
      });
      return present((await sessions.find(id))!, this.person);
    });
  }

  /**
   * Changes a session its author wrote; a new date moves the interaction it logged. A new date
   * keeps the time of day it had (as the author's zone reads it now).
   */
  async update(id: string, body: UpdateSessionBody): Promise<MentoringSession> {
    return this.write(id, async (session, instance) => {
      const zone = this.ctx.timeZone;
      const time =
        body.time !== undefined ? body.time : session.starts_at && timeOfDayIn(session.starts_at, zone);
      const moved = body.date !== undefined || body.time !== undefined;
      if (body.date !== undefined) checkNotFuture(this.ctx, body.date, 'date');
      if (body.date !== undefined && body.date !== session.date && session.interaction_id !== null)
        await this.interactions(instance).update(session.interaction_id, { date: body.date });
      const sessions = new SessionRepository(instance, this.person);
      await sessions.update(id, {
        ...(body.date !== undefined && { date: body.date }),
        ...(body.agenda !== undefined && { agenda: body.agenda }),
        ...(body.notes !== undefined && { notes: body.notes }),
        ...(body.privateNotes !== undefined && { private_notes: body.privateNotes }),
        ...(moved && { starts_at: startsAt(body.date ?? session.date, time, zone) }),
        ...(body.minutes !== undefined && { minutes: body.minutes }),
        updated_at: this.ctx.now().toISOString(),
      });
      return present((await sessions.find(id))!, this.person);
    });
  }

  /** Deletes a session its author wrote, and the interaction it logged. */
  async remove(id: string): Promise<void> {
    await this.write(id, async (session, instance) => {
      if (session.interaction_id !== null) await this.interactions(instance).remove(session.interaction_id);
      await new SessionRepository(instance, this.person).delete(id);
    });
  }

  /**
   * Runs `fn` on a session, under its mentorship's lock: 404 unless the person is a side of its
   * mentorship, 409 unless that is active, 403 unless she wrote the session.
   */
  private async write<R>(id: string, fn: (session: SessionRow, instance: InstanceScope) => Promise<R>) {
    const found = await new SessionRepository(this.ctx.access.instance, this.person).find(id);
    if (!found) throw notFound('session');
    return this.mentorships.serialized(mentorshipLock(found.mentorship_id), async (repo, instance) => {
      const session = await new SessionRepository(instance, this.person).find(id);
      const mentorship = session && (await repo.find(session.mentorship_id));
      if (!session || !mentorship) throw notFound('session');
      partyRole(mentorship, this.person);
      requireActive(mentorship);
      if (session.author_id !== this.person.id)
        throw forbidden('Only the one who recorded a session may change or delete it.');
      return fn(session, instance);
    });
  }

  /** The network's interactions, written in the transaction of `instance`. */
  private interactions(instance: InstanceScope): InteractionService {
    return new InteractionService({ ...this.ctx, scope: instance.scopeOf(this.person.id) });
  }
}
