import type { TrellisMigration } from '../../platform/db/migration.ts';

/** One calendar feed per person, found by its token's hash; it goes with the person. */
export const calendarFeeds: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('calendar_feeds')
      .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
