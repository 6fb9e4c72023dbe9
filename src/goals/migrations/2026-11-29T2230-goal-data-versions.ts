import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * One counter per person, raised by every change to their goals or check-ins (under their lock).
 * A computed answer about their goals stays good while the counter stands still, on every app
 * server, so it can be kept instead of computed again.
 */
export const goalDataVersions: TrellisMigration = {
  async up(db) {
    await db.schema
      .createTable('goal_data_versions')
      .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
  },
};
