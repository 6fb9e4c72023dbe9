// Builds the real app on a real database of either dialect, for API tests run with app.inject.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Clock } from '../src/platform/clock.ts';
import { createTestDatabase } from './postgres.ts';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestApp {
  app: FastifyInstance;
  dialect: TestDialect;
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
    async close() {
      await app.close();
      await pg?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
    cookie: setCookie && setCookie.value ? `trellis_session=${setCookie.value}` : undefined,
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
