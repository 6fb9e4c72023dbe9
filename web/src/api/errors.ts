import type { z } from 'zod';
import { ApiError } from './client.ts';

/** One problem with one field, in the API's shape (`path` is dotted: `metric.target`). */
export interface Issue {
  path: string;
  message: string;
}

/** The per-field issues an API error carries (empty for anything else). */
export function issuesOf(error: unknown): Issue[] {
  return error instanceof ApiError ? (error.body.issues ?? []) : [];
}

/** A sentence to show above a form for a failed request. */
export function messageOf(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) {
    if (error.code === 'validation_failed') return 'Some fields need attention.';
    if (error.status >= 500)
      return `The server ran into a problem. Please try again. (Reference ${error.body.requestId})`;
    return error.message;
  }
  // fetch rejects with a TypeError when the network or the server is unreachable.
  if (error instanceof TypeError)
    return 'Trellis could not reach the server. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}

export type Checked<S extends z.ZodType> = { ok: true; data: z.output<S> } | { ok: false; issues: Issue[] };

/** Validates form values with the API's own schema, so the browser and the server agree on the rules. */
export function check<S extends z.ZodType>(schema: S, values: unknown): Checked<S> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, issues };
}
