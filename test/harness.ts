// Builds the real app on a real database of either dialect, for API tests run with app.inject.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
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
  /**
   * Writes to the database directly, past the app: for rows the API would now refuse but older
   * versions stored. Write `?` for parameters in either dialect.
   */
  execute(query: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Configuration on top of the test defaults (a temp data dir, silent logs, a session secret). */
  env?: Record<string, string>;
  clock?: Clock;
}

/** A fresh app on an empty database: a temp SQLite file or a new PostgreSQL database. */
export async function startTestApp(dialect: TestDialect, options: TestAppOptions = {}): Promise<TestApp> {
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
    execute: (query, params = []) => writeRows(config.database, query, params),
    async close() {
      await app.close();
      await pg?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app of a describe block, as `useTestApp` answers it: read when used, closed by the block. */
export type TestAppHandle = Omit<TestApp, 'close'>;

/**
 * Gives the enclosing describe block its own fresh app: started (as by `startTestApp`) in a
 * beforeAll and closed in an afterAll. The handle can be kept in a `const` while tests are being
 * collected; `app`, `config` and `rows` reach the running app when read, in a hook or a test.
 *
 *     describe.each(DIALECTS)('goals on %s', (dialect) => {
 *       const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
 *       it('…', async () => { const { cookie } = await signUp(t.app); … });
 *     });
 */
export function useTestApp(dialect: TestDialect, options: TestAppOptions = {}): TestAppHandle {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(dialect, options);
  });
  afterAll(() => started?.close());
  const running = (): TestApp => {
    if (!started) throw new Error('useTestApp: the app starts in beforeAll; read it in a hook or a test');
    return started;
  };
  return {
    dialect,
    get app() {
      return running().app;
    },
    get config() {
      return running().config;
    },
    rows: (query, params) => running().rows(query, params),
    execute: (query, params) => running().execute(query, params),
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
  return (await pgQuery(database.url, query, params)) as T[];
}

async function writeRows(database: Config['database'], query: string, params: unknown[]): Promise<void> {
  if (database.kind === 'sqlite') {
    const native = new SQLite(database.file);
    try {
      native.prepare(query).run(...params);
    } finally {
      native.close();
    }
    return;
  }
  await pgQuery(database.url, query, params);
}

/** Runs one query on its own connection, with `?` placeholders numbered for PostgreSQL. */
async function pgQuery(url: string, query: string, params: unknown[]): Promise<unknown[]> {
  let n = 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (
      await client.query(
        query.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows;
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

/** The body of a set-up call's answer; throws, with what the API said, unless it answered `status`. */
// biome-ignore lint/suspicious/noExplicitAny: set-up answers are used freely, like `Answer.json`
export function bodyOf(res: Answer, status: number, what: string): any {
  if (res.status !== status) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

const safeJson = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

export interface SignUpOverrides {
  email?: string;
  name?: string;
  password?: string;
}

/** A person `signUp` registered: their session cookie, the user the API answered, and their password. */
export interface SignedUp {
  cookie: string;
  user: { id: string; email: string; role: string };
  password: string;
}

let counter = 0;
/** Registers a new person and answers their session cookie. */
export async function signUp(app: FastifyInstance, overrides: SignUpOverrides = {}): Promise<SignedUp> {
  counter += 1;
  const body = {
    email: overrides.email ?? `person${counter}-${Date.now()}@example.com`,
    name: overrides.name ?? `Person ${counter}`,
    password: overrides.password ?? 'a long enough password',
  };
  const res = await call(app, { method: 'POST', url: '/api/v1/auth/register', body });
  if (res.status !== 201 || !res.cookie)
    throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { cookie: res.cookie, user: res.json.user, password: body.password };
}

/** The sign-in call itself, whatever it answers: for tests of sign-in. */
export const login = (app: FastifyInstance, email: string, password: string): Promise<Answer> =>
  call(app, { method: 'POST', url: '/api/v1/auth/login', body: { email, password } });

/** Signs in and answers the new session cookie. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await login(app, email, password);
  if (res.status !== 200 || !res.cookie)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.cookie;
}

/** Creates a personal API token with the session `cookie`; answers its id and its secret. */
export async function createToken(
  app: FastifyInstance,
  cookie: string,
  name = 'cli',
): Promise<{ id: string; token: string }> {
  const res = await call(app, { method: 'POST', url: '/api/v1/tokens', cookie, body: { name } });
  const { id, token } = bodyOf(res, 201, 'createToken');
  return { id, token };
}

/** A person `useSignedIn` registered; `token` and `tokenId` only when a token was asked for. */
export interface SignedIn extends SignedUp {
  token: string;
  tokenId: string;
}

/**
 * Signs one new person up for the whole describe block, in a beforeAll (so call it after
 * `useTestApp`, whose app it uses), with an API token too when `token` names one. Like the
 * handle of `useTestApp`, the answer is read in a hook or a test.
 */
export function useSignedIn(t: TestAppHandle, options: SignUpOverrides & { token?: string } = {}): SignedIn {
  const { token: tokenName, ...overrides } = options;
  let person: (SignedUp & { token?: { id: string; token: string } }) | undefined;
  beforeAll(async () => {
    const signedUp = await signUp(t.app, overrides);
    person = {
      ...signedUp,
      ...(tokenName ? { token: await createToken(t.app, signedUp.cookie, tokenName) } : {}),
    };
  });
  const signedIn = () => {
    if (!person)
      throw new Error('useSignedIn: the person signs up in beforeAll; read it in a hook or a test');
    return person;
  };
  const token = () => {
    const created = signedIn().token;
    if (!created) throw new Error('useSignedIn: no token was asked for');
    return created;
  };
  return {
    get cookie() {
      return signedIn().cookie;
    },
    get user() {
      return signedIn().user;
    },
    get password() {
      return signedIn().password;
    },
    get token() {
      return token().token;
    },
    get tokenId() {
      return token().id;
    },
  };
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

/** A 400 whose only issue is at `path`. */
export function expectInvalid(res: Answer, path: string): void {
  expectError(res, 400, 'validation_failed');
  expect(issuePaths(res)).toEqual([path]);
}
