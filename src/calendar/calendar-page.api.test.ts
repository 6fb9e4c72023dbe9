// The feed's address beside the web app, and what the logs keep of it: `/calendar/<token>.ics` is
// answered by the feed's route, not the web app's catch-all, its address is made on the configured
// public URL, and no log line carries the token. Not a database behaviour: SQLite only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, call, expectError, signUp } from '../../test/harness.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const INDEX =
  '<!doctype html><html><head><title>Trellis</title></head><body><div id="root"></div></body></html>';
const PUBLIC = 'https://trellis.example.com';

describe('the calendar feed beside the web app, and the logs', () => {
  let dir: string;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-calendar-page-'));
    const web = path.join(dir, 'web');
    fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(web, 'index.html'), INDEX);
    const config = loadConfig({
      TRELLIS_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'test-secret-that-is-at-least-32-characters-long',
      TRELLIS_PUBLIC_URL: `${PUBLIC}/`,
    });
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    app = await buildApp({ ...config, webRoot: web }, { logStream });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the feed, not the web app, at its address, and keeps the token out of every log line', async () => {
    const person = await signUp(app, {});
    // The browser is on the public address, so that is the origin it sends.
    const created = await call(app, {
      method: 'POST',
      url: '/api/v1/calendar/feed',
      cookie: person.cookie,
      headers: { origin: PUBLIC },
    });
    const { url } = bodyOf(created, 201, 'create feed');
    expect(url).toMatch(/^https:\/\/trellis\.example\.com\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feedPath = new URL(url).pathname;
    const token = feedPath.slice('/calendar/'.length, -'.ics'.length);

    lines.length = 0;
    const feed = await app.inject({ method: 'GET', url: feedPath, headers: { host: 'localhost:80' } });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-store');
    expect(feed.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // An address no feed has is the feed's 404, in the error shape: never the web app's page.
    const unknown = await call(app, { url: `/calendar/${'B'.repeat(43)}.ics?x=1` });
    expectError(unknown, 404, 'not_found');
    // The web app still answers its own paths.
    const page = await app.inject({ method: 'GET', url: '/calendar', headers: { host: 'localhost:80' } });
    expect(page.body).toBe(INDEX);

    const urls = lines.map((line) => JSON.parse(line)).flatMap((entry) => (entry.req ? [entry.req.url] : []));
    expect(urls).toEqual(['/calendar/[redacted]', '/calendar/[redacted]?x=1', '/calendar']);
    expect(lines.join('\n')).not.toContain(token);
  });

  it('documents the feed’s endpoints beside the others', async () => {
    const doc = bodyOf(await call(app, { url: '/api/v1/openapi.json' }), 200, 'openapi');
    expect(Object.keys(doc.paths['/api/v1/calendar/feed']).sort()).toEqual(['delete', 'get', 'post']);
    expect(doc.paths['/calendar/{token}.ics'].get.parameters).toEqual([
      expect.objectContaining({ name: 'token', in: 'path', required: true }),
    ]);
    const operations = Object.values<object>(doc.paths).flatMap((ops) => Object.keys(ops));
    expect(operations).toHaveLength(app.endpoints.length);
  });
});
