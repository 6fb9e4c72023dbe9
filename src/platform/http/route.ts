import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf } from '../../../shared/http/contract.ts';
import { issuesFromZod, summarise, unauthenticated, validationFailed } from './errors.ts';
import { checkOrigin } from './origin.ts';
import type { RequestContext } from './request-context.ts';

export interface RouteContext<E extends Endpoint> {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  /** Who is asking and their scope; always there for endpoints that need a signed-in person. */
  ctx: E['auth'] extends 'user' ? RequestContext : RequestContext | null;
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

declare module 'fastify' {
  interface FastifyInstance {
    /** Every endpoint registered so far, in every feature's plugin, for the OpenAPI document. */
    endpoints: Endpoint[];
  }
}

/**
 * Registers one endpoint: authenticates, checks the origin of cookie-authenticated unsafe requests,
 * validates params, query and body against the contract, runs the handler, and shapes the answer
 * through the response schema (so nothing the schema does not name can leak out).
 */
export function route<E extends Endpoint>(app: FastifyInstance, e: E, handler: Handler<E>): void {
  app.endpoints.push(e);

  app.route({
    method: e.method,
    url: e.path,
    handler: async (req, reply) => {
      if (UNSAFE.has(e.method) && e.credential !== 'token in path') checkOrigin(req);
      if (e.auth === 'user' && !req.ctx) throw unauthenticated();
      refuseHostileShapes({ params: req.params, query: req.query, body: req.body });
      const params = parse(e.params, req.params, 'params');
      const query = parse(e.query, req.query, 'query');
      if (!e.body && req.body !== undefined && req.body !== null && !isEmptyObject(req.body)) {
        throw validationFailed([{ path: 'body', message: 'this endpoint takes no body' }]);
      }
      const body = parse(e.body, req.body, 'body');
      const context = { params, query, body, ctx: req.ctx, req, reply } as unknown as RouteContext<E>;
      const result = await handler(context);
      reply.code(e.status);
      if (e.response === null) return reply.send();
      return reply.send(e.response.parse(result));
    },
  });
}

/** No request of ours nests deeper than this; deeper JSON is refused before anything walks it. */
const MAX_NESTING = 32;

/**
 * Refuses, wherever they hide in params, query and body: NUL characters, which PostgreSQL cannot
 * store in text and no person means; and nesting deeper than any request needs, which would
 * exhaust the stack of whatever walks it. The walk itself uses an explicit stack.
 */
function refuseHostileShapes(input: Record<'params' | 'query' | 'body', unknown>): void {
  const issues: { path: string; message: string }[] = [];
  const stack: { value: unknown; path: string[]; location: string }[] = Object.entries(input).map(
    ([location, value]) => ({ value, path: [], location }),
  );
  const at = (path: string[], location: string) => (path.length ? path.join('.') : location);
  while (stack.length > 0) {
    const { value, path, location } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        issues.push({ path: at(path, location), message: 'must not contain NUL characters' });
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_NESTING) {
        // The whole of it is at fault, so the issue names where it came (body, query).
        if (!issues.some((i) => i.path === location)) {
          issues.push({ path: location, message: `is nested more than ${MAX_NESTING} levels deep` });
        }
        continue;
      }
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000'))
          issues.push({ path: [...path, key].join('.'), message: 'must not contain NUL characters' });
        stack.push({ value: item, path: [...path, key], location });
      }
    }
  }
  if (issues.length > 0) throw validationFailed(issues, summarise(issues));
}

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;
