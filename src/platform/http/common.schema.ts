import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, that exists on the calendar. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** An ISO-8601 UTC timestamp as produced by `Date.prototype.toISOString`. */
export const Timestamp = z.string().describe('ISO-8601 UTC timestamp');

export const Id = z.string().min(1).max(64);
export const IdParams = z.strictObject({ id: Id });

export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum([
      'validation_failed',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'internal',
    ]),
    message: z.string(),
    issues: z.array(ErrorIssue).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Wraps an item schema in the `{items: [...]}` envelope every list answers with. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
