import type { Insertable, Selectable } from 'kysely';
import type { InstanceScope } from '../platform/access/access.ts';
import { type Person, partyMentorshipIds } from './mentoring.party.ts';
import type { GoalCommentTable } from './mentoring.table.ts';

/** A comment as stored, with its author's name. */
export type CommentRow = Omit<Selectable<GoalCommentTable>, 'goal_owner_id'> & { author_name: string };

/** All SQL of comments on goals, confined to the mentorships of the person asking (the party rule). */
export class CommentRepository {
  constructor(
    private readonly instance: InstanceScope,
    private readonly person: Person,
  ) {}

  /** The comments on the goals `goalIds` (of one mentorship, when given), oldest first. */
  list(goalIds: readonly string[], mentorshipId?: string): Promise<CommentRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    let q = this.rows().where('c.goal_id', 'in', goalIds);
    if (mentorshipId !== undefined) q = q.where('c.mentorship_id', '=', mentorshipId);
    return q.orderBy('c.created_at').orderBy('c.id').execute();
  }

  find(id: string): Promise<CommentRow | undefined> {
    return this.rows().where('c.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<GoalCommentTable>): Promise<void> {
    await this.instance.db.insertInto('goal_comments').values(row).execute();
  }

  private rows() {
    return this.instance.db
      .selectFrom('goal_comments as c')
      .innerJoin('users as author', 'author.id', 'c.author_id')
      .select([
        'c.id',
        'c.mentorship_id',
        'c.goal_id',
        'c.author_id',
        'c.text',
        'c.created_at',
        'author.name as author_name',
      ])
      .where('c.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person));
  }
}
