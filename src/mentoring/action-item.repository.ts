import type { Insertable, Selectable, Updateable } from 'kysely';
import type { MentorshipRole } from '../../shared/mentoring/mentorship.schema.ts';
import type { InstanceScope } from '../platform/access/access.ts';
import { type Person, partyMentorshipIds } from './mentoring.party.ts';
import type { ActionItemTable } from './mentoring.table.ts';

export type ActionItemRow = Omit<Selectable<ActionItemTable>, 'goal_owner_id'>;
export type NewActionItemRow = Insertable<ActionItemTable>;
export type ActionItemChanges = Omit<
  Updateable<ActionItemTable>,
  'id' | 'mentorship_id' | 'author_id' | 'assignee' | 'goal_id' | 'created_at'
>;

const COLUMNS = [
  'a.id',
  'a.mentorship_id',
  'a.author_id',
  'a.title',
  'a.due_on',
  'a.assignee',
  'a.goal_id',
  'a.done_on',
  'a.created_at',
  'a.updated_at',
] as const;

/** Which of the items to read: of one mentorship, or those assigned to a side across several. */
export type ActionItemFilter =
  | { mentorshipId: string }
  | { assignedTo: { mentorshipId: string; role: MentorshipRole }[]; open: boolean };

/** All SQL of action items, confined to the mentorships of the person asking (the party rule). */
export class ActionItemRepository {
  constructor(
    private readonly instance: InstanceScope,
    private readonly person: Person,
  ) {}

  /** Open ones first, then by due date (none last), then as added. */
  list(filter: ActionItemFilter): Promise<ActionItemRow[]> {
    let q = this.rows();
    if ('mentorshipId' in filter) q = q.where('a.mentorship_id', '=', filter.mentorshipId);
    else {
      if (filter.assignedTo.length === 0) return Promise.resolve([]);
      q = q.where((eb) =>
        eb.or(
          filter.assignedTo.map((a) =>
            eb.and([eb('a.mentorship_id', '=', a.mentorshipId), eb('a.assignee', '=', a.role)]),
          ),
        ),
      );
      if (filter.open) q = q.where('a.done_on', 'is', null);
    }
    return q
      .orderBy((eb) => eb.case().when('a.done_on', 'is', null).then(0).else(1).end())
      .orderBy((eb) => eb.case().when('a.due_on', 'is', null).then(1).else(0).end())
      .orderBy('a.due_on')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
  }

  find(id: string): Promise<ActionItemRow | undefined> {
    return this.rows().where('a.id', '=', id).executeTakeFirst();
  }

  async insert(row: NewActionItemRow): Promise<void> {
    await this.instance.db.insertInto('action_items').values(row).execute();
  }

  async update(id: string, changes: ActionItemChanges): Promise<void> {
    await this.instance.db
      .updateTable('action_items')
      .set(changes)
      .where('id', '=', id)
      .where('mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.instance.db
      .deleteFrom('action_items')
      .where('id', '=', id)
      .where('mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .execute();
  }

  /**
   * Items done per date from `from` to `to` that were the person's own to do (assigned to her side
   * of the mentorship), counted in SQL: what a period report reads.
   */
  async doneByDate(from: string, to: string): Promise<{ date: string; count: number }[]> {
    const me = this.person.id;
    const rows = await this.instance.db
      .selectFrom('action_items as a')
      .innerJoin('mentorships as m', 'm.id', 'a.mentorship_id')
      .select(['a.done_on', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('a.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person))
      .where((eb) =>
        eb.or([
          eb.and([eb('m.mentor_id', '=', me), eb('a.assignee', '=', 'mentor')]),
          eb.and([eb('m.mentee_id', '=', me), eb('a.assignee', '=', 'mentee')]),
        ]),
      )
      .where('a.done_on', '>=', from)
      .where('a.done_on', '<=', to)
      .groupBy('a.done_on')
      .execute();
    return rows.map((r) => ({ date: r.done_on!, count: Number(r.count) }));
  }

  private rows() {
    return this.instance.db
      .selectFrom('action_items as a')
      .select(COLUMNS)
      .where('a.mentorship_id', 'in', partyMentorshipIds(this.instance.db, this.person));
  }
}
