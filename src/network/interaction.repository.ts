import type { Selectable, Updateable } from 'kysely';
import { goalLinkOf } from '../goals/goal-link.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { InteractionTable } from './network.table.ts';

export type InteractionRow = Omit<Selectable<InteractionTable>, 'owner_id' | 'goal_owner_id'>;
export type InteractionChanges = Omit<
  Updateable<InteractionTable>,
  'id' | 'owner_id' | 'goal_id' | 'goal_owner_id' | 'created_at'
>;

const COLUMNS = [
  'id',
  'date',
  'kind',
  'notes',
  'follow_up_on',
  'follow_up_done_on',
  'goal_id',
  'created_at',
  'updated_at',
] as const;

export interface InteractionFilter {
  openFollowUps?: boolean;
  goalId?: string | undefined;
}

/** Where a page of interactions (newest first) starts: before this date and id. */
export interface InteractionPosition {
  date: string;
  id: string;
}

/** A contact of an interaction, as it shows. */
export interface ContactRef {
  id: string;
  name: string;
}

/** All SQL of interactions and their contacts, through the owner's scope. */
export class InteractionRepository {
  constructor(private readonly scope: OwnerScope) {}

  find(id: string): Promise<InteractionRow | undefined> {
    return this.scope.selectFrom('interactions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** Those of `ids` that are the person's interactions. */
  async findMany(ids: readonly string[]): Promise<InteractionRow[]> {
    const found: InteractionRow[] = [];
    for (const batch of batches(ids)) {
      found.push(
        ...(await this.scope.selectFrom('interactions').select(COLUMNS).where('id', 'in', batch).execute()),
      );
    }
    return found;
  }

  /** The interactions that pass the filter, newest first, before `before`, at most `limit`. */
  list(
    filter: InteractionFilter,
    before: InteractionPosition | null,
    limit: number | null,
  ): Promise<InteractionRow[]> {
    let q = this.scope.selectFrom('interactions').select(COLUMNS);
    if (filter.openFollowUps)
      q = q.where('follow_up_on', 'is not', null).where('follow_up_done_on', 'is', null);
    if (filter.goalId) q = q.where('goal_id', '=', filter.goalId);
    if (before) {
      q = q.where((eb) =>
        eb.or([
          eb('date', '<', before.date),
          eb.and([eb('date', '=', before.date), eb('id', '<', before.id)]),
        ]),
      );
    }
    q = q.orderBy('date', 'desc').orderBy('id', 'desc');
    return (limit === null ? q : q.limit(limit)).execute();
  }

  /** A contact's interactions, newest first. */
  ofContact(contactId: string): Promise<InteractionRow[]> {
    return this.scope
      .selectFrom('interactions')
      .select(COLUMNS)
      .where('id', 'in', (eb) =>
        eb.selectFrom('interaction_contacts').select('interaction_id').where('contact_id', '=', contactId),
      )
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** The interactions with a contact: those with it alone, and those with others too. */
  async withContact(contactId: string): Promise<{ alone: string[]; shared: string[] }> {
    const rows = await this.scope
      .selectFrom('interaction_contacts as mine')
      .innerJoin('interaction_contacts as every', 'every.interaction_id', 'mine.interaction_id')
      .select(['mine.interaction_id', (eb) => eb.fn.countAll<number | string>().as('contacts')])
      .where('mine.contact_id', '=', contactId)
      .groupBy('mine.interaction_id')
      .execute();
    return {
      alone: rows.filter((r) => Number(r.contacts) === 1).map((r) => r.interaction_id),
      shared: rows.filter((r) => Number(r.contacts) > 1).map((r) => r.interaction_id),
    };
  }

  /** Open follow-ups of interactions dated on or before `asOf`, due on or before `until`. */
  openFollowUps(asOf: string, until: string): Promise<InteractionRow[]> {
    return this.scope
      .selectFrom('interactions')
      .select(COLUMNS)
      .where('follow_up_on', 'is not', null)
      .where('follow_up_on', '<=', until)
      .where('date', '<=', asOf)
      .where((eb) => eb.or([eb('follow_up_done_on', 'is', null), eb('follow_up_done_on', '>', asOf)]))
      .execute();
  }

  /** Follow-ups not done, due on or after `from`, soonest first. */
  openFollowUpsFrom(from: string): Promise<Pick<InteractionRow, 'id' | 'follow_up_on'>[]> {
    return this.scope
      .selectFrom('interactions')
      .select(['id', 'follow_up_on'])
      .where('follow_up_on', '>=', from)
      .where('follow_up_done_on', 'is', null)
      .orderBy('follow_up_on')
      .orderBy('id')
      .execute();
  }

  /** The contacts of each interaction, in their order, with their names. */
  async contactsOf(interactionIds: readonly string[]): Promise<Map<string, ContactRef[]>> {
    const found = new Map<string, ContactRef[]>(interactionIds.map((id) => [id, []]));
    for (const ids of batches(interactionIds)) {
      const rows = await this.scope
        .selectFrom('interaction_contacts as ic')
        .innerJoin('contacts as c', 'c.id', 'ic.contact_id')
        .select(['ic.interaction_id', 'c.id', 'c.name'])
        .where('ic.interaction_id', 'in', ids)
        .orderBy('ic.interaction_id')
        .orderBy('ic.position')
        .execute();
      for (const r of rows) found.get(r.interaction_id)?.push({ id: r.id, name: r.name });
    }
    return found;
  }

  async insert(row: InteractionRow): Promise<void> {
    const { goal_id, ...rest } = row;
    await this.scope.insert('interactions', [{ ...rest, ...goalLinkOf(this.scope, goal_id) }]);
  }

  /** New interactions with their contacts, in order, many at once (an import), in batches. */
  async insertMany(rows: readonly { row: InteractionRow; contactIds: readonly string[] }[]): Promise<void> {
    await this.scope.insert(
      'interactions',
      rows.map(({ row: { goal_id, ...rest } }) => ({ ...rest, ...goalLinkOf(this.scope, goal_id) })),
    );
    await this.scope.insert(
      'interaction_contacts',
      rows.flatMap(({ row, contactIds }) =>
        contactIds.map((contact_id, position) => ({ interaction_id: row.id, contact_id, position })),
      ),
    );
  }

  async update(id: string, changes: InteractionChanges, goalId?: string | null): Promise<void> {
    await this.scope
      .updateTable('interactions')
      .set({ ...changes, ...(goalId !== undefined ? goalLinkOf(this.scope, goalId) : {}) })
      .where('id', '=', id)
      .execute();
  }

  /** Deletes interactions; their links to contacts go with them (ON DELETE CASCADE). */
  async delete(ids: readonly string[]): Promise<void> {
    for (const batch of batches(ids)) {
      await this.scope.deleteFrom('interactions').where('id', 'in', batch).execute();
    }
  }

  async replaceContacts(interactionId: string, contactIds: readonly string[]): Promise<void> {
    await this.scope.deleteFrom('interaction_contacts').where('interaction_id', '=', interactionId).execute();
    await this.scope.insert(
      'interaction_contacts',
      contactIds.map((contact_id, position) => ({ interaction_id: interactionId, contact_id, position })),
    );
  }

  /** Interactions per date from `from` to `to`, counted in SQL: what a period report reads. */
  async countByDate(from: string, to: string): Promise<{ date: string; count: number }[]> {
    const rows = await this.scope
      .selectFrom('interactions')
      .select(['date', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .groupBy('date')
      .execute();
    return rows.map((r) => ({ date: r.date, count: Number(r.count) }));
  }
}
