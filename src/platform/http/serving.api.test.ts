// How answers travel: compression, caching and the security headers of every kind of answer, on a
// real build of the web app (made once, into a directory of this file's own). Not a database
// behaviour: SQLite only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakDown, createGoal, sumMetric } from '../../../test/factories.ts';
import { signUp } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

let dir: string;
let web: string;
/** The built files the tests ask for, by role, named as this build named them. */
const built = { js: '', css: '' };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-serving-test-'));
  web = path.join(dir, 'web');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', web, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  const assets = fs.readdirSync(path.join(web, 'assets'));
  built.js = `/assets/${assets.find((f) => /^index-[\w-]+\.js$/.test(f))}`;
  built.css = `/assets/${assets.find((f) => /^index-[\w-]+\.css$/.test(f))}`;
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function serve(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({
    TRELLIS_DATA_DIR: fs.mkdtempSync(path.join(dir, 'data-')),
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-that-is-at-least-32-characters-long',
    ...env,
  });
  return buildApp({ ...config, webRoot: web });
}

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { host: 'localhost:80', ...headers } });

/** The body as the browser reads it, after undoing the content-encoding. */
function decoded(res: LightMyRequestResponse): Buffer {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.rawPayload);
  if (encoding === 'gzip') return zlib.gunzipSync(res.rawPayload);
  if (encoding === undefined) return res.rawPayload;
  throw new Error(`unexpected content-encoding ${encoding}`);
}

/** What each Accept-Encoding gets: brotli when offered (it is smaller), else gzip, else plain. */
const NEGOTIATION: [acceptEncoding: string | null, encoding: string | undefined][] = [
  ['br', 'br'],
  ['gzip', 'gzip'],
  ['gzip, deflate, br', 'br'],
  ['br;q=0, gzip', 'gzip'],
  ['identity', undefined],
  ['deflate', undefined],
  [null, undefined],
];

describe('serving the built web app, the docs and the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await serve();
  });
  afterAll(() => app?.close());

  describe('compression', () => {
    it.each(['js', 'css'] as const)(
      'sends the %s bundle compressed as the browser accepts, from the files the build compressed',
      async (role) => {
        const url = built[role];
        const file = fs.readFileSync(path.join(web, url));
        expect(file.length).toBeGreaterThan(1024);
        for (const [acceptEncoding, encoding] of NEGOTIATION) {
          const res = await get(
            app,
            url,
            acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding },
          );
          const label = `${url} with Accept-Encoding ${acceptEncoding}`;
          expect(res.statusCode, label).toBe(200);
          expect(res.headers['content-encoding'], label).toBe(encoding);
          expect(res.headers.vary, label).toBe('accept-encoding');
          expect(res.headers['content-type'], label).toBe(
            role === 'js' ? 'application/javascript; charset=utf-8' : 'text/css; charset=utf-8',
          );
          expect(res.headers['cache-control'], label).toBe(IMMUTABLE);
          expect(decoded(res).equals(file), label).toBe(true);
          // Pre-compressed: the build's .br or .gz itself, with its length.
          const sent = encoding === 'br' ? `${url}.br` : encoding === 'gzip' ? `${url}.gz` : url;
          expect(Number(res.headers['content-length']), label).toBe(fs.statSync(path.join(web, sent)).size);
        }
        const br = fs.statSync(path.join(web, `${url}.br`)).size;
        const gz = fs.statSync(path.join(web, `${url}.gz`)).size;
        expect(br).toBeLessThan(gz);
        expect(gz).toBeLessThan(file.length);
      },
    );

    it('sends index.html (under 1 KiB) and favicon.svg plain whatever is accepted: too small to gain', async () => {
      for (const url of ['/', '/goals', '/favicon.svg']) {
        const file = fs.readFileSync(path.join(web, url === '/favicon.svg' ? 'favicon.svg' : 'index.html'));
        // Past 1 KiB it would be compressed, as web-serving.api.test.ts shows with a larger one.
        expect(file.length, `${url} has grown past the compression threshold`).toBeLessThan(1024);
        for (const acceptEncoding of ['br', 'gzip', 'identity']) {
          const res = await get(app, url, { 'accept-encoding': acceptEncoding });
          expect(res.statusCode, url).toBe(200);
          expect(res.headers['content-encoding'], url).toBeUndefined();
          expect(Number(res.headers['content-length']), url).toBe(file.length);
          expect(res.rawPayload.equals(file), url).toBe(true);
        }
      }
    });

    it("compresses Swagger UI's files on the fly, and its page's answers", async () => {
      const files = path.join(root, 'node_modules/@fastify/swagger-ui/static');
      for (const name of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
        const file = fs.readFileSync(path.join(files, name));
        for (const [acceptEncoding, encoding] of NEGOTIATION) {
          const url = `/api/docs/static/${name}`;
          const res = await get(
            app,
            url,
            acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding },
          );
          const label = `${url} with Accept-Encoding ${acceptEncoding}`;
          expect(res.statusCode, label).toBe(200);
          expect(res.headers['content-encoding'], label).toBe(encoding);
          expect(res.headers.vary, label).toBe('accept-encoding');
          expect(decoded(res).equals(file), label).toBe(true);
          if (encoding) expect(res.rawPayload.length, label).toBeLessThan(file.length / 3);
        }
      }
      // The OpenAPI document Swagger UI reads (44 KB), and the initializer script it builds.
      for (const url of ['/api/docs/json', '/api/docs/static/swagger-initializer.js']) {
        const plain = await get(app, url, { 'accept-encoding': 'identity' });
        const br = await get(app, url, { 'accept-encoding': 'br' });
        expect(br.headers['content-encoding'], url).toBe('br');
        expect(decoded(br).equals(plain.rawPayload), url).toBe(true);
      }
    });

    it('compresses a large API list, and sends small answers plain', async () => {
      const { cookie } = await signUp(app);
      // 8 ten-year goals of 120 monthly slices each, and 32 more: 1,000 goals with their progress.
      for (let i = 0; i < 8; i++) {
        const goal = await createGoal(app, cookie, {
          title: `Decade plan ${i}`,
          startDate: '2027-01-01',
          dueDate: '2036-12-31',
          metric: sumMetric('h', 1_200),
        });
        await breakDown(app, cookie, goal.id, 'month');
      }
      for (let i = 0; i < 32; i++) await createGoal(app, cookie, { title: `Goal ${i}` });

      const list = (acceptEncoding: string) =>
        app.inject({
          url: '/api/v1/goals',
          headers: { host: 'localhost:80', cookie, 'accept-encoding': acceptEncoding },
        });
      const plain = await list('identity');
      expect(plain.statusCode).toBe(200);
      expect(plain.json().items).toHaveLength(1_000);
      expect(plain.headers['content-encoding']).toBeUndefined();
      // A cache must not hand this plain copy to a browser that accepts compression.
      expect(plain.headers.vary).toBe('accept-encoding');
      expect(plain.headers['cache-control']).toBe('no-store');
      for (const encoding of ['br', 'gzip']) {
        const res = await list(encoding);
        expect(res.statusCode, encoding).toBe(200);
        expect(res.headers['content-encoding'], encoding).toBe(encoding);
        expect(res.headers.vary, encoding).toBe('accept-encoding');
        expect(res.headers['cache-control'], encoding).toBe('no-store');
        expect(res.headers['content-type'], encoding).toBe('application/json; charset=utf-8');
        expect(decoded(res).equals(plain.rawPayload), encoding).toBe(true);
        expect(res.rawPayload.length, encoding).toBeLessThan(plain.rawPayload.length / 10);
      }

      const small = await get(app, '/api/v1/instance', { 'accept-encoding': 'br, gzip' });
      expect(small.statusCode).toBe(200);
      expect(small.rawPayload.length).toBeLessThan(1024);
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.headers.vary).toBeUndefined();
    });
  });

  describe('caching', () => {
    it.each([
      { what: 'a hashed asset', url: () => built.js, cache: IMMUTABLE, preCompressed: true },
      { what: 'a hashed stylesheet', url: () => built.css, cache: IMMUTABLE, preCompressed: true },
      { what: 'index.html at /', url: () => '/', cache: 'no-cache' },
      { what: 'index.html for a client-side route', url: () => '/goals/some-id', cache: 'no-cache' },
      { what: 'a file at the root', url: () => '/favicon.svg', cache: 'no-cache' },
      {
        what: 'a Swagger UI file',
        url: () => '/api/docs/static/swagger-ui-bundle.js',
        cache: 'public, max-age=86400',
      },
      {
        what: "Swagger UI's initializer, built in memory",
        url: () => '/api/docs/static/swagger-initializer.js',
        cache: 'public, max-age=86400',
      },
      { what: 'the docs page', url: () => '/api/docs/', cache: 'no-cache' },
      { what: "the docs page's document", url: () => '/api/docs/json', cache: 'no-cache' },
    ])('$what: $cache, with an ETag that makes asking again a 304', async ({ url, cache, preCompressed }) => {
      for (const acceptEncoding of ['br', 'identity']) {
        const first = await get(app, url(), { 'accept-encoding': acceptEncoding });
        expect(first.statusCode).toBe(200);
        expect(first.headers['cache-control']).toBe(cache);
        const etag = String(first.headers.etag);
        expect(etag).toMatch(/^W\/"[\w-]+"$/);

        const again = await get(app, url(), { 'accept-encoding': acceptEncoding, 'if-none-match': etag });
        expect(again.statusCode).toBe(304);
        expect(again.rawPayload.length).toBe(0);
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe(cache);
        expect(again.headers['content-length']).toBeUndefined();
        // A 304 updates the stored copy's headers: it names an encoding only where the ETag is
        // that encoding's own (a pre-compressed file), never one the stored copy may not have.
        expect(again.headers['content-encoding']).toBe(
          preCompressed ? first.headers['content-encoding'] : undefined,
        );

        const changed = await get(app, url(), {
          'accept-encoding': acceptEncoding,
          'if-none-match': 'W/"old"',
        });
        expect(changed.statusCode).toBe(200);
      }
    });

    it('gives each pre-compressed form of an asset its own ETag', async () => {
      const tags = new Set<string>();
      for (const encoding of ['br', 'gzip', 'identity']) {
        tags.add(String((await get(app, built.js, { 'accept-encoding': encoding })).headers.etag));
      }
      expect(tags.size).toBe(3);
    });

    it('never keeps API answers, errors included, nor the health checks', async () => {
      for (const url of [
        '/api/v1/instance',
        '/api/v1/goals',
        '/api/v1/nope',
        '/api/v1/openapi.json',
        '/healthz',
      ]) {
        const res = await get(app, url);
        expect(res.headers['cache-control'], url).toBe('no-store');
        expect(res.headers.etag, url).toBeUndefined();
      }
      const missing = await get(app, '/api/docs/static/nope.js');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['cache-control']).toBe('no-store');
    });
  });

  describe('security headers', () => {
    // Every kind of answer: the web app (a page, a client-side route, an asset, a file), the API
    // (an answer, a refusal, an unknown path, the router's own error), the docs and health.
    const EVERY_KIND = [
      { url: () => '/', status: 200, csp: WEB_CSP },
      { url: () => '/goals', status: 200, csp: WEB_CSP },
      { url: () => built.js, status: 200, csp: WEB_CSP },
      { url: () => '/favicon.svg', status: 200, csp: WEB_CSP },
      { url: () => '/assets/gone-old999.js', status: 404, csp: WEB_CSP },
      { url: () => '/api/v1/instance', status: 200, csp: API_CSP },
      { url: () => '/api/v1/goals', status: 401, csp: API_CSP },
      { url: () => '/api/v1/nope', status: 404, csp: API_CSP },
      { url: () => '/api/v1/goals/%ff', status: 400, csp: API_CSP },
      { url: () => '/api/docs/', status: 200, csp: DOCS_CSP },
      { url: () => '/api/docs/static/swagger-ui-bundle.js', status: 200, csp: DOCS_CSP },
      { url: () => '/healthz', status: 200, csp: API_CSP },
    ];

    it.each(EVERY_KIND)('$url answers $status with every security header', async ({ url, status, csp }) => {
      const res = await get(app, url(), { 'accept-encoding': 'br, gzip' });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-security-policy']).toBe(csp);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // Plain http: no HSTS, which would lock browsers out of a server without https.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends HSTS on every kind of answer when the public URL is https', async () => {
      const secure = await serve({ TRELLIS_PUBLIC_URL: 'https://trellis.example.com' });
      try {
        for (const { url, status } of EVERY_KIND) {
          const res = await get(secure, url());
          expect(res.statusCode, url()).toBe(status);
          expect(res.headers['strict-transport-security'], url()).toBe('max-age=31536000');
        }
      } finally {
        await secure.close();
      }
    });

    it('loads the web app only from its own origin, with no inline script in index.html', () => {
      const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
      // Every script has a src on this origin; none has a body the policy would refuse.
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
      const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatch(/^\/(?!\/)/);
    });
  });
});
