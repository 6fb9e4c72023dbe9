import type { TrellisMigration } from '../../platform/db/migration.ts';

/** The weekly digests taken on, one per person and week (the unique key is the once-only rule). */
export const digestSends: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('digest_sends')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('week', t.date, (c) => c.notNull())
      .addColumn('claimed_at', t.timestamp, (c) => c.notNull())
      .addColumn('sent_at', t.timestamp)
      .addPrimaryKeyConstraint('digest_sends_pkey', ['user_id', 'week'])
      .execute();
    // Which of this week's digests are taken: read by week for everyone at once.
    await db.schema
      .createIndex('digest_sends_week_idx')
      .on('digest_sends')
      .columns(['week', 'user_id'])
      .execute();
  },
};
