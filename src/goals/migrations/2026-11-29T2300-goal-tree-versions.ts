import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * A counter on each top-level goal, raised by every change anywhere in its tree (its slices, their
 * check-ins). Progress computed for a tree stays good while its counter stands still, so a change
 * to one tree leaves what was computed for the others as it was.
 */
export const goalTreeVersions: TrellisMigration = {
  async up(db) {
    await db.schema
      .alterTable('goals')
      .addColumn('tree_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
