// `trellis import onet|esco <folder>`, run as a child process (bin/trellis.js, as built for the api
// tier) against real SQLite and PostgreSQL databases, as src/cli/cli.api.test.ts runs the others.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import { DIALECTS, type TestDialect } from '../../../test/harness.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/postgres.ts';
import { hasStackTrace, killChildren, runCli, tempDataDir } from '../../../test/processes.ts';

// Each CLI run starts Node afresh, and an import of the ESCO files takes a few seconds more.
vi.setConfig({ testTimeout: 90_000 });

const ESCO = fixture('esco');

/** A fresh database per test: a temp SQLite directory, and a new PostgreSQL database if asked. */
function useDatabase(dialect: TestDialect) {
  const state: { dir: string; pg: TestDatabase | null; env: Record<string, string> } = {
    dir: '',
    pg: null,
    env: {},
  };
  beforeEach(async () => {
    state.dir = tempDataDir();
    state.pg = dialect === 'postgres' ? await createTestDatabase() : null;
    state.env = { TRELLIS_DATA_DIR: state.dir, ...(state.pg ? { DATABASE_URL: state.pg.url } : {}) };
  });
  afterEach(async () => {
    await killChildren();
    await state.pg?.drop();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

describe.each(DIALECTS)('trellis import on %s', (dialect) => {
  const db = useDatabase(dialect);

  it('imports the ESCO files, one line per kind of record, then updates them in place', async () => {
    const first = await runCli(['import', 'esco', ESCO], { env: db.env, timeoutMs: 60_000 });
    // stderr is a pipe, not a terminal: no progress bar.
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = first.stdout.trimEnd().split('\n');
    // grep -c '^Occupation,http://data.europa.eu/esco/occupation/' occupations_en.csv   → 2942
    expect(lines[0]).toBe('roles: 2942 added, 0 updated, 0 skipped');
    // 107 skills (esco.test.ts): each one added, or linked to a built-in skill of the same name.
    const [, added, updated] = /^skills: (\d+) added, (\d+) updated, 0 skipped$/.exec(lines[1]!) ?? [];
    expect(Number(added) + Number(updated)).toBe(107);
    expect(lines.slice(2, 4)).toEqual([
      'requirements: 0 added, 0 updated, 0 skipped',
      'technologies: 0 added, 0 updated, 0 skipped',
    ]);
    expect(lines).toContain(
      'note: Roles were imported without requirements: occupationSkillRelations_en.csv was not among the files.',
    );

    const again = await runCli(['import', 'esco', ESCO], { env: db.env, timeoutMs: 60_000 });
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').slice(0, 2)).toEqual([
      'roles: 0 added, 2942 updated, 0 skipped',
      'skills: 0 added, 107 updated, 0 skipped',
    ]);
  });
});

describe('trellis import with nothing to import', () => {
  const db = useDatabase('sqlite');

  it('exits non-zero on an empty folder, saying what it looks for, and opens no database', async () => {
    const empty = tempDataDir();
    try {
      const r = await runCli(['import', 'onet', empty], { env: db.env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `${empty}: No O*NET file to import. O*NET files are recognised by their header row: Occupation Data ` +
          '(O*NET-SOC Code, Title, Description), a rating file such as Skills, Knowledge or Abilities ' +
          '(Element ID, Scale ID, Data Value), or Technology Skills (Example, Commodity Code, Commodity ' +
          'Title, Hot Technology).\n',
      );
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(fs.readdirSync(db.dir)).toEqual([]);

      const esco = await runCli(['import', 'esco', empty], { env: db.env });
      expect(esco.code).toBe(2);
      expect(esco.stderr).toMatch(/: No ESCO file to import\. ESCO files are recognised by their names: /);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits non-zero on a folder that does not exist, naming it', async () => {
    const r = await runCli(['import', 'esco', '/nonexistent/esco-download'], { env: db.env });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'No such folder: /nonexistent/esco-download\n',
    });
  });

  it('explains itself in --help', async () => {
    const r = await runCli(['import', '--help'], { env: db.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}onet <folder>/m);
    expect(r.stdout).toMatch(/^ {2}esco <folder>/m);
  });
});
