// Builds the real app on a real database of either dialect, for API tests run with app.inject.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { expect } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import type { Clock } from '../src/platform/clock.ts';
import { createTestDatabase } from './postgres.ts';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestApp {
  app: FastifyInstance;
  dialect: TestDialect;
  config: Config;
  /**
   * Reads the database directly, past the app, to check what is actually stored. Write `?` for
   * parameters in either dialect.
   */
  rows<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A fresh app on an empty database: a temp SQLite file or a new PostgreSQL database. */
export async function startTestApp(
  dialect: TestDialect,
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-test-'));
  const pg = dialect === 'postgres' ? await createTestDatabase() : null;
  const config = loadConfig({
    TRELLIS_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-that-is-at-least-32-characters-long',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...options.env,
  });
  const app = await buildApp({ ...config, webRoot: null }, options.clock ? { clock: options.clock } : {});
  return {
    app,
    dialect,
    config,
    rows: (query, params = []) => readRows(config.database, query, params),
    async close() {
      await app.close();
      await pg?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function readRows<T>(database: Config['database'], query: string, params: unknown[]): Promise<T[]> {
  if (database.kind === 'sqlite') {
    const native = new SQLite(database.file, { readonly: true });
    try {
      return native.prepare(query).all(...params) as T[];
    } finally {
      native.close();
    }
  }
  let n = 0;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (
      await client.query(
        query.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as T[];
  } finally {
    await client.end();
  }
}

/** A clock that stands still until a test moves it, for time windows and timestamps. */
export function manualClock(startIso = '2026-03-02T09:00:00.000Z') {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  } satisfies Clock & { advance(ms: number): void };
}

export interface Call {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  /** A session cookie from `signUp`/`signIn`. */
  cookie?: string;
  token?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test answers are inspected freely
  json: any;
  headers: LightMyRequestResponse['headers'];
  cookie: string | undefined;
}

/** One API call. Cookie calls carry a same-origin Origin header, as a browser would send. */
export async function call(app: FastifyInstance, c: Call): Promise<Answer> {
  const headers: Record<string, string> = { ...c.headers };
  if (c.cookie) {
    headers.cookie = c.cookie;
    headers.origin ??= 'http://localhost:80';
  }
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const res = await app.inject({
    method: c.method ?? 'GET',
    url: c.url,
    headers: { host: 'localhost:80', ...headers },
    ...(c.body !== undefined ? { payload: c.body as object } : {}),
  });
  const setCookie = res.cookies.find((k) => k.name === 'trellis_session');
  return {
    status: res.statusCode,
    json: res.body ? safeJson(res.body) : undefined,
    headers: res.headers,
    cookie: setCookie?.value ? `trellis_session=${setCookie.value}` : undefined,
  };
}

const safeJson = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

let counter = 0;
/** Registers a new person and answers their session cookie. */
export async function signUp(
  app: FastifyInstance,
  overrides: { email?: string; name?: string; password?: string } = {},
) {
  counter += 1;
  const body = {
    email: overrides.email ?? `person${counter}-${Date.now()}@example.com`,
    name: overrides.name ?? `Person ${counter}`,
    password: overrides.password ?? 'a long enough password',
  };
  const res = await call(app, { method: 'POST', url: '/api/v1/auth/register', body });
  if (res.status !== 201 || !res.cookie)
    throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.json)}`);
  return {
    cookie: res.cookie,
    user: res.json.user as { id: string; email: string; role: string },
    password: body.password,
  };
}

/** Signs in and answers the new session cookie. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await call(app, { method: 'POST', url: '/api/v1/auth/login', body: { email, password } });
  if (res.status !== 200 || !res.cookie)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.cookie;
}

/** Asserts the one error shape: `{error: {code, message, requestId, issues?}}`, the id echoing x-request-id. */
export function expectError(res: Answer, status: number, code: string): void {
  expect({ status: res.status, code: res.json?.error?.code }).toEqual({ status, code });
  expect(Object.keys(res.json)).toEqual(['error']);
  const allowed = ['code', 'message', 'requestId', 'issues'];
  expect(Object.keys(res.json.error).filter((k) => !allowed.includes(k))).toEqual([]);
  expect(typeof res.json.error.message).toBe('string');
  expect(res.json.error.message.length).toBeGreaterThan(0);
  expect(res.json.error.requestId).toBe(res.headers['x-request-id']);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
}

/** The paths named by a 400's issues. */
export const issuePaths = (res: Answer): string[] =>
  (res.json?.error?.issues ?? []).map((i: { path: string }) => i.path);
