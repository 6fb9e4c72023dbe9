import { type Selectable, sql, type Updateable } from 'kysely';
import type { ContactRole } from '../../shared/network/contact.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import { type ContactEntry, likeEscape, listOf } from './contact.rows.ts';
import type { ContactTable } from './network.table.ts';

export type ContactRow = Omit<Selectable<ContactTable>, 'owner_id'>;
export type ContactChanges = Omit<Updateable<ContactTable>, 'id' | 'owner_id' | 'created_at' | 'added_on'>;

const COLUMNS = [
  'id',
  'name',
  'name_key',
  'emails',
  'phones',
  'company',
  'position',
  'linkedin_url',
  'linkedin_key',
  'how_met',
  'tags',
  'tag_keys',
  'roles',
  'notes',
  'keep_in_touch_days',
  'connected_on',
  'added_on',
  'search',
  'created_at',
  'updated_at',
] as const;

export interface ContactFilter {
  q?: string | undefined;
  role?: ContactRole | undefined;
  tag?: string | undefined;
}

/** Where a page of the list starts: after this name key and id. */
export interface ContactPosition {
  nameKey: string;
  id: string;
}

/** What a LinkedIn import reads of a contact. */
export type MatchRow = Pick<
  ContactRow,
  | 'id'
  | 'name'
  | 'emails'
  | 'company'
  | 'position'
  | 'linkedin_url'
  | 'linkedin_key'
  | 'tags'
  | 'connected_on'
>;

/** A contact whose clock runs (it has a cadence), with its latest interaction up to a day. */
export type ClockRow = Pick<
  ContactRow,
  'id' | 'name' | 'name_key' | 'company' | 'position' | 'roles' | 'keep_in_touch_days' | 'added_on'
> & { last_contacted_on: string | null };

/** All SQL of contacts, through the owner's scope. */
export class ContactRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** The contacts that pass the filter, by name (then id), after `after`, at most `limit`. */
  list(filter: ContactFilter, after: ContactPosition | null, limit: number | null): Promise<ContactRow[]> {
    let q = this.scope.selectFrom('contacts').select(COLUMNS);
    if (filter.q) {
      const pattern = `%${likeEscape(filter.q.toLowerCase())}%`;
      q = q.where(sql<boolean>`search like ${pattern} escape '\\'`);
    }
    // Roles are JSON strings of a fixed list: `"mentor"` matches that role alone.
    if (filter.role) q = q.where('roles', 'like', `%"${filter.role}"%`);
    if (filter.tag) {
      const pattern = `%\n${likeEscape(filter.tag.toLowerCase())}\n%`;
      q = q.where(sql<boolean>`tag_keys like ${pattern} escape '\\'`);
    }
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('name_key', '>', after.nameKey),
          eb.and([eb('name_key', '=', after.nameKey), eb('id', '>', after.id)]),
        ]),
      );
    }
    q = q.orderBy('name_key').orderBy('id');
    return (limit === null ? q : q.limit(limit)).execute();
  }

  find(id: string): Promise<ContactRow | undefined> {
    return this.scope.selectFrom('contacts').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** Every contact of the person, oldest first: what the imports match against. */
  all(): Promise<ContactRow[]> {
    return this.scope.selectFrom('contacts').select(COLUMNS).orderBy('created_at').orderBy('id').execute();
  }

  /**
   * Every contact of the person, oldest first, with what a LinkedIn import matches and changes:
   * fewer columns than `all`, for the tens of thousands of contacts an import may meet.
   */
  matchable(): Promise<MatchRow[]> {
    return this.scope
      .selectFrom('contacts')
      .select([
        'id',
        'name',
        'emails',
        'company',
        'position',
        'linkedin_url',
        'linkedin_key',
        'tags',
        'connected_on',
      ])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** The contacts with `email` among their e-mails (in any case), oldest first. */
  async withEmail(email: string): Promise<ContactRow[]> {
    const key = email.toLowerCase();
    // `search` holds each e-mail in lower case: it narrows the rows, the e-mails themselves decide.
    const pattern = `%${likeEscape(key)}%`;
    const rows = await this.scope
      .selectFrom('contacts')
      .select(COLUMNS)
      .where(sql<boolean>`search like ${pattern} escape '\\'`)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.filter((r) => listOf<ContactEntry>(r.emails).some((e) => e.value.toLowerCase() === key));
  }

  /** The names of those of `ids` that are the person's contacts. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const batch of batches(ids)) {
      const rows = await this.scope
        .selectFrom('contacts')
        .select(['id', 'name'])
        .where('id', 'in', batch)
        .execute();
      for (const r of rows) found.set(r.id, r.name);
    }
    return found;
  }

  async insert(rows: readonly ContactRow[]): Promise<void> {
    await this.scope.insert('contacts', [...rows]);
  }

  async update(id: string, changes: ContactChanges): Promise<void> {
    await this.scope.updateTable('contacts').set(changes).where('id', '=', id).execute();
  }

  /** Deletes a contact; its links to interactions go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('contacts').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The date of each contact's latest interaction, of those that have one. */
  async lastContacted(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const batch of batches(ids)) {
      const rows = await this.scope
        .selectFrom('interaction_contacts as ic')
        .innerJoin('interactions as i', 'i.id', 'ic.interaction_id')
        .select(['ic.contact_id', (eb) => eb.fn.max('i.date').as('last')])
        .where('ic.contact_id', 'in', batch)
        .groupBy('ic.contact_id')
        .execute();
      for (const r of rows) found.set(r.contact_id, r.last);
    }
    return found;
  }

  /**
   * The contacts with a cadence (their own, or a role in `roles`: those with a default), each with
   * its latest interaction on or before `asOf`, in one query.
   */
  withClock(roles: readonly ContactRole[], asOf: string): Promise<ClockRow[]> {
    const latest = this.scope
      .selectFrom('interaction_contacts as ic')
      .innerJoin('interactions as i', 'i.id', 'ic.interaction_id')
      .select(['ic.contact_id', (eb) => eb.fn.max('i.date').as('last')])
      .where('i.date', '<=', asOf)
      .groupBy('ic.contact_id')
      .as('l');
    return this.scope
      .selectFrom('contacts as c')
      .leftJoin(latest, 'l.contact_id', 'c.id')
      .select([
        'c.id',
        'c.name',
        'c.name_key',
        'c.company',
        'c.position',
        'c.roles',
        'c.keep_in_touch_days',
        'c.added_on',
        'l.last as last_contacted_on',
      ])
      .where((eb) =>
        eb.or([
          eb('c.keep_in_touch_days', 'is not', null),
          ...roles.map((role) => eb('c.roles', 'like', `%"${role}"%`)),
        ]),
      )
      .execute();
  }

  /** Contacts added per date from `from` to `to`, counted in SQL: what a period report reads. */
  async addedByDate(from: string, to: string): Promise<{ date: string; count: number }[]> {
    const rows = await this.scope
      .selectFrom('contacts')
      .select(['added_on', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('added_on', '>=', from)
      .where('added_on', '<=', to)
      .groupBy('added_on')
      .execute();
    return rows.map((r) => ({ date: r.added_on, count: Number(r.count) }));
  }
}
