import { z } from 'zod';

export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

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

// Messages that read as the end of a sentence starting with the field's name: "title: is required".
z.config({
  customError: (iss) => {
    if (iss.code === 'invalid_type') {
      if (iss.input === undefined) return 'is required';
      if (iss.input === null) return 'must not be null';
      return `must be ${iss.expected === 'object' ? 'an object' : `a ${iss.expected}`}`;
    }
    if (iss.code === 'too_small' && iss.origin === 'string') {
      return iss.minimum === 1 ? 'must not be empty' : `must be at least ${iss.minimum} characters`;
    }
    if (iss.code === 'too_big' && iss.origin === 'string') return `must be at most ${iss.maximum} characters`;
    if (iss.code === 'too_small' && iss.origin === 'number') {
      return iss.inclusive ? `must be at least ${iss.minimum}` : `must be greater than ${iss.minimum}`;
    }
    if (iss.code === 'too_big' && iss.origin === 'number') {
      return iss.inclusive ? `must be at most ${iss.maximum}` : `must be less than ${iss.maximum}`;
    }
    if (iss.code === 'invalid_value') return `must be one of: ${iss.values.map(String).join(', ')}`;
    return undefined;
  },
});
