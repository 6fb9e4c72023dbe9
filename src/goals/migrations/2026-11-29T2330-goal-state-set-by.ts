import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Pausing or abandoning a goal does the same to its slices; this says which goal did it, so that
 * resuming that goal resumes those slices, and only those (not one the person paused themselves).
 */
export const goalStateSetBy: TrellisMigration = {
  async up(db) {
    await db.schema.alterTable('goals').addColumn('state_set_by', 'text').execute();
  },
};
