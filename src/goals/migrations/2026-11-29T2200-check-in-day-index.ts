import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Progress reads a person's check-ins as one point per goal and date. This index holds everything
 * that read needs, in its order: both databases answer it from the index alone (an index-only
 * scan), grouping as they go, with no sort and no visit to the table. See ARCHITECTURE.md.
 */
export const checkInDayIndex: TrellisMigration = {
  async up(db) {
    await db.schema
      .createIndex('check_ins_owner_goal_date_idx')
      .on('check_ins')
      .columns(['owner_id', 'goal_id', 'date', 'created_at', 'value'])
      .execute();
    // The owner's index is now a prefix of this one.
    await db.schema.dropIndex('check_ins_owner_idx').execute();
  },
};
