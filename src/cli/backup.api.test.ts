// `trellis backup` and `trellis restore` as child processes beside a running app on the same
// database: the backup is the data of its moment, and the restore is what the running app reads next.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCliDatabase } from '../../test/cli-database.ts';
import { allGoals, createGoal, YEAR_2027 } from '../../test/factories.ts';
import { call, signUp } from '../../test/harness.ts';
import { hasStackTrace, killChildren, runCli } from '../../test/processes.ts';

vi.setConfig({ testTimeout: 90_000 });

const titles = async (app: FastifyInstance, cookie: string) =>
  (await allGoals(app, cookie)).map((g) => g.title).sort();

describe('trellis backup and restore on SQLite', () => {
  const db = useCliDatabase('sqlite');
  afterEach(killChildren);

  it('backs up while the app runs, and restores into the running app, which reads the restored data', async () => {
    const app = await db.app();
    const { cookie } = await signUp(app);
    const kept = await createGoal(app, cookie, { title: 'Read 12 books', ...YEAR_2027 });
    const file = path.join(db.dir, 'before.trellis-backup');

    const backup = await runCli(['backup', file], { env: db.env });
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/^Backed up \d+ pages \(\d+(\.\d)? KiB\) to .+before\.trellis-backup\.\n$/);
    // It holds password hashes: its owner's alone.
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    // After the backup: a new goal, and the kept one renamed (which raises its tree's version).
    await createGoal(app, cookie, { title: 'Give a conference talk', ...YEAR_2027 });
    const renamed = await call(app, {
      method: 'PATCH',
      url: `/api/v1/goals/${kept.id}`,
      cookie,
      body: { title: 'Read 20 books' },
    });
    expect(renamed.status).toBe(200);
    expect(await titles(app, cookie)).toEqual(['Give a conference talk', 'Read 20 books']);

    const restore = await runCli(['restore', file], { env: db.env });
    expect({ code: restore.code, stderr: restore.stderr }).toEqual({ code: 0, stderr: '' });
    expect(restore.stdout).toBe(`Restored ${file} into ${path.join(db.dir, 'trellis.db')}.\n`);
    // The same app, not restarted: the data of the backup's moment, session included.
    expect(await titles(app, cookie)).toEqual(['Read 12 books']);
  });

  it('refuses to overwrite a file unless --force is given', async () => {
    const app = await db.app();
    await signUp(app);
    const file = path.join(db.dir, 'taken.db');
    fs.writeFileSync(file, 'notes');

    const refused = await runCli(['backup', file], { env: db.env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${file} exists: name a new file, or add --force to replace it.\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('notes');

    const forced = await runCli(['backup', file, '--force'], { env: db.env });
    expect({ code: forced.code, stderr: forced.stderr }).toEqual({ code: 0, stderr: '' });
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('refuses a file that is no backup, and one made by a newer version, changing nothing', async () => {
    const app = await db.app();
    const { cookie } = await signUp(app);
    await createGoal(app, cookie, { title: 'Mentor two juniors', ...YEAR_2027 });

    const text = path.join(db.dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database at all, just some words that are long enough to be a header');
    const notBackup = await runCli(['restore', text], { env: db.env });
    expect(notBackup.code).toBe(2);
    expect(notBackup.stderr).toMatch(/^.+notes\.txt is not a Trellis backup: .+\n$/);
    expect(hasStackTrace(notBackup.stderr)).toBe(false);

    // Another SQLite database, without Trellis's migrations.
    const other = path.join(db.dir, 'other.db');
    new SQLite(other).exec('create table t (x)').close();
    const foreign = await runCli(['restore', other], { env: db.env });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toBe(
      `${other} is not a Trellis backup: it has no record of Trellis's migrations.\n`,
    );

    // A backup from a version with a migration this one does not know.
    const newer = path.join(db.dir, 'newer.db');
    expect((await runCli(['backup', newer], { env: db.env })).code).toBe(0);
    const edit = new SQLite(newer);
    edit
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('2099-01-01T0000-future', 'x');
    edit.close();
    const refused = await runCli(['restore', newer], { env: db.env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `${newer} was made by a newer version of Trellis (it has the migration 2099-01-01T0000-future): upgrade first.\n`,
    );

    const missing = await runCli(['restore', path.join(db.dir, 'nowhere.db')], { env: db.env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`There is no file ${path.join(db.dir, 'nowhere.db')}.\n`);

    expect(await titles(app, cookie)).toEqual(['Mentor two juniors']);
  });
});

describe('trellis backup and restore on PostgreSQL', () => {
  const db = useCliDatabase('postgres');
  afterEach(killChildren);

  it('points to pg_dump and pg_restore instead', async () => {
    const backup = await runCli(['backup', path.join(db.dir, 'x.dump')], { env: db.env });
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('pg_dump --format=custom --file=trellis.dump "$DATABASE_URL"');
    expect(fs.existsSync(path.join(db.dir, 'x.dump'))).toBe(false);

    const restore = await runCli(['restore', path.join(db.dir, 'x.dump')], { env: db.env });
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain(
      'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" trellis.dump',
    );
  });
});
