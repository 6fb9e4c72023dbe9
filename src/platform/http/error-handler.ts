import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isForeignKeyViolation, isUnavailable } from '../db/errors.ts';
import { AppError, conflict, type ErrorCode, type Issue, unavailable } from './errors.ts';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function sendError(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: ErrorCode,
  message: string,
  issues?: Issue[],
) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, ...(issues ? { issues } : {}), requestId: req.id } });
}

/** Translates Fastify's own client errors (bad JSON, body too large, wrong media type) into ours. */
function fromFastify(
  err: FastifyError,
): { status: number; code: ErrorCode; message: string; issues?: Issue[] } | null {
  const status = err.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: 'validation_failed',
        message: 'The body is not valid JSON.',
        issues: [{ path: 'body', message: 'is not valid JSON' }],
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'payload_too_large', message: 'The body is larger than 1 MiB.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' };
  }
  if (err instanceof SyntaxError) {
    return {
      status: 400,
      code: 'validation_failed',
      message: 'The body is not valid JSON.',
      issues: [{ path: 'body', message: 'is not valid JSON' }],
    };
  }
  const code = CODE_BY_STATUS[status] ?? (status === 400 ? 'validation_failed' : 'forbidden');
  return { status, code, message: err.message };
}

/** One error shape for every failure; anything unexpected is a 500 that shows only the request id. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, req, reply) => {
    const error = fromDatabase(raw) ?? raw;
    if (error !== raw) req.log.warn({ err: raw }, error.message);
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(reply, req, error.status, error.code, error.message, error.issues);
    }
    const known = fromFastify(error as FastifyError);
    if (known) return sendError(reply, req, known.status, known.code, known.message, known.issues);
    req.log.error({ err: error }, 'unexpected error');
    return sendError(
      reply,
      req,
      500,
      'internal',
      `Something went wrong on our side. Quote request id ${req.id} when reporting it.`,
    );
  });
}

/**
 * Database failures that are not bugs: the database being unreachable (503, try again) and a row
 * that a concurrent request removed while this one pointed at it (409).
 */
function fromDatabase(err: unknown): AppError | null {
  if (err instanceof AppError) return null;
  if (isUnavailable(err)) return unavailable();
  if (isForeignKeyViolation(err)) {
    return conflict('Something this refers to was removed at the same moment. Reload and try again.');
  }
  return null;
}

/**
 * Errors the router raises before any route runs: a path that is not valid percent-encoding, or
 * a path parameter longer than any id. Both answer in the one error shape.
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(reply, req, 404, 'not_found', 'No such resource.');
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendError(reply, req, 400, 'validation_failed', 'The address is not valid.', [
      { path: 'url', message: 'has malformed percent-encoding' },
    ]);
  }
  return sendError(reply, req, error.statusCode ?? 400, 'validation_failed', error.message);
}
