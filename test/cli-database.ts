// A fresh database per test for tests of the `trellis` command line, which runs as a child process:
// the CLI and the app read and write the same one.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { TestDialect } from './harness.ts';
import { createTestDatabase, type TestDatabase } from './postgres.ts';
import { killChildren, tempDataDir } from './processes.ts';

/** One fresh database per test: a temp SQLite directory, plus a new PostgreSQL database if asked. */
export function useCliDatabase(dialect: TestDialect) {
  const state: {
    dir: string;
    pg: TestDatabase | null;
    env: Record<string, string>;
    apps: FastifyInstance[];
  } = { dir: '', pg: null, env: {}, apps: [] };
  beforeEach(async () => {
    state.dir = tempDataDir();
    state.pg = dialect === 'postgres' ? await createTestDatabase() : null;
    state.env = { TRELLIS_DATA_DIR: state.dir, ...(state.pg ? { DATABASE_URL: state.pg.url } : {}) };
    state.apps = [];
  });
  afterEach(async () => {
    await killChildren();
    for (const app of state.apps) await app.close();
    await state.pg?.drop();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return {
    get env() {
      return state.env;
    },
    get dir() {
      return state.dir;
    },
    /** The app on the same database the CLI wrote to, to check what the CLI did. */
    async app(): Promise<FastifyInstance> {
      const app = await buildApp({ ...loadConfig({ ...state.env, LOG_LEVEL: 'silent' }), webRoot: null });
      state.apps.push(app);
      return app;
    },
  };
}
