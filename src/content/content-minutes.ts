import { sql } from 'kysely';
import type { OwnerScope, ReadView } from '../platform/access/access.ts';

export interface SkillContentMinutes {
  skillId: string;
  /** The minutes of the done entries that develop the skill (an entry without minutes adds 0). */
  minutes: number;
  /** How many such entries there are. */
  entries: number;
}

/**
 * For the knowledge-vs-practice ledger: per skill, the minutes of the person's content entries that
 * are `done` and were consumed on or before `asOf` (YYYY-MM-DD). An entry counts in full for each
 * of its skills. Skills with no such entry are left out; the rest come by skill id. One grouped
 * query, whatever the number of entries.
 */
export async function contentMinutesBySkill(
  scope: OwnerScope | ReadView,
  asOf: string,
): Promise<SkillContentMinutes[]> {
  const rows = await scope
    .selectFrom('content_skills as cs')
    .innerJoin('content_entries as ce', 'ce.id', 'cs.content_id')
    .select([
      'cs.skill_id',
      sql<number>`coalesce(sum(ce.minutes), 0)`.as('minutes'),
      sql<number>`count(*)`.as('entries'),
    ])
    .where('ce.status', '=', 'done')
    .where('ce.consumed_on', '<=', asOf)
    .groupBy('cs.skill_id')
    .orderBy('cs.skill_id')
    .execute();
  return rows.map((r) => ({ skillId: r.skill_id, minutes: Number(r.minutes), entries: Number(r.entries) }));
}
