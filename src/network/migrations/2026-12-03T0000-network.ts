import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Contacts, interactions with them, and the network's settings. Rows reference their parents by
 * `(id, owner_id)`, and an interaction its goal by `(goal_id, goal_owner_id)` with `goal_owner_id`
 * held to the owner, so nothing points into another person's data; a deleted goal unlinks. The
 * contacts are listed by `name_key` in byte order on both databases (PostgreSQL is told so, whatever
 * its locale).
 */
export const network: TrellisMigration = {
  async up(db, t) {
    const key = t.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', key, (c) => c.notNull())
      .addColumn('emails', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('company', 'text')
      .addColumn('position', 'text')
      .addColumn('linkedin_url', 'text')
      .addColumn('linkedin_key', 'text')
      .addColumn('how_met', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('tag_keys', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text')
      .addColumn('keep_in_touch_days', 'integer')
      .addColumn('connected_on', t.date)
      .addColumn('added_on', t.date, (c) => c.notNull())
      .addColumn('search', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('contacts_id_owner_key', ['id', 'owner_id'])
      .addCheckConstraint(
        'contacts_keep_in_touch_check',
        sql`keep_in_touch_days is null or keep_in_touch_days between 1 and 730`,
      )
      .execute();
    await db.schema
      .createIndex('contacts_owner_name_idx')
      .on('contacts')
      .columns(['owner_id', 'name_key', 'id'])
      .execute();

    await db.schema
      .createTable('interactions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('follow_up_on', t.date)
      .addColumn('follow_up_done_on', t.date)
      .addColumn('goal_id', 'text')
      .addColumn('goal_owner_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('interactions_id_owner_key', ['id', 'owner_id'])
      .addForeignKeyConstraint(
        'interactions_goal_fk',
        ['goal_id', 'goal_owner_id'],
        'goals',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'interactions_goal_owner_check',
        sql`(goal_id is null and goal_owner_id is null) or (goal_id is not null and goal_owner_id = owner_id)`,
      )
      .execute();
    await db.schema
      .createIndex('interactions_owner_date_idx')
      .on('interactions')
      .columns(['owner_id', 'date', 'id'])
      .execute();
    // Deleting a goal finds the interactions to unlink by this index.
    await db.schema.createIndex('interactions_goal_idx').on('interactions').column('goal_id').execute();

    await db.schema
      .createTable('interaction_contacts')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('interaction_id', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('interaction_contacts_pk', ['interaction_id', 'contact_id'])
      .addForeignKeyConstraint(
        'interaction_contacts_interaction_fk',
        ['interaction_id', 'owner_id'],
        'interactions',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'interaction_contacts_contact_fk',
        ['contact_id', 'owner_id'],
        'contacts',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    // A contact's interactions, and its latest date, by this index (a deleted contact's links too).
    await db.schema
      .createIndex('interaction_contacts_contact_idx')
      .on('interaction_contacts')
      .columns(['owner_id', 'contact_id', 'interaction_id'])
      .execute();

    await db.schema
      .createTable('network_settings')
      .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('cadence_by_role', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
