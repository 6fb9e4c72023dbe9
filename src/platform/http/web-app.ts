import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { sendError } from './error-handler.ts';
import { isDocsPath, pathOf } from './headers.ts';

/**
 * Smaller answers go as they are: compressing them saves less than a network packet and costs a
 * compressor per answer. @fastify/compress applies it to buffered answers; `prepareStream` applies
 * it to streamed files, whose length @fastify/static knows.
 */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * What gets compressed: text (HTML, CSS, JavaScript), JSON, SVG and XML. Server-sent events are
 * left alone (compression would hold them back). Beyond this list, @fastify/compress follows
 * mime-db's `compressible`, which says no for images, fonts and archives: already compressed.
 */
export const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:javascript|json|xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)\s*(?:;|$)/i;

/** Built files with a content hash in their name: a new build gives them a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Swagger UI's files are named without a hash, but change only with the @fastify/swagger-ui
 * package, that is with a Trellis upgrade: a day bounds how long a browser keeps an old copy
 * after one, and the ETag makes asking again after that day a 304.
 */
export const DOCS_ASSETS_CACHE = 'public, max-age=86400';

/**
 * Everything about how answers travel: compression (brotli or gzip, as the browser accepts), the
 * caching of the web app's and the docs' files, and the web app itself. Register it before any
 * route: @fastify/compress attaches itself to the routes declared after it.
 */
export async function registerServing(app: FastifyInstance, config: Pick<Config, 'webRoot'>): Promise<void> {
  await app.register(compress, {
    // Brotli first, gzip for the rest. On the fly, brotli at quality 4 (the plugin's default) is
    // faster than gzip's default and smaller (the 1,000-goal list: 23 KiB, gzip 29 KiB).
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    customTypes: COMPRESSIBLE,
    // Only answers are compressed; request bodies stay plain JSON, as before.
    globalDecompression: false,
  });
  // A global hook runs before the route-level one @fastify/compress adds, so it sees every answer first.
  app.addHook('onSend', prepareAnswer);
  registerWebApp(app, config.webRoot);
}

/** Serves the built web app at `/`; client-side routes fall back to index.html, `/api/...` never does. */
export function registerWebApp(app: FastifyInstance, webRoot: string | null) {
  const hasWeb = webRoot !== null && fs.existsSync(path.join(webRoot, 'index.html'));
  const sendIndex = (reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  };
  if (hasWeb) {
    const assets = path.join(webRoot, 'assets') + path.sep;
    app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: false,
      // The build writes `.br` and `.gz` next to each text asset (vite.config.ts): sent as they
      // are, with `Vary: accept-encoding`; a file without them is compressed on the fly.
      preCompressed: true,
      // ETag and Last-Modified (from the file's size and time) are on by default: a 304 when unchanged.
      setHeaders: (reply, file) => {
        reply.header('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache');
      },
    });
    // The static handler answers a directory without an index with 403, so `/` needs its own
    // route. HEAD declared, not left to Fastify: its own HEAD routes skip compression, so their
    // headers would differ from GET's.
    app.route({ method: ['GET', 'HEAD'], url: '/', handler: (_req, reply) => sendIndex(reply) });
  }
  app.setNotFoundHandler((req, reply) => {
    const pathname = pathOf(req.url);
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    // A missing build asset (say, from a page older than the last deploy) must fail as itself,
    // not arrive as index.html, which the browser would refuse as a script anyway.
    const isAsset = pathname.startsWith('/assets/');
    if (!isApi && !isAsset && hasWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendIndex(reply);
    }
    const message = isApi
      ? `There is no ${req.method} ${pathname} in the API.`
      : hasWeb
        ? 'Not found.'
        : 'Not found. (Is the web app built? Run `npm run build:web`.)';
    return sendError(reply, req, 404, 'not_found', message);
  });
}

/**
 * Runs on every answer before @fastify/compress: the docs' caching and ETags, the size threshold
 * for streamed files, and `Vary: accept-encoding` on every answer whose form depends on it.
 */
async function prepareAnswer(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (isDocsPath(pathOf(req.url)) && docsCaching(req, reply, payload)) return null;
  if (isStream(payload)) return prepareStream(req, reply, payload);
  if ((typeof payload === 'string' || Buffer.isBuffer(payload)) && compressible(reply)) {
    if (Buffer.byteLength(payload) >= COMPRESSION_THRESHOLD) varyOnEncoding(reply);
  }
  return payload;
}

/** A streamed file (@fastify/static, `sendFile`): @fastify/compress would compress any stream. */
function prepareStream(req: FastifyRequest, reply: FastifyReply, stream: Readable): Readable {
  // A 304 has no body. Its headers update the cache's stored ones, so it must not claim an
  // encoding the stored copy may not have; it does say how the full answer varies.
  if (reply.statusCode === 304) {
    varyOnEncoding(reply);
    sendPlain(req);
    return stream;
  }
  if (reply.hasHeader('content-encoding')) return stream; // sent pre-compressed
  // The threshold, which @fastify/compress applies to buffered answers only. (For HEAD the stream
  // is empty and the length is the GET's, so HEAD answers with the same headers as GET.)
  const length = Number(reply.getHeader('content-length') ?? Number.NaN);
  if (Number.isInteger(length) && length < COMPRESSION_THRESHOLD) {
    sendPlain(req);
    return stream;
  }
  if (compressible(reply)) varyOnEncoding(reply);
  return stream;
}

/**
 * Tells @fastify/compress to leave this answer alone, through the one per-answer switch it has:
 * the request's `x-no-compression` header.
 */
function sendPlain(req: FastifyRequest): void {
  req.headers['x-no-compression'] = 'trellis';
}

const compressible = (reply: FastifyReply): boolean =>
  COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''));

/**
 * The docs: Swagger UI's files are cached for a day, its page and the document it reads are
 * revalidated on every visit, errors are not kept. The files Swagger UI serves from disk carry
 * @fastify/static's ETag; the ones it builds in memory (its initializer script, the page, the
 * favicon) get one from their content here. Answers true when the answer is now a 304.
 */
function docsCaching(req: FastifyRequest, reply: FastifyReply, payload: unknown): boolean {
  const status = reply.statusCode;
  const isAsset = pathOf(req.url).startsWith('/api/docs/static/');
  if (status >= 400) reply.header('cache-control', 'no-store');
  else if (isAsset && (status === 200 || status === 304)) reply.header('cache-control', DOCS_ASSETS_CACHE);
  else reply.header('cache-control', 'no-cache');

  const buffered = typeof payload === 'string' || Buffer.isBuffer(payload);
  if (status !== 200 || !buffered || reply.hasHeader('etag')) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // Weak, like @fastify/static's: the same tag whether the answer then goes compressed or not.
  const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag);
  // GET only: Fastify's HEAD routes measure the GET's body, which a 304 has not. (HEAD with
  // If-None-Match is not something browsers send.)
  if (req.method !== 'GET' || !matchesEtag(req.headers['if-none-match'], etag)) return false;
  reply.code(304);
  reply.removeHeader('content-type');
  reply.removeHeader('content-length');
  varyOnEncoding(reply);
  return true;
}

/** `If-None-Match` compares weakly: `W/"x"` and `"x"` match, and `*` matches anything. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Adds `accept-encoding` to `Vary` once. Also on the answers sent plain to a client that accepts
 * no compression: a shared cache must not hand that plain copy to everyone else.
 */
function varyOnEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const value = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  const tokens = value.split(',').map((token) => token.trim().toLowerCase());
  if (tokens.includes('accept-encoding') || tokens.includes('*')) return;
  // Lower case, as @fastify/compress and @fastify/static write and look for it.
  reply.header('vary', value ? `${value}, accept-encoding` : 'accept-encoding');
}

const isStream = (payload: unknown): payload is Readable =>
  payload !== null && typeof payload === 'object' && typeof (payload as Readable).pipe === 'function';
