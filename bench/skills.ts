// Searching the skill catalogue once O*NET and ESCO are imported (about 9,000 skills and 4,000
// roles beside the built-in ones), as ratios of GET /healthz measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { allTableRules } from '../src/features.ts';
import { createAccess } from '../src/platform/access/access.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { runImport } from '../src/skills/import/import.service.ts';
import { filesInFolder } from '../src/skills/import/import-file.ts';
import { fixture } from '../test/fixtures.ts';
import { baseline, ratio, section, timeIt } from './measure.ts';
import { signUp } from './seed.ts';

const FIXTURES = fixture();

export async function skillsBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-skills-'));
  const config = { ...loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }), webRoot: null };
  const app = await buildApp(config);
  const database = openDatabase(config.database);
  try {
    const access = createAccess(database.db, allTableRules());
    for (const source of ['onet', 'esco'] as const) {
      await runImport(access.instance, source, filesInFolder(path.join(FIXTURES, source)), new Date());
    }
    const person = await signUp(app, 'searcher@example.com');
    const get = (url: string) =>
      app.inject({ method: 'GET', url, headers: person.headers }).then((r) => {
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      });
    const counted = await app.inject({
      method: 'GET',
      url: '/api/v1/skills?limit=1',
      headers: person.headers,
    });
    const skills = (await database.db
      .selectFrom('skills')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst())!.n;
    const roles = (await database.db
      .selectFrom('roles')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst())!.n;
    void counted;

    section(
      `Catalogue search over ${Number(skills).toLocaleString('en-US')} skills and ${Number(roles).toLocaleString('en-US')} roles (SQLite, in-process)`,
    );
    const health = await timeIt('GET /healthz', 500, () => get('/healthz'));
    baseline(health);
    for (const [label, url] of [
      ['skills, "python" (a name and its neighbours)', '/api/v1/skills?q=python'],
      ['skills, "data" (hundreds of matches)', '/api/v1/skills?q=data'],
      ['skills, "a" (nearly every skill matches)', '/api/v1/skills?q=a'],
      ['skills, the first page by name, no query', '/api/v1/skills'],
      ['roles, "engineer"', '/api/v1/roles?q=engineer'],
    ] as const) {
      ratio(health, await timeIt(`GET ${url}: ${label}`, 50, () => get(url)));
    }
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
