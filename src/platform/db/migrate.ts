import { type Migration, type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';
import { columnTypes } from './migrations/types.ts';

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(database: Database): Promise<string[]> {
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
  const result: MigrationResultSet = await migrator.migrateToLatest();
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
