import type { Insertable, Selectable, Updateable } from 'kysely';
import type { InstanceScope } from '../platform/access/access.ts';
import { type Person, partyMentorshipIds } from './mentoring.party.ts';
import type { MentoringSessionTable } from './mentoring.table.ts';

/** A session as stored, with its author's name. */
export type SessionRow = Omit<Selectable<MentoringSessionTable>, 'interaction_owner_id'> & {
  author_name: string;
};
export type NewSessionRow = Omit<Insertable<MentoringSessionTable>, 'interaction_owner_id'>;
export type SessionChanges = Omit<
  Updateable<MentoringSessionTable>,
  'id' | 'mentorship_id' | 'author_id' | 'interaction_id' | 'created_at'
>;

/** All SQL of mentoring sessions, confined to the mentorships of the person asking (the party rule). */
export class SessionRepository {
  constructor(
    private readonly instance: InstanceScope,
    private readonly person: Person,
  ) {}

  /** A mentorship's sessions, newest first. */
  list(mentorshipId: string): Promise<SessionRow[]> {
    return this.rows()
      .where('s.mentorship_id', '=', mentorshipId)
      .orderBy('s.date', 'desc')
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
  }

  /** The sessions of all the person's mentorships dated on or after `from`, oldest first. */
  datedFrom(
    from: string,
  ): Promise<Pick<SessionRow, 'id' | 'mentorship_id' | 'date' | 'starts_at' | 'minutes'>[]> {
    return this.instance.db
      .selectFrom('mentoring_sessions as s')
      .select(['s.id', 's.mentorship_id', 's.date', 's.starts_at', 's.minutes'])
      .where('s.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .where('s.date', '>=', from)
      .orderBy('s.date')
      .orderBy('s.id')
      .execute();
  }

  find(id: string): Promise<SessionRow | undefined> {
    return this.rows().where('s.id', '=', id).executeTakeFirst();
  }

  /** Writes a session; the author's id goes beside the interaction it logged, which must be hers. */
  async insert(row: NewSessionRow): Promise<void> {
    await this.instance.db
      .insertInto('mentoring_sessions')
      .values({ ...row, interaction_owner_id: row.interaction_id ? row.author_id : null })
      .execute();
  }

  async update(id: string, changes: SessionChanges): Promise<void> {
    await this.instance.db
      .updateTable('mentoring_sessions')
      .set(changes)
      .where('id', '=', id)
      .where('mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.instance.db
      .deleteFrom('mentoring_sessions')
      .where('id', '=', id)
      .where('mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .execute();
  }

  /**
   * Sessions per date from `from` to `to` of the mentorships the person is the mentor or the mentee
   * of, counted in SQL: what a period report reads.
   */
  async countByDate(from: string, to: string): Promise<{ date: string; count: number }[]> {
    const rows = await this.instance.db
      .selectFrom('mentoring_sessions as s')
      .innerJoin('mentorships as m', 'm.id', 's.mentorship_id')
      .select(['s.date', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('s.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .where((eb) => eb.or([eb('m.mentor_id', '=', this.person.id), eb('m.mentee_id', '=', this.person.id)]))
      .where('s.date', '>=', from)
      .where('s.date', '<=', to)
      .groupBy('s.date')
      .execute();
    return rows.map((r) => ({ date: r.date, count: Number(r.count) }));
  }

  private rows() {
    return this.instance.db
      .selectFrom('mentoring_sessions as s')
      .innerJoin('users as author', 'author.id', 's.author_id')
      .select([
        's.id',
        's.mentorship_id',
        's.author_id',
        's.date',
        's.agenda',
        's.notes',
        's.private_notes',
        's.starts_at',
        's.minutes',
        's.interaction_id',
        's.created_at',
        's.updated_at',
        'author.name as author_name',
      ])
      .where('s.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person));
  }
}
