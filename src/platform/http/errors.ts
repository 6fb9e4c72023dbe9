import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/http/error-codes.ts';
import '../../../shared/http/zod-messages.ts';

export { ERROR_CODES, type ErrorCode } from '../../../shared/http/error-codes.ts';

export interface Issue {
  path: string;
  message: string;
}

/** An error the API answers with on purpose: a status, a stable code and a message fit for people. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const validationFailed = (issues: Issue[], message = 'The request is not valid.') =>
  new AppError(400, 'validation_failed', message, issues);
/** A 400 about one field, for rules checked after the schema (dates against the parent, etc.). */
export const invalidField = (path: string, message: string) =>
  validationFailed([{ path, message }], `${path}: ${message}`);
export const unauthenticated = (message = 'Sign in or send an API token to do this.') =>
  new AppError(401, 'unauthenticated', message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`);
export const conflict = (message: string) => new AppError(409, 'conflict', message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', message, undefined, {
    'retry-after': String(Math.max(1, retryAfterSeconds)),
  });

export const unavailable = (message = 'The database is not answering. Try again in a moment.') =>
  new AppError(503, 'unavailable', message, undefined, { 'retry-after': '5' });

/** Turns zod's issues into `{path, message}` pairs with dotted paths; unknown keys get their own path. */
export function issuesFromZod(error: z.ZodError, location: string): Issue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'is not a known field' }));
    }
    return [{ path: base.length ? base.join('.') : location, message: issue.message }];
  });
}

/** Summarises issues in one sentence for the `message` field. */
export const summarise = (issues: Issue[]) =>
  issues.length === 1
    ? `${issues[0]!.path}: ${issues[0]!.message}`
    : `${issues.length} fields are not valid.`;
