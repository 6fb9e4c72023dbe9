// The page a feedback link opens and what the logs keep of it: the web app is served at
// `/feedback/<token>` to anyone, without signing in, and no log line carries the token, whether
// of the page or of the API behind it. Not a database behaviour: SQLite only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFeedback, tokenOf } from '../../test/factories.ts';
import { call, signUp } from '../../test/harness.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const INDEX =
  '<!doctype html><html><head><title>Trellis</title></head><body><div id="root"></div></body></html>';

describe('the feedback link’s page and the logs', () => {
  let dir: string;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-feedback-page-'));
    const web = path.join(dir, 'web');
    fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(web, 'index.html'), INDEX);
    const config = loadConfig({
      TRELLIS_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'test-secret-that-is-at-least-32-characters-long',
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

  it('serves the web app at /feedback/<token> without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/feedback/abc', headers: { host: 'localhost:80' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(INDEX);
  });

  it('keeps the token out of every log line: the page, opening and answering the link', async () => {
    const { cookie } = await signUp(app);
    const created = await requestFeedback(app, cookie);
    const token = tokenOf(created);
    lines.length = 0;
    const page = await app.inject({
      method: 'GET',
      url: `/feedback/${token}`,
      headers: { host: 'localhost:80' },
    });
    expect(page.statusCode).toBe(200);
    expect((await call(app, { url: `/api/v1/feedback/${token}` })).status).toBe(200);
    const answered = await call(app, {
      method: 'POST',
      url: `/api/v1/feedback/${token}`,
      body: { answers: ['Hi.'] },
    });
    expect(answered.status).toBe(204);
    expect((await call(app, { url: `/api/v1/feedback/${token}?again=1` })).status).toBe(409);

    const urls = lines.map((line) => JSON.parse(line)).flatMap((entry) => (entry.req ? [entry.req.url] : []));
    expect(urls).toEqual([
      '/feedback/[redacted]',
      '/api/v1/feedback/[redacted]',
      '/api/v1/feedback/[redacted]',
      '/api/v1/feedback/[redacted]?again=1',
    ]);
    expect(lines.join('\n')).not.toContain(token);
  });
});
