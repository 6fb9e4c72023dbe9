import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type Issue } from './errors.ts';

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
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(reply, req, error.status, error.code, error.message, error.issues);
    }
    const known = fromFastify(error);
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
