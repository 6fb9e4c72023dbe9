import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * A session may have a time: the instant it began (written from a time of day in its author's
 * zone) and how long it lasted, so a calendar shows it at its hour.
 */
export const sessionTimes: TrellisMigration = {
  async up(db, t) {
    await db.schema.alterTable('mentoring_sessions').addColumn('starts_at', t.timestamp).execute();
    await db.schema.alterTable('mentoring_sessions').addColumn('minutes', 'integer').execute();
  },
};
