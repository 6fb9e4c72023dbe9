import type { TrellisMigration } from '../../platform/db/migration.ts';
import { seedBuiltinCatalogue } from '../catalogue/seed.ts';

/**
 * The built-in catalogue: a `builtin_key` on skills and roles, by which the seed finds its rows
 * again (a built-in role's `code` stays null, as it has no O*NET or ESCO code), then the seed.
 * A later release that changes the catalogue adds a migration that runs the seed again.
 */
export const builtinCatalogue: TrellisMigration = {
  async up(db) {
    for (const table of ['skills', 'roles'] as const) {
      await db.schema.alterTable(table).addColumn('builtin_key', 'text').execute();
      // Many rows have none (imported, a person's own): both databases let nulls repeat.
      await db.schema
        .createIndex(`${table}_builtin_key_idx`)
        .on(table)
        .column('builtin_key')
        .unique()
        .execute();
    }
    // The time the rows were written to this instance, as every other row's created_at is.
    await seedBuiltinCatalogue(db, new Date().toISOString());
  },
};
