import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Assessments keyed by `(id, owner_id)` too, so that rows of other capabilities (a feedback request
 * the level of which became an assessment) can reference one within its owner's data only.
 */
export const assessmentOwnerKey: TrellisMigration = {
  async up(db) {
    await db.schema
      .createIndex('assessments_id_owner_key')
      .unique()
      .on('assessments')
      .columns(['id', 'owner_id'])
      .execute();
  },
};
