import { z } from 'zod';
import { ERROR_CODES } from './error-codes.ts';

export const FIRST_DATE = '0001-01-01';
export const LAST_DATE = '9999-12-31';

/** A calendar date, `YYYY-MM-DD`, that exists on the calendar, from 0001-01-01 to 9999-12-31. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'is not a real calendar date', abort: true },
  )
  // Year 0 exists for JavaScript and SQLite but not for PostgreSQL's dates.
  .refine((s) => s >= FIRST_DATE, `must be between ${FIRST_DATE} and ${LAST_DATE}`);

/**
 * A calendar date as the API answers it. Answers are not held to the input rules, so a row stored
 * before a rule existed is still shown rather than failing the whole answer.
 */
export const StoredDate = z.string().describe('Calendar date, YYYY-MM-DD');

/** An ISO-8601 UTC timestamp as produced by `Date.prototype.toISOString`. */
export const Timestamp = z.string().describe('ISO-8601 UTC timestamp');

export const Id = z.string().min(1).max(64);
export const IdParams = z.strictObject({ id: Id });

export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(ErrorIssue).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Wraps an item schema in the `{items: [...]}` envelope every list answers with. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Wraps an item schema in the envelope of a list that pages: `{items, nextCursor}`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null on the last page (or when no `limit` was asked)'),
  });

/** `limit` and `cursor` of a list that pages. */
export const PAGE_LIMIT_MAX = 500;
export const PageQuery = {
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(PAGE_LIMIT_MAX))
    .optional()
    .describe(`At most this many items (1 to ${PAGE_LIMIT_MAX}); all of them when left out`),
  cursor: z.string().min(1).max(200).optional().describe('The `nextCursor` of the page before'),
};
