// The real server process (`trellis serve`) on 127.0.0.1: readiness, graceful shutdown with a
// request in flight, and what it writes to its logs.
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { killChildren, startServer, tempDataDir } from '../test/processes.ts';

// Starting the server takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let dir = '';
beforeEach(() => {
  dir = tempDataDir();
});
afterEach(async () => {
  await killChildren();
  fs.rmSync(dir, { recursive: true, force: true });
});

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Whether a new TCP connection to the server is accepted or refused. */
function connect(port: number): Promise<'accepted' | string> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 2_000 });
    req.once('response', (res) => {
      res.resume();
      resolve('accepted');
    });
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

describe('trellis serve', () => {
  it('answers /healthz and reports SQLite on /readyz', async () => {
    const server = await startServer({ TRELLIS_DATA_DIR: dir });
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'sqlite' });
    expect(fs.existsSync(`${dir}/trellis.db`)).toBe(true);
  });

  it('with PORT=0 says which port it actually listens on', async () => {
    const server = await startServer(
      { TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'info' },
      { port: 0, waitForHealth: false },
    );
    const deadline = Date.now() + 20_000;
    let port = 0;
    while (!port && Date.now() < deadline) {
      port = Number(/Trellis is ready at http:\/\/localhost:(\d+)/.exec(server.output())?.[1] ?? 0);
      if (!port) await new Promise((r) => setTimeout(r, 100));
    }
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('finishes a request in flight on SIGTERM, exits with code 0, then refuses connections', async () => {
    const server = await startServer({ TRELLIS_DATA_DIR: dir });
    const body = JSON.stringify({
      email: 'late@example.com',
      name: 'Late',
      password: 'a long enough password',
    });
    const half = Math.floor(body.length / 2);

    // A keep-alive agent, as browsers and most clients use: the server must still let go of the
    // connection once the answer is sent.
    const agent = new http.Agent({ keepAlive: true });
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/v1/auth/register',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (s: string) => (text += s));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.once('error', reject);
      });
      req.once('error', reject);
    });
    try {
      req.write(body.slice(0, half));
      // Let the server read the headers and the first half, so the request is truly in flight.
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(server.child.exitCode).toBeNull();
      req.end(body.slice(half));

      const res = await withTimeout(answered, 10_000, 'the answer to the request in flight');
      expect(res.status).toBe(201);
      expect(JSON.parse(res.body).user.email).toBe('late@example.com');
      // Well before the server's own 10 s force-exit, which would exit with code 1.
      expect(await withTimeout(server.exited, 8_000, 'the exit')).toEqual({ code: 0, signal: null });
    } finally {
      agent.destroy();
    }
    expect(await connect(server.port)).toBe('ECONNREFUSED');
  });

  it('exits with code 0 on SIGINT too', async () => {
    const server = await startServer({ TRELLIS_DATA_DIR: dir });
    server.child.kill('SIGINT');
    expect(await withTimeout(server.exited, 10_000, 'the exit')).toEqual({ code: 0, signal: null });
    expect(await connect(server.port)).toBe('ECONNREFUSED');
  });

  it('logs a request id on request lines and never a password, session cookie or token', async () => {
    const password = 'Pa55word-that-must-never-be-logged';
    const server = await startServer({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'info' });
    const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.origin}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: server.origin, ...headers },
        body: JSON.stringify(body),
      });

    const registered = await json('POST', '/api/v1/auth/register', {
      email: 'logs@example.com',
      name: 'Logs',
      password,
    });
    expect(registered.status).toBe(201);
    const login = await json('POST', '/api/v1/auth/login', { email: 'logs@example.com', password });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    const cookieValue = /trellis_session=([^;]+)/.exec(setCookie)?.[1] ?? '';
    expect(cookieValue.length).toBeGreaterThan(10);
    // A wrong password is logged as a failure, and must not be logged itself either.
    expect(
      (await json('POST', '/api/v1/auth/login', { email: 'logs@example.com', password: `${password}!` }))
        .status,
    ).toBe(401);

    const created = await json(
      'POST',
      '/api/v1/tokens',
      { name: 'logging check' },
      { cookie: `trellis_session=${cookieValue}` },
    );
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    const me = await fetch(`${server.origin}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    // Nor on a request that fails.
    const missing = await fetch(`${server.origin}/api/v1/nope`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(missing.status).toBe(404);

    server.child.kill('SIGTERM');
    expect(await withTimeout(server.exited, 10_000, 'the exit')).toEqual({ code: 0, signal: null });

    const output = server.output();
    const lines = output.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = entries.filter((e) => e.req !== undefined || e.res !== undefined);
    expect(requestLines.length).toBeGreaterThanOrEqual(10);
    for (const e of requestLines) expect(e.reqId).toEqual(expect.any(String));
    expect(new Set(requestLines.map((e) => e.reqId)).size).toBeGreaterThanOrEqual(6);

    const secrets = {
      password,
      cookie: cookieValue,
      cookieDecoded: decodeURIComponent(cookieValue),
      sessionToken: decodeURIComponent(cookieValue).split('.')[0] ?? '',
      token,
    };
    for (const [what, secret] of Object.entries(secrets)) {
      expect(secret.length, what).toBeGreaterThan(10);
      expect(output.includes(secret), `${what} appears in the logs`).toBe(false);
    }
  });
});
