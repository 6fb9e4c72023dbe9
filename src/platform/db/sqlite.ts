import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
} from 'kysely';
import type { Database } from './database.ts';
import type { DB } from './tables.ts';

/**
 * Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE), not at its first
 * write. A deferred transaction that reads and then writes while another process holds the lock
 * fails at once with SQLITE_BUSY (the busy timeout cannot help it), so a rule checked by reading
 * could also be checked against a stale snapshot. Immediate transactions simply wait their turn.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite's DDL is transactional, so pending migrations run in one transaction: all of them land or
 * none, and, begun IMMEDIATE, a second process starting at the same moment waits for the first
 * and then finds them applied, rather than applying them twice.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl() {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }

  override createDriver() {
    return new ImmediateSqliteDriver({ database: withStatementCache(this.database) });
  }

  override createAdapter() {
    return new TransactionalDdlAdapter();
  }
}

// A few hundred distinct statements serve every request; the cache holds many more than that.
const STATEMENTS_KEPT = 1_000;

/**
 * The database with `prepare` remembering each statement by its SQL: Kysely prepares every query
 * anew, and preparing costs more than running most of Trellis's queries. Statements are reused
 * one at a time (Kysely keeps one connection and runs its queries in turn).
 */
function withStatementCache(database: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== 'prepare') {
        const value = Reflect.get(target, property, receiver);
        // Native methods must be called on the database itself, not on the proxy.
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (source: string) => {
        let statement = statements.get(source);
        if (!statement) {
          statement = target.prepare(source);
          if (statements.size >= STATEMENTS_KEPT) statements.clear();
          statements.set(source, statement);
        }
        return statement;
      };
    },
  });
}

/**
 * Opens (creating if need be) the SQLite file. A new data directory is readable by its owner only
 * (0700) and so is a new database file (0600); SQLite gives its -wal and -shm files the database
 * file's permissions.
 */
export function openSqlite(file: string): Database {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  const native = new SQLite(file);
  native.pragma('journal_mode = WAL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  native.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect(native) });
  return {
    db,
    dialect: 'sqlite',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
