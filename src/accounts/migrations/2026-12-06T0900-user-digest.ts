import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/** Each person's choice of the weekly digest by e-mail; everyone starts with it on. */
export const userDigest: TrellisMigration = {
  async up(db) {
    await db.schema
      .alterTable('users')
      .addColumn('digest', 'text', (c) =>
        c.notNull().defaultTo('weekly').check(sql`digest in ('weekly', 'off')`),
      )
      .execute();
  },
};
