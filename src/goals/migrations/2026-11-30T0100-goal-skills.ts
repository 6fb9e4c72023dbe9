import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * The skills a goal develops, as a JSON array of skill ids (of the catalogue, or the person's own):
 * read with the goal in the same row, so lists and trees need no other query.
 */
export const goalSkills: TrellisMigration = {
  async up(db) {
    await db.schema
      .alterTable('goals')
      .addColumn('skill_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
};
