import { type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Database } from './database.ts';
import { columnTypes, type TrellisMigration } from './migration.ts';

/** Applies every pending migration of `migrations`; throws with the failing migration's name on error. */
export async function migrateToLatest(
  database: Database,
  migrations: Record<string, TrellisMigration>,
): Promise<string[]> {
  const t = columnTypes(database.dialect);
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) {
        out[name] = {
          up: (db) => m.up(db, t),
          ...(m.down ? { down: (db: Parameters<Migration['up']>[0]) => m.down!(db, t) } : {}),
        };
      }
      return out;
    },
  };
  const migrator = new Migrator({ db: database.db, provider });
  // SQLite rebuilds a table to change its constraints, and dropping the old one with foreign keys
  // on would cascade into the rows that point at it. Migrations run with them off (a migration that
  // rebuilds runs `pragma foreign_key_check` before it ends); the app runs with them on.
  if (database.dialect === 'sqlite') await sql`pragma foreign_keys = off`.execute(database.db);
  let result: MigrationResultSet;
  try {
    result = await migrator.migrateToLatest();
  } finally {
    if (database.dialect === 'sqlite') await sql`pragma foreign_keys = on`.execute(database.db);
  }
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(
      failed
        ? `Migration ${failed.migrationName} failed: ${reason}`
        : `Could not reach the database to migrate it: ${reason}`,
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
