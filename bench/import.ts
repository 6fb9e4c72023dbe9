// The O*NET import: the whole fixture release (1,016 occupations, 32,627 technology rows, the
// Skills subset) read and written into a new SQLite database, then once more over what it wrote.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { allMigrations, allTableRules } from '../src/features.ts';
import { createAccess } from '../src/platform/access/access.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { runImport } from '../src/skills/import/import.service.ts';
import { filesInFolder } from '../src/skills/import/import-file.ts';
import { fixture } from '../test/fixtures.ts';
import { figure, section } from './measure.ts';

const ONET = fixture('onet');

export async function importBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-import-'));
  const database = openDatabase(loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }).database);
  try {
    await migrateToLatest(database, allMigrations());
    const access = createAccess(database.db, allTableRules());
    const timed = async () => {
      const start = performance.now();
      const summary = await runImport(access.instance, 'onet', filesInFolder(ONET), new Date());
      return { seconds: (performance.now() - start) / 1000, summary };
    };

    section('O*NET import (SQLite, in-process)');
    const first = await timed();
    const { roles, skills, technologies } = first.summary;
    figure(
      `the fixture release into a new database (${roles.added} roles, ${skills.added} skills, ${technologies.added} technologies added)`,
      first.seconds,
      's',
      10,
    );
    const again = await timed();
    figure('the same release again, every row updated in place', again.seconds, 's', 10);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
