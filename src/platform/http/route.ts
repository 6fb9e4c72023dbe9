import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Auth } from './auth.ts';
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf } from './contract.ts';
import { issuesFromZod, summarise, unauthenticated, validationFailed } from './errors.ts';
import { checkOrigin } from './origin.ts';

export interface RouteContext<E extends Endpoint> {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  auth: E['auth'] extends 'user' ? Auth : Auth | null;
  req: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<E extends Endpoint> = (ctx: RouteContext<E>) => Promise<ResponseOf<E>>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function parse<T extends z.ZodType | undefined>(schema: T, value: unknown, location: string) {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = issuesFromZod(result.error, location);
    throw validationFailed(issues, summarise(issues));
  }
  return result.data;
}

/** Every endpoint registered so far, for the OpenAPI document. */
export const registeredEndpoints = new WeakMap<FastifyInstance, Endpoint[]>();

/**
 * Registers one endpoint: authenticates, checks the origin of cookie-authenticated unsafe requests,
 * validates params, query and body against the contract, runs the handler, and shapes the answer
 * through the response schema (so nothing the schema does not name can leak out).
 */
export function route<E extends Endpoint>(app: FastifyInstance, e: E, handler: Handler<E>): void {
  const list = registeredEndpoints.get(app) ?? [];
  list.push(e);
  registeredEndpoints.set(app, list);

  app.route({
    method: e.method,
    url: e.path,
    handler: async (req, reply) => {
      if (UNSAFE.has(e.method)) checkOrigin(req);
      if (e.auth === 'user' && !req.auth) throw unauthenticated();
      const params = parse(e.params, req.params, 'params');
      const query = parse(e.query, req.query, 'query');
      if (!e.body && req.body !== undefined && req.body !== null && !isEmptyObject(req.body)) {
        throw validationFailed([{ path: 'body', message: 'this endpoint takes no body' }]);
      }
      const body = parse(e.body, req.body, 'body');
      const ctx = { params, query, body, auth: req.auth, req, reply } as unknown as RouteContext<E>;
      const result = await handler(ctx);
      reply.code(e.status);
      if (e.response === null) return reply.send();
      return reply.send(e.response.parse(result));
    },
  });
}

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;
