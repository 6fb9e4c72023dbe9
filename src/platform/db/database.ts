import type { Kysely } from 'kysely';
import type { DatabaseConfig } from '../../config.ts';
import { type ConnectionErrorListener, openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { DB } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Answers when the database can run a query; throws otherwise (within the configured timeouts). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the configured database: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL, whose lost
 * connections are reported to `onConnectionError` instead of ending the process.
 */
export function openDatabase(
  database: DatabaseConfig,
  onConnectionError?: ConnectionErrorListener,
): Database {
  return database.kind === 'postgres' ? openPostgres(database, onConnectionError) : openSqlite(database.file);
}
