// Checks that learning log entries, activities and practice entries share.
import { formatDate } from '../../shared/calendar.ts';
import { invalidField } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import type { LearningRepository } from './learning.repository.ts';

/** Time is logged for today or earlier, in the person's time zone: else 400 at `field`. */
export function checkNotFuture(ctx: RequestContext, date: string, field = 'date'): void {
  const today = ctx.today();
  if (date > today)
    throw invalidField(field, `is in the future (today is ${formatDate(today)} in ${ctx.timeZone})`);
}

/** Every id a skill the person sees (the catalogue's or their own): else 400 at the first other. */
export async function checkSkillIds(
  repo: Pick<LearningRepository, 'visibleSkillIds'>,
  ids: readonly string[],
  field = 'skillIds',
): Promise<void> {
  const known = await repo.visibleSkillIds(ids);
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown !== -1) throw invalidField(`${field}.${unknown}`, 'is not a skill you can see');
}
