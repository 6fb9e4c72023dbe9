import type { Insertable, Selectable, Updateable } from 'kysely';
import type { MentorshipState } from '../../shared/mentoring/mentorship.schema.ts';
import type { InstanceScope } from '../platform/access/access.ts';
import { type Person, partyMentorships } from './mentoring.party.ts';
import type { MentorshipTable } from './mentoring.table.ts';

/** A mentorship as stored, with the names and e-mails of the accounts on each side and its last session. */
export type MentorshipRow = Omit<Selectable<MentorshipTable>, 'contact_owner_id'> & {
  mentor_name: string | null;
  mentor_email: string | null;
  mentee_name: string | null;
  mentee_email: string | null;
  last_session_on: string | null;
};
export type NewMentorshipRow = Omit<Insertable<MentorshipTable>, 'contact_owner_id'>;
export type MentorshipChanges = Omit<
  Updateable<MentorshipTable>,
  'id' | 'creator_id' | 'invited_email' | 'contact_id' | 'created_at'
>;

export interface MentorshipFilter {
  state?: MentorshipState | undefined;
}

/** All SQL of mentorships, through the party rule of the person asking. */
export class MentorshipRepository {
  constructor(
    private readonly instance: InstanceScope,
    private readonly person: Person,
  ) {}

  /** Runs `fn` with a repository in one transaction that holds the lock named `key`. */
  serialized<R>(key: string, fn: (repo: MentorshipRepository, instance: InstanceScope) => Promise<R>) {
    return this.instance.serialized(key, (instance) =>
      fn(new MentorshipRepository(instance, this.person), instance),
    );
  }

  /** The person's mentorships (and invitations to her), newest first. */
  list(filter: MentorshipFilter = {}): Promise<MentorshipRow[]> {
    let q = this.rows();
    if (filter.state) q = q.where('m.state', '=', filter.state);
    return q.orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').execute();
  }

  find(id: string): Promise<MentorshipRow | undefined> {
    return this.rows().where('m.id', '=', id).executeTakeFirst();
  }

  /** Her mentorships waiting for an answer or under way: those another one may not duplicate. */
  open(): Promise<MentorshipRow[]> {
    return this.rows().where('m.state', 'in', ['invited', 'active']).execute();
  }

  /** Whether she is, today, the mentor of `menteeId` in an active mentorship, and what it shares. */
  async activeAsMentorOf(menteeId: string): Promise<{ share_skills: number }[]> {
    return partyMentorships(this.instance.db, this.person)
      .select('m.share_skills')
      .where('m.state', '=', 'active')
      .where('m.mentor_id', '=', this.person.id)
      .where('m.mentee_id', '=', menteeId)
      .execute();
  }

  /** Writes a new mentorship; the creator's id goes beside its contact, which must be hers. */
  async insert(row: NewMentorshipRow): Promise<void> {
    await this.instance.db
      .insertInto('mentorships')
      .values({ ...row, contact_owner_id: row.contact_id === null ? null : row.creator_id })
      .execute();
  }

  /** Changes one of her mentorships; false when it is not one. */
  async update(id: string, changes: MentorshipChanges): Promise<boolean> {
    const r = await this.instance.db
      .updateTable('mentorships')
      .set(changes)
      .where('id', '=', id)
      .where('id', 'in', partyMentorships(this.instance.db, this.person).select('m.id'))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  private rows() {
    return partyMentorships(this.instance.db, this.person)
      .leftJoin('users as mentor', 'mentor.id', 'm.mentor_id')
      .leftJoin('users as mentee', 'mentee.id', 'm.mentee_id')
      .select((eb) => [
        'm.id',
        'm.mentor_id',
        'm.mentee_id',
        'm.creator_id',
        'm.invited_email',
        'm.contact_id',
        'm.state',
        'm.focus',
        'm.skill_ids',
        'm.goal_ids',
        'm.cadence_days',
        'm.share_skills',
        'm.started_on',
        'm.ended_on',
        'm.created_at',
        'm.updated_at',
        'mentor.name as mentor_name',
        'mentor.email as mentor_email',
        'mentee.name as mentee_name',
        'mentee.email as mentee_email',
        eb
          .selectFrom('mentoring_sessions as s')
          .select((s) => s.fn.max('s.date').as('last'))
          .whereRef('s.mentorship_id', '=', 'm.id')
          .as('last_session_on'),
      ]);
  }
}
