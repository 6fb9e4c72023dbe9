import type { Kysely } from 'kysely';
import type { Dialect } from './database.ts';

/** Column types that differ by dialect; everything else is written once. */
export interface ColumnTypes {
  /** For the few statements that must differ, such as SQLite's table rebuilds. */
  dialect: Dialect;
  /** ISO-8601 UTC instant. */
  timestamp: 'timestamptz' | 'text';
  /** Calendar date `YYYY-MM-DD`. */
  date: 'date' | 'text';
  /** Floating-point measurement. */
  real: 'double precision' | 'real';
  /** Auto-incrementing integer primary key. */
  serial: 'bigserial' | 'integer';
}

export const columnTypes = (dialect: Dialect): ColumnTypes =>
  dialect === 'postgres'
    ? { dialect, timestamp: 'timestamptz', date: 'date', real: 'double precision', serial: 'bigserial' }
    : { dialect, timestamp: 'text', date: 'text', real: 'real', serial: 'integer' };

export interface TrellisMigration {
  up(db: Kysely<unknown>, t: ColumnTypes): Promise<void>;
  down?(db: Kysely<unknown>, t: ColumnTypes): Promise<void>;
}
