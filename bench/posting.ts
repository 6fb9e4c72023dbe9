// Job posting → draft role: the matcher against catalogues the size of an O*NET and ESCO import,
// and the endpoint on SQLite with such a catalogue, which reads every visible skill per posting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { derivedColumns } from '../src/skills/catalogue/rows.ts';
import { draftRequirements } from '../src/skills/domain/posting.ts';
import { CATALOGUE } from '../src/skills/domain/postings/catalogue.ts';
import { generatedCatalogue, largePosting } from '../src/skills/domain/postings/large.ts';
import { baseline, ratio, section, timeIt } from './measure.ts';
import { signUp } from './seed.ts';

const { text } = largePosting();
const tenth = text.slice(0, text.length / 10);

/** Adds `size` generated skills to the instance's catalogue of a SQLite database, in one transaction. */
function addCatalogue(file: string, size: number): void {
  const db = new SQLite(file);
  const insert = db.prepare(
    `insert into skills (id, owner_id, name, name_key, kind, category, description, aliases, search, source, code, hot, created_at, updated_at)
     values (?, null, ?, ?, ?, null, '', ?, ?, 'onet', null, 0, ?, ?)`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const skill of generatedCatalogue(size)) {
      const d = derivedColumns(skill.name, skill.aliases);
      insert.run(skill.id, skill.name, d.name_key, skill.kind, d.aliases, d.search, now, now);
    }
  })();
  db.close();
}

export async function postingBench(): Promise<void> {
  section('Job posting → draft role: the matcher (pure domain rules)');
  const small = await timeIt('50,000 characters, 35 skills', 50, () => draftRequirements(text, CATALOGUE));
  baseline(small);
  for (const size of [20_000, 100_000]) {
    const skills = [...CATALOGUE, ...generatedCatalogue(size)];
    const label = size.toLocaleString('en-US');
    ratio(
      small,
      await timeIt(`50,000 characters, ${label} skills`, 10, () => draftRequirements(text, skills)),
    );
    ratio(
      small,
      await timeIt(`5,000 characters, ${label} skills`, 10, () => draftRequirements(tenth, skills)),
    );
  }

  section('POST /api/v1/roles/from-posting (SQLite, in-process)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
  const config = { ...loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }), webRoot: null };
  const app = await buildApp(config);
  try {
    const person = await signUp(app, 'posting@example.com');
    const post = (body: object) => () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/roles/from-posting',
        headers: person.headers,
        payload: body,
      });
    const builtIn = await timeIt(
      '50,000 characters, the built-in catalogue',
      20,
      post({ title: 'Staff', text }),
    );
    baseline(builtIn);
    if (config.database.kind !== 'sqlite') throw new Error('the posting bench runs on SQLite');
    addCatalogue(config.database.file, 20_000);
    ratio(
      builtIn,
      await timeIt('a one-line posting, 20,000 more skills', 10, post({ title: 'Staff', text: 'Python' })),
    );
    ratio(builtIn, await timeIt('50,000 characters, 20,000 more skills', 10, post({ title: 'Staff', text })));
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
