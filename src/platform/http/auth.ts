import type { FastifyInstance } from 'fastify';
import type { Access } from '../access/access.ts';
import type { Clock } from '../clock.ts';
import type { Authentication } from '../feature.ts';
import { requestContext } from './request-context.ts';

/** Resolves who is asking on every API request, and builds the request's context from it. */
export function registerAuthentication(
  app: FastifyInstance,
  authentication: Authentication,
  access: Access,
  clock: Clock,
): void {
  app.decorateRequest('ctx', null);
  app.addHook('onRequest', async (req) => {
    req.ctx = null;
    if (!req.url.startsWith('/api/')) return;
    const actor = await authentication.authenticate(req);
    if (actor) req.ctx = requestContext(actor, access, clock);
  });
}
