// The content forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';
import { formatDate } from '@shared/calendar.ts';
import { CreateContentBody, UpdateContentBody } from '@shared/content/content.schema.ts';
import {
  FEEDS_MAX,
  GOODREADS_MAX_BYTES,
  OPML_MAX_BYTES,
  SubscribeBody,
} from '@shared/content/feed.schema.ts';
import type { z } from 'zod';

export { FEEDS_MAX, GOODREADS_MAX_BYTES, OPML_MAX_BYTES, SubscribeBody };

/** The server's words for a done entry without a date. */
export const DONE_NEEDS_DATE = 'is required when the status is done: say when you finished it';

/**
 * The server's rules across an entry's fields, checked before sending in its words: a date when it
 * was consumed is not after `today`, and `done` needs one.
 */
function checkDates(
  body: { status?: string | undefined; consumedOn?: string | null | undefined },
  ctx: z.core.$RefinementCtx,
  today: string,
) {
  if (body.consumedOn && body.consumedOn > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['consumedOn'],
      message: `is after today (today is ${formatDate(today)})`,
    });
  }
  if (body.status === 'done' && !body.consumedOn) {
    ctx.addIssue({ code: 'custom', path: ['consumedOn'], message: DONE_NEEDS_DATE });
  }
}

/** An entry as its form saves it (new or changed: every field is sent, so a cleared one is cleared). */
export const contentFormBody = (today: string) =>
  CreateContentBody.superRefine((body, ctx) => checkDates(body, ctx, today));

/** Marking an entry done from the queue: the date, and what the person adds about it. */
export const doneFormBody = (today: string) =>
  UpdateContentBody.pick({ status: true, consumedOn: true, minutes: true, rating: true, takeaways: true })
    .required({ status: true })
    .superRefine((body, ctx) => checkDates(body, ctx, today));
