// Faults a single process cannot show: several app servers sharing one limit, PostgreSQL killing
// connections under load, a network partition, a database that never answers, and kill -9 in the
// middle of a write burst. Real `trellis serve` processes on 127.0.0.1.
import fs from 'node:fs';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAdminUrl, type TestDatabase } from '../test/postgres.ts';
import { killChildren, type ServerProcess, startServer, tempDataDir } from '../test/processes.ts';
import { ask, eventually, pool, signUpAt } from './http.ts';
import { byStatus, report } from './report.ts';
import { startProxy, type TcpProxy } from './tcp-proxy.ts';

const DIALECTS = ['sqlite', 'postgres'] as const;

let dir = '';
let database: TestDatabase | null = null;
let proxy: TcpProxy | null = null;
beforeEach(() => {
  dir = tempDataDir();
});
afterEach(async () => {
  await killChildren();
  await proxy?.close();
  proxy = null;
  await database?.drop();
  database = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The environment of a server on a fresh database of the dialect; servers given the same one share it. */
async function environment(dialect: (typeof DIALECTS)[number]): Promise<Record<string, string>> {
  if (dialect === 'sqlite') return { TRELLIS_DATA_DIR: dir };
  database = await createTestDatabase();
  return { TRELLIS_DATA_DIR: dir, DATABASE_URL: database.url };
}

const alive = (server: ServerProcess) => server.child.exitCode === null && server.child.signalCode === null;

describe.each(DIALECTS)('several app servers on %s', (dialect) => {
  it('start together on a new database, migrating it once', async () => {
    const env = await environment(dialect);
    const servers = await Promise.all([startServer(env), startServer(env), startServer(env)]);
    for (const server of servers) expect((await ask(server.origin, { path: '/readyz' })).status).toBe(200);
    const { password } = await signUpAt(servers[0]!.origin, 'first@example.com');
    const signIns = await Promise.all(
      servers.map((server) =>
        ask(server.origin, {
          method: 'POST',
          path: '/api/v1/auth/login',
          body: { email: 'first@example.com', password },
        }),
      ),
    );
    expect(signIns.map((r) => r.status)).toEqual([200, 200, 200]);
    report(dialect, '3 app servers started at once on a new database', { ready: servers.length });
  });

  it('check at most 10 guesses at one e-mail between them', async () => {
    const env = await environment(dialect);
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    const { password } = await signUpAt(a.origin, 'target@example.com');
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        ask(i % 2 ? a.origin : b.origin, {
          method: 'POST',
          path: '/api/v1/auth/login',
          body: { email: 'target@example.com', password: i === 61 ? password : `wrong guess ${i}` },
        }),
      ),
    );
    const checked = answers.filter((r) => r.status !== 429).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(answers.filter((r) => r.status >= 500 || r.status === 0)).toEqual([]);
    report(dialect, '100 parallel guesses at one e-mail over 2 app servers', {
      checked,
      ...byStatus(answers.map((r) => r.status)),
    });
  });
});

describe.each(DIALECTS)('kill -9 during a write burst on %s', (dialect) => {
  it('loses no acknowledged write', async () => {
    const env = await environment(dialect);
    let server = await startServer(env);
    const { cookie } = await signUpAt(server.origin, 'writer@example.com');
    const start = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
    const goal = await ask(server.origin, {
      method: 'POST',
      path: '/api/v1/goals',
      cookie,
      body: {
        title: 'Write a lot',
        startDate: start,
        metric: { unit: 'h', baseline: 0, target: 1e9, aggregation: 'sum' },
      },
    });
    expect(goal.status).toBe(201);

    const acknowledged: string[] = [];
    let unanswered = 0;
    let stop = false;
    const burst = pool(100_000, 16, async (i) => {
      if (stop) return;
      const date = new Date(Date.parse(start) + (i % 200) * 86_400_000).toISOString().slice(0, 10);
      const res = await ask(server.origin, {
        method: 'POST',
        path: `/api/v1/goals/${goal.json.id}/check-ins`,
        cookie,
        body: { date, value: 1, note: `write ${i}` },
      });
      if (res.status === 201) acknowledged.push(res.json.id);
      else {
        unanswered += 1;
        stop = true;
      }
    });
    await eventually(async () => acknowledged.length >= 300, 30_000, 20);
    server.child.kill('SIGKILL');
    await burst;
    await server.exited;

    server = await startServer(env);
    const signedIn = await ask(server.origin, {
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { email: 'writer@example.com', password: 'a long enough password' },
    });
    const stored = await ask(server.origin, {
      path: `/api/v1/goals/${goal.json.id}/check-ins`,
      cookie: signedIn.json.cookie,
    });
    const found = new Set((stored.json.items as { id: string }[]).map((c) => c.id));
    const lost = acknowledged.filter((id) => !found.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
    report(dialect, 'kill -9 during a burst of check-ins', {
      acknowledged: acknowledged.length,
      'found after restart': acknowledged.length - lost.length,
      lost: lost.length,
      'cut off by the kill': unanswered,
    });
  });
});

describe('PostgreSQL faults', () => {
  const FAST = { DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000' };

  async function terminateConnections(name: string): Promise<number> {
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    try {
      const res = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      return res.rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  it('keeps the process alive while its connections are terminated under load', async () => {
    const env = await environment('postgres');
    const server = await startServer({ ...env, ...FAST });
    const { cookie } = await signUpAt(server.origin, 'load@example.com');
    const goal = await ask(server.origin, {
      method: 'POST',
      path: '/api/v1/goals',
      cookie,
      body: {
        title: 'Under load',
        startDate: '2026-01-01',
        metric: { unit: 'h', baseline: 0, target: 1e6, aggregation: 'sum' },
      },
    });
    const name = new URL(database!.url).pathname.slice(1);
    let terminated = 0;
    let done = false;
    const killer = (async () => {
      for (let round = 0; round < 8 && !done; round++) {
        await new Promise((r) => setTimeout(r, 250));
        terminated += await terminateConnections(name);
      }
    })();
    const answers = await pool(1_500, 20, (i) =>
      i % 3 === 0
        ? ask(server.origin, {
            method: 'POST',
            path: `/api/v1/goals/${goal.json.id}/check-ins`,
            cookie,
            body: { date: '2026-06-01', value: 1 },
          })
        : ask(server.origin, { path: i % 3 === 1 ? '/api/v1/goals' : '/api/v1/auth/me', cookie }),
    );
    done = true;
    await killer;
    const statuses = answers.map((r) => r.status);
    expect(alive(server)).toBe(true);
    expect(terminated).toBeGreaterThan(0);
    // Every request answered: served, or 503 when its connection died under it; never a 500.
    expect(statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
    for (const r of answers.filter((x) => x.status === 503)) expect(r.json.error.code).toBe('unavailable');
    expect((await ask(server.origin, { path: '/readyz' })).status).toBe(200);
    expect((await ask(server.origin, { path: '/api/v1/goals', cookie })).status).toBe(200);
    expect(server.output()).not.toMatch(/Unhandled 'error' event/);
    report('postgres', `1,500 requests while terminating the app's connections`, {
      'connections terminated': terminated,
      ...byStatus(statuses),
    });
  });

  it('answers 503 while the network to the database is cut, and recovers when it heals', async () => {
    const env = await environment('postgres');
    const url = new URL(database!.url);
    proxy = await startProxy({ host: url.hostname, port: Number(url.port) });
    url.host = `127.0.0.1:${proxy.port}`;
    const server = await startServer({ ...env, ...FAST, DATABASE_URL: url.toString() });
    const { cookie } = await signUpAt(server.origin, 'partition@example.com');
    expect((await ask(server.origin, { path: '/api/v1/goals', cookie })).status).toBe(200);

    proxy.partition();
    const cutAt = Date.now();
    const ready = await ask(server.origin, { path: '/readyz' });
    const readyMs = Date.now() - cutAt;
    expect(ready.status).toBe(503);
    expect(ready.json.error.code).toBe('unavailable');
    // Within the timeouts: a statement (2 s, plus 1 s for the client) or a connection (1 s).
    expect(readyMs).toBeLessThan(6_000);
    const during = await Promise.all(
      Array.from({ length: 12 }, () => ask(server.origin, { path: '/api/v1/goals', cookie })),
    );
    for (const r of during)
      expect({ status: r.status, code: r.json?.error?.code }).toEqual({ status: 503, code: 'unavailable' });
    expect((await ask(server.origin, { path: '/healthz' })).status).toBe(200);

    proxy.heal();
    const healedAt = Date.now();
    expect(
      await eventually(async () => (await ask(server.origin, { path: '/readyz' })).status === 200, 15_000),
    ).toBe(true);
    const recoveredMs = Date.now() - healedAt;
    const after = await Promise.all(
      Array.from({ length: 12 }, () => ask(server.origin, { path: '/api/v1/goals', cookie })),
    );
    expect(after.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(alive(server)).toBe(true);
    report('postgres', 'network partition, then healed', {
      'ms to /readyz 503': readyMs,
      ...byStatus(during.map((r) => r.status)),
      'ms to recover': recoveredMs,
    });
  });

  it('fails start-up within the connect timeout when the database accepts but never answers', async () => {
    proxy = await startProxy({ host: '127.0.0.1', port: 1 }, 'silent');
    const startedAt = Date.now();
    const server = await startServer(
      { TRELLIS_DATA_DIR: dir, ...FAST, DATABASE_URL: `postgres://app@127.0.0.1:${proxy.port}/trellis` },
      { waitForHealth: false },
    );
    const exit = await Promise.race([
      server.exited,
      new Promise((r) => setTimeout(() => r('still running'), 20_000)),
    ]);
    const ms = Date.now() - startedAt;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/database/i);
    report('postgres', 'start-up against a database that never answers', { 'ms to exit': ms });
  });
});
