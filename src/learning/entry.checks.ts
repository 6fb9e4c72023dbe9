// Checks that learning log entries, activities and practice entries share.
import { formatDate } from '../../shared/calendar.ts';
import { invalidField } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';

/** Time is logged for today or earlier, in the person's time zone: else 400 at `field`. */
export function checkNotFuture(ctx: RequestContext, date: string, field = 'date'): void {
  const today = ctx.today();
  if (date > today)
    throw invalidField(field, `is in the future (today is ${formatDate(today)} in ${ctx.timeZone})`);
}
