// Checks the network's services share.
import { formatDate } from '../../shared/calendar.ts';
import { invalidField } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';

/** A date that has happened: today or earlier in the person's time zone, else 400 at `field`. */
export function checkNotFuture(ctx: RequestContext, date: string, field: string): void {
  const today = ctx.today();
  if (date > today)
    throw invalidField(field, `is in the future (today is ${formatDate(today)} in ${ctx.timeZone})`);
}

/** A page of `rows` read one past `limit`: the rows shown, and the cursor after them when more follow. */
export function pageOf<T>(
  rows: T[],
  limit: number | undefined,
  cursorAfter: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  if (limit === undefined || rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: cursorAfter(items.at(-1)!) };
}
