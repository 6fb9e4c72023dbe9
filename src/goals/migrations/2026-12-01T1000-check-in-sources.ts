import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * A check-in written by another capability (a learning log entry, a practice entry) names it, so
 * the entry can change or delete its check-in, and the check-in endpoints refuse to change it on
 * its own. At most one check-in per entry: unique among each person's rows (NULLs, the check-ins
 * typed in, are distinct in both databases).
 */
export const checkInSources: TrellisMigration = {
  async up(db) {
    await db.schema.alterTable('check_ins').addColumn('source_type', 'text').execute();
    await db.schema.alterTable('check_ins').addColumn('source_id', 'text').execute();
    await db.schema
      .createIndex('check_ins_source_idx')
      .on('check_ins')
      .columns(['owner_id', 'source_type', 'source_id'])
      .unique()
      .execute();
  },
};
