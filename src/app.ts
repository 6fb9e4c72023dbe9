import fs from 'node:fs';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { allMigrations, allTableRules, authentication, features } from './features.ts';
import { fromRoot } from './paths.ts';
import { createAccess } from './platform/access/access.ts';
import type { AppContext } from './platform/app-context.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { registerAuthentication } from './platform/http/auth.ts';
import { frameworkErrors, registerErrorHandler, sendError } from './platform/http/error-handler.ts';
import { standardHeaders } from './platform/http/headers.ts';
import { requestSerializer } from './platform/http/log-redaction.ts';
import { buildOpenApi } from './platform/http/openapi.ts';
import { registerServing } from './platform/http/web-app.ts';
import { newId } from './platform/ids.ts';
import { scheduleJobs } from './platform/jobs.ts';
import { createMailer } from './platform/mail.ts';
import { VERSION } from './version.ts';

export interface BuildOptions {
  clock?: Clock;
  /** An already-open database (tests share one per dialect); otherwise the configured one is opened and closed with the app. */
  database?: Database;
  /** Where the logs go instead of standard output (tests that read them). */
  logStream?: NodeJS.WritableStream;
}

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole app, migrated and ready, without listening: `main` listens, tests inject. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  const headers = standardHeaders(config.publicOrigin);
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
      // Secrets in addresses (a feedback link's token) are not fields: they are cut out of the URL.
      serializers: { req: requestSerializer(features.flatMap((f) => f.secretPaths ?? [])) },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    genReqId: () => newId(),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any route or hook runs: the headers are set here.
    frameworkErrors: (error, req, reply) => {
      headers(req, reply);
      return frameworkErrors(error, req, reply);
    },
  });
  const database =
    options.database ??
    openDatabase(config.database, (err) => app.log.warn({ err }, 'lost a database connection'));
  app.decorate('publicOrigin', config.publicOrigin);
  app.addHook('onClose', async () => {
    if (!options.database) await database.close();
  });

  try {
    await migrateToLatest(database, allMigrations());
  } catch (err) {
    await app.close();
    throw err;
  }
  const access = createAccess(
    database.db,
    allTableRules(),
    features.flatMap((f) => f.relationships ?? []),
  );
  const mailer = createMailer(config.mail);
  app.addHook('onClose', async () => mailer?.close());
  const ctx: AppContext = { config, clock, access, version: VERSION, mailer };
  const auth = authentication(ctx);
  const secret = await auth.cookieSecret();

  // Compression, caching and the web app; before any route, which it compresses.
  await registerServing(app, config);
  await app.register(cookie, { secret });
  registerJsonParser(app);
  registerErrorHandler(app);
  registerAuthentication(app, auth, access, clock);
  scheduleJobs(
    app,
    features.flatMap((f) => f.jobs?.(ctx) ?? []),
  );
  app.addHook('onSend', async (req, reply) => headers(req, reply));

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (req, reply) => {
    try {
      await database.ping();
      return { status: 'ok', database: database.dialect };
    } catch (err) {
      req.log.warn({ err }, 'database not reachable');
      reply.header('retry-after', '5');
      return sendError(reply, req, 503, 'unavailable', 'The database is not reachable.');
    }
  });

  app.decorate('endpoints', []);
  // Each capability is one plugin: its routes, registered from the list in features.ts.
  for (const feature of features) await app.register(async (api) => feature.routes(api, ctx));
  await app.register(async (api) => {
    const document = buildOpenApi(app.endpoints, VERSION);
    api.get('/api/v1/openapi.json', async () => document);
    await api.register(swagger, { mode: 'static', specification: { document: document as never } });
    const mark = fs.readFileSync(fromRoot('web', 'public', 'favicon.svg'));
    await api.register(swaggerUi, {
      routePrefix: '/api/docs',
      // No validator badge: it would call out to validator.swagger.io, which the CSP forbids.
      uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
      logo: { type: 'image/svg+xml', content: mark, href: '/', target: '_self' },
      theme: {
        title: 'Trellis API',
        favicon: [
          { filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: mark },
        ],
      },
    });
  });

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
