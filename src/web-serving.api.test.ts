// How the app serves the built web app next to the API. Not a database behaviour: SQLite only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, call as injectCall } from '../test/harness.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const MARKER = 'trellis-web-serving-test-marker';
const SCRIPT = 'console.log("app-abc123");\n';
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Served {
  app: FastifyInstance;
  dir: string;
}

async function serveWeb(webRoot: (dir: string) => string | null): Promise<Served> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-web-test-'));
  const config = loadConfig({ TRELLIS_DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' });
  const app = await buildApp({ ...config, webRoot: webRoot(dir) });
  return { app, dir };
}

async function stop(served: Served | undefined) {
  await served?.app.close();
  if (served) fs.rmSync(served.dir, { recursive: true, force: true });
}

const get = (
  app: FastifyInstance,
  url: string,
  method: 'GET' | 'HEAD' | 'POST' = 'GET',
  headers: Record<string, string> = {},
) => app.inject({ method, url, headers: { host: 'localhost:80', ...headers } });

describe('with the web app built', () => {
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serveWeb((dir) => {
      const web = path.join(dir, 'web');
      fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
      fs.writeFileSync(
        path.join(web, 'index.html'),
        `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${MARKER}</body></html>\n`,
      );
      fs.writeFileSync(path.join(web, 'assets', 'app-abc123.js'), SCRIPT);
      fs.writeFileSync(path.join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      return web;
    });
  });
  afterAll(() => stop(served));
  const app = () => served!.app;

  it('serves index.html at /, revalidated on every visit', async () => {
    const res = await get(app(), '/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).toContain(MARKER);
    expect((await get(app(), '/', 'HEAD')).statusCode).toBe(200);
  });

  it.each(['/goals/some-id', '/account', '/goals/some-id/check-ins?from=2026-01-01', '/signin/'])(
    'answers the client-side route %s with index.html, not cached',
    async (url) => {
      const res = await get(app(), url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.body).toContain(MARKER);
    },
  );

  it('answers HEAD for a client-side route like GET, without a body', async () => {
    const res = await get(app(), '/goals/some-id', 'HEAD');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe('');
  });

  it('serves hashed assets as immutable, with their own type', async () => {
    const res = await get(app(), '/assets/app-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body).toBe(SCRIPT);
  });

  it('serves other files at the root without the immutable cache', async () => {
    const res = await get(app(), '/favicon.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with 404, never with index.html', async () => {
    // An old page asking for an asset a new deploy removed must fail plainly: index.html served
    // as a script is refused by the browser (nosniff) and hides what went wrong.
    const res = await get(app(), '/assets/app-old999.js');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(MARKER);
    const answer = await injectCall(app(), { url: '/assets/app-old999.js' });
    expectError(answer, 404, 'not_found');
    // The web app is built, so the hint to build it would mislead.
    expect(answer.json.error.message).not.toContain('build');
  });

  it.each(['/api/v1/nope', '/api/v1/goals/x/nope', '/api', '/api/', '/api?format=html'])(
    'answers the unknown API path %s with the JSON not_found error, never index.html',
    async (url) => {
      const res = await injectCall(app(), { url });
      expectError(res, 404, 'not_found');
      expect(JSON.stringify(res.json)).not.toContain(MARKER);
      expect(res.headers['cache-control']).not.toBe(IMMUTABLE);
    },
  );

  it('answers other methods on unknown paths with a JSON 404, not html', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const res = await injectCall(app(), { method, url: '/somewhere', body: {} });
      expectError(res, 404, 'not_found');
      expect(JSON.stringify(res.json)).not.toContain(MARKER);
    }
  });

  it('does not serve files from outside the web root', async () => {
    for (const url of [
      '/../data/trellis.db',
      '/%2e%2e/data/trellis.db',
      '/assets/..%2f..%2fdata/trellis.db',
    ]) {
      const res = await get(app(), url);
      expect(res.body).not.toContain('SQLite format');
    }
  });

  it('still answers the API and health checks', async () => {
    expect((await injectCall(app(), { url: '/healthz' })).json).toEqual({ status: 'ok' });
    const info = await injectCall(app(), { url: '/api/v1/instance' });
    expect(info.status).toBe(200);
    expect(info.headers['cache-control']).toBe('no-store');
  });
});

describe('without the web app', () => {
  let served: Served | undefined;
  afterAll(() => stop(served));

  it.each([
    { label: 'webRoot null', webRoot: () => null },
    { label: 'a webRoot with no index.html (not built yet)', webRoot: (dir: string) => dir },
  ])('answers / with a 404 telling to build the web app ($label)', async ({ webRoot }) => {
    await stop(served);
    served = await serveWeb(webRoot);
    const res = await injectCall(served.app, { url: '/' });
    expectError(res, 404, 'not_found');
    expect(res.json.error.message).toContain('npm run build:web');
    expectError(await injectCall(served.app, { url: '/goals/some-id' }), 404, 'not_found');
    // The API is unaffected.
    expect((await injectCall(served.app, { url: '/api/v1/instance' })).status).toBe(200);
  });
});

describe('with files worth compressing and none compressed by the build', () => {
  // Built by another tool, or by hand: no .br or .gz next to the files, so the server compresses
  // on the fly what is worth it (over 1 KiB, a text type) and sends the rest as it is.
  let served: Served | undefined;
  const page = `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${`<p>${MARKER}</p>\n`.repeat(100)}</body></html>\n`;
  const script = `${'export const line = "a line of the app";\n'.repeat(200)}`;
  const photo = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  beforeAll(async () => {
    served = await serveWeb((dir) => {
      const web = path.join(dir, 'web');
      fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(web, 'index.html'), page);
      fs.writeFileSync(path.join(web, 'assets', 'app-abc123.js'), script);
      fs.writeFileSync(path.join(web, 'photo.png'), photo);
      return web;
    });
  });
  afterAll(() => stop(served));
  const app = () => served!.app;

  const decoded = (res: LightMyRequestResponse) =>
    res.headers['content-encoding'] === 'br'
      ? zlib.brotliDecompressSync(res.rawPayload).toString()
      : res.headers['content-encoding'] === 'gzip'
        ? zlib.gunzipSync(res.rawPayload).toString()
        : res.body;

  it.each(['/', '/goals/some-id', '/assets/app-abc123.js'])(
    'compresses %s on the fly as the browser accepts',
    async (url) => {
      const file = url.startsWith('/assets/') ? script : page;
      for (const [accept, encoding] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const res = await get(app(), url, 'GET', { 'accept-encoding': accept });
        expect(res.statusCode, accept).toBe(200);
        expect(res.headers['content-encoding'], accept).toBe(encoding);
        expect(res.headers.vary, accept).toBe('accept-encoding');
        expect(decoded(res), accept).toBe(file);
        if (encoding) expect(res.rawPayload.length, accept).toBeLessThan(file.length / 5);
        // Streamed as it is compressed: the length is not known up front.
        expect(res.headers['content-length'], accept).toBe(encoding ? undefined : String(file.length));
      }
    },
  );

  it('answers HEAD with the headers GET has, and no body', async () => {
    for (const url of ['/', '/goals/some-id', '/assets/app-abc123.js']) {
      const head = await get(app(), url, 'HEAD', { 'accept-encoding': 'br' });
      const full = await get(app(), url, 'GET', { 'accept-encoding': 'br' });
      expect(head.statusCode, url).toBe(200);
      expect(head.body, url).toBe('');
      for (const name of [
        'content-encoding',
        'content-type',
        'content-length',
        'vary',
        'cache-control',
        'etag',
      ]) {
        expect(head.headers[name], `${url} ${name}`).toEqual(full.headers[name]);
      }
    }
  });

  it('sends an image as it is: compressing it again gains nothing', async () => {
    const res = await get(app(), '/photo.png', 'GET', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(photo)).toBe(true);
  });
});
