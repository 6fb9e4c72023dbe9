// `trellis backup <file>` and `trellis restore <file>`: the whole instance, through SQLite's online
// backup API, so both work while the app runs. PostgreSQL has its own tools (pg_dump, pg_restore).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../config.ts';
import { allMigrations } from '../features.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { CliError } from './cli-error.ts';

/** Kysely's record of the migrations a database has had. */
const MIGRATION_TABLE = 'kysely_migration';

const POSTGRES_BACKUP =
  'This instance stores its data in PostgreSQL: back it up with pg_dump, for example\n' +
  '  pg_dump --format=custom --file=trellis.dump "$DATABASE_URL"\n' +
  'and bring it back with pg_restore (see "Backups" in the README).';
const POSTGRES_RESTORE =
  'This instance stores its data in PostgreSQL: restore a pg_dump file with pg_restore, for example\n' +
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" trellis.dump\n' +
  '(see "Backups" in the README).';

function sqliteFile(config: Config, postgresAdvice: string): string {
  if (config.database.kind === 'postgres') throw new CliError(postgresAdvice);
  return config.database.file;
}

/**
 * Copies the instance's database to `file` page by page while the app may go on writing: what the
 * copy holds is the database as it stood at one moment. The copy holds password hashes and
 * tokens' hashes, so only its owner may read it.
 */
export async function backupCommand(config: Config, file: string, opts: { force: boolean }): Promise<void> {
  const live = sqliteFile(config, POSTGRES_BACKUP);
  if (!fs.existsSync(live)) throw new CliError(`There is no database at ${live} to back up.`);
  const target = path.resolve(file);
  if (path.resolve(live) === target) throw new CliError('<file> is the database itself: name another file.');
  if (fs.existsSync(target) && !opts.force) {
    throw new CliError(`${target} exists: name a new file, or add --force to replace it.`);
  }
  if (!fs.existsSync(path.dirname(target))) throw new CliError(`There is no folder ${path.dirname(target)}.`);
  fs.rmSync(target, { force: true });
  const source = new SQLite(live, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target);
    fs.chmodSync(target, 0o600);
    const bytes = fs.statSync(target).size;
    process.stdout.write(`Backed up ${totalPages} pages (${formatBytes(bytes)}) to ${target}.\n`);
  } finally {
    source.close();
  }
}

/**
 * Replaces the instance's data with a backup's, page by page under SQLite's write lock, so app
 * servers running on it read the restored data from their next query. A backup made by an older
 * version is brought up to date by the migrations it lacks; one made by a newer version is refused.
 */
export async function restoreCommand(config: Config, file: string): Promise<void> {
  const live = sqliteFile(config, POSTGRES_RESTORE);
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new CliError(`There is no file ${source}.`);
  if (path.resolve(live) === source) throw new CliError('<file> is the database itself: name a backup.');
  checkBackup(source);

  const backup = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    if (!fs.existsSync(path.dirname(live)))
      fs.mkdirSync(path.dirname(live), { recursive: true, mode: 0o700 });
    await backup.backup(live);
  } finally {
    backup.close();
  }
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database, allMigrations());
    const upgraded = applied.length ? ` and brought up to date by ${applied.length} migration(s)` : '';
    process.stdout.write(`Restored ${source} into ${live}${upgraded}.\n`);
  } finally {
    await database.close();
  }
}

/** Refuses, before anything is overwritten, a file that is no Trellis backup this version can read. */
function checkBackup(file: string): void {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new CliError(`${file} is not a Trellis backup: SQLite cannot open it.`);
  }
  try {
    let names: string[];
    try {
      const ok = db.pragma('quick_check', { simple: true });
      if (ok !== 'ok') throw new CliError(`${file} is damaged (SQLite's check says: ${String(ok)}).`);
      names = db.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all() as string[];
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${file} is not a Trellis backup: it has no record of Trellis's migrations.`);
    }
    const known = new Set(Object.keys(allMigrations()));
    const unknown = names.filter((name) => !known.has(name));
    if (names.length === 0) {
      throw new CliError(`${file} is not a Trellis backup: it has no record of Trellis's migrations.`);
    }
    if (unknown.length) {
      throw new CliError(
        `${file} was made by a newer version of Trellis (it has the migration ${unknown[0]}): upgrade first.`,
      );
    }
  } finally {
    db.close();
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
