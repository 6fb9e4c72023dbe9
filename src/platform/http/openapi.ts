import { z } from 'zod';
import { ErrorBody } from '../../../shared/http/common.schema.ts';
import type { Endpoint } from '../../../shared/http/contract.ts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

/** The same schema under each media type an answer comes in. */
const contentOf = (types: readonly string[], schema: unknown) =>
  Object.fromEntries(types.map((type) => [type, { schema }]));

/** Builds the OpenAPI 3.1 document from the same endpoint contracts the routes and client use. */
export function buildOpenApi(endpoints: Endpoint[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = e.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const responses: Record<string, unknown> = {
      [e.status]: e.response
        ? {
            description: 'Success',
            content: contentOf(e.produces ?? ['application/json'], toSchema(e.response, 'output')),
          }
        : { description: 'Success, no content' },
      default: {
        description: 'Error (400 validation_failed, 401, 403, 404, 409, 413, 415, 429, 500, 503 unavailable)',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    };
    paths[path] ??= {};
    paths[path][e.method.toLowerCase()] = {
      summary: e.summary,
      tags: [e.tag],
      operationId: `${e.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      security:
        e.auth === 'user'
          ? [{ cookie: [] }, { bearer: [] }]
          : e.auth === 'optional'
            ? [{}, { cookie: [] }, { bearer: [] }]
            : [],
      parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(e.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trellis API',
      version,
      description:
        'The API of Trellis, the self-hosted professional development planner. Authenticate with the session cookie ' +
        '(sign in) or a personal API token sent as `Authorization: Bearer <token>`. Every failure answers ' +
        '`{"error": {"code", "message", "issues"?, "requestId"}}`; lists answer `{"items": [...]}`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'trellis_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token from the account page' },
      },
      schemas: { Error: toSchema(ErrorBody, 'output') },
    },
    paths,
  };
}
