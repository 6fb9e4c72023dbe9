import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Content entries and the skills they develop; feeds and their items. Child rows reference their
 * parent by `(id, owner_id)`, so none can point into another person's data. An entry queued from a
 * feed item, or imported from a Goodreads book, is unique per owner: queueing or importing twice,
 * even at the same moment, finds the same row.
 */
export const content: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('content_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('author', 'text')
      .addColumn('isbn', 'text')
      .addColumn('source', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('consumed_on', t.date)
      .addColumn('minutes', 'integer')
      .addColumn('pages', 'integer')
      .addColumn('rating', 'integer')
      .addColumn('takeaways', 'text')
      .addColumn('discussed_with', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('search', 'text', (c) => c.notNull())
      .addColumn('feed_item_id', 'text')
      .addColumn('goodreads_book_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('content_entries_id_owner_key', ['id', 'owner_id'])
      .addUniqueConstraint('content_entries_feed_item_key', ['owner_id', 'feed_item_id'])
      .addUniqueConstraint('content_entries_goodreads_key', ['owner_id', 'goodreads_book_id'])
      .execute();
    await db.schema
      .createIndex('content_entries_owner_idx')
      .on('content_entries')
      .columns(['owner_id', 'consumed_on', 'created_at'])
      .execute();

    await db.schema
      .createTable('content_skills')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('content_id', 'text', (c) => c.notNull())
      .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('content_skills_pk', ['content_id', 'skill_id'])
      .addForeignKeyConstraint(
        'content_skills_entry_fk',
        ['content_id', 'owner_id'],
        'content_entries',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('content_skills_owner_skill_idx')
      .on('content_skills')
      .columns(['owner_id', 'skill_id'])
      .execute();
    await db.schema.createIndex('content_skills_skill_idx').on('content_skills').column('skill_id').execute();

    await db.schema
      .createTable('feeds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('site_url', 'text')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_fetched_at', t.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('claimed_until', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('feeds_id_owner_key', ['id', 'owner_id'])
      .addUniqueConstraint('feeds_owner_url_key', ['owner_id', 'url'])
      .execute();

    await db.schema
      .createTable('feed_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('feed_id', 'text', (c) => c.notNull())
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('guid', 'text')
      .addColumn('title', 'text')
      .addColumn('url', 'text')
      .addColumn('published_at', t.timestamp)
      .addColumn('sort_at', t.timestamp, (c) => c.notNull())
      .addColumn('minutes', 'integer')
      .addColumn('enclosure_url', 'text')
      .addColumn('enclosure_type', 'text')
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('new'))
      .addColumn('content_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('feed_items_key', ['feed_id', 'item_key'])
      .addForeignKeyConstraint(
        'feed_items_feed_fk',
        ['feed_id', 'owner_id'],
        'feeds',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    // The inbox: a person's new items, newest first; a feed's items, newest first.
    await db.schema
      .createIndex('feed_items_inbox_idx')
      .on('feed_items')
      .columns(['owner_id', 'state', 'sort_at', 'id'])
      .execute();
    await db.schema
      .createIndex('feed_items_feed_idx')
      .on('feed_items')
      .columns(['feed_id', 'sort_at', 'id'])
      .execute();
  },
};
