import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * The catalogue is listed by name key in byte order, the same on both databases: SQLite compares
 * text that way already; PostgreSQL is told to, whatever the database's locale.
 */
export const skillNameOrder: TrellisMigration = {
  async up(db, t) {
    if (t.dialect === 'postgres') {
      await sql`alter table skills alter column name_key type text collate "C"`.execute(db);
    }
    await db.schema.createIndex('skills_name_key_idx').on('skills').columns(['name_key', 'id']).execute();
  },
};
