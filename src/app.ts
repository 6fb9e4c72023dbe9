import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { accountRoutes } from './accounts/account.routes.ts';
import { AccountService } from './accounts/account.service.ts';
import { registerAuthentication } from './accounts/authenticate.ts';
import { sessionSecret } from './accounts/instance-settings.ts';
import type { Config } from './config.ts';
import { goalRoutes } from './goals/goal.routes.ts';
import type { AppContext } from './platform/app-context.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { registerErrorHandler, sendError } from './platform/http/error-handler.ts';
import { buildOpenApi } from './platform/http/openapi.ts';
import { registeredEndpoints } from './platform/http/route.ts';
import { newId } from './platform/ids.ts';
import { VERSION } from './version.ts';

export interface BuildOptions {
  clock?: Clock;
  /** An already-open database (tests share one per dialect); otherwise the configured one is opened and closed with the app. */
  database?: Database;
}

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole app, migrated and ready, without listening: `main` listens, tests inject. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const database = options.database ?? openDatabase(config.database);
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Belt and braces: nothing below logs bodies or headers, but never let a secret through.
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
    },
    genReqId: () => newId(),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('publicOrigin', config.publicOrigin);
  app.addHook('onClose', async () => {
    if (!options.database) await database.close();
  });

  try {
    await migrateToLatest(database);
  } catch (err) {
    await app.close();
    throw err;
  }
  const secret = await sessionSecret(database.db, config.sessionSecret);
  const accounts = new AccountService(database.db, clock, config.openRegistration);
  const ctx: AppContext = { config, database, clock, accounts, version: VERSION };

  await app.register(cookie, { secret });
  registerJsonParser(app);
  registerErrorHandler(app);
  registerAuthentication(app, accounts);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (req, reply) => {
    try {
      await database.ping();
      return { status: 'ok', database: database.dialect };
    } catch (err) {
      req.log.warn({ err }, 'database not reachable');
      return sendError(reply, req, 503, 'internal', 'The database is not reachable.');
    }
  });

  await app.register(async (api) => {
    accountRoutes(api, ctx);
    goalRoutes(api, ctx);
    const document = buildOpenApi(registeredEndpoints.get(api) ?? [], VERSION);
    api.get('/api/v1/openapi.json', async () => document);
    await api.register(swagger, { mode: 'static', specification: { document: document as never } });
    const mark = fs.readFileSync(new URL('../web/public/favicon.svg', import.meta.url));
    await api.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
      logo: { type: 'image/svg+xml', content: mark, href: '/', target: '_self' },
      theme: {
        title: 'Trellis API',
        favicon: [
          { filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: mark },
        ],
      },
    });
  });

  registerWebApp(app, config.webRoot);
  return app;
}

/** JSON bodies through Fastify's safe parser; an empty body is no body rather than an error. */
function registerJsonParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (req, body, done) => {
      if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
      parseJson(req, body as string, done);
    },
  );
}

/** Serves the built web app at `/`; client-side routes fall back to index.html, `/api/...` never does. */
function registerWebApp(app: FastifyInstance, webRoot: string | null) {
  const hasWeb = webRoot !== null && fs.existsSync(path.join(webRoot, 'index.html'));
  const sendIndex = (reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  };
  if (hasWeb) {
    app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: false,
      setHeaders: (res, file) => {
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The static handler answers a directory without an index with 403, so `/` needs its own route.
    app.get('/', (_req, reply) => sendIndex(reply));
  }
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? req.url;
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
