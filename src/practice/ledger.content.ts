import { contentMinutesBySkill } from '../content/content-minutes.ts';
import type { OwnerScope } from '../platform/access/access.ts';

/**
 * Minutes of content (articles, podcasts, books …) done on or before `asOf`, per skill with any such
 * entry (of `skillId` only, when given): the ledger's `contentMinutes`. The one place the ledger
 * reads the content capability.
 */
export async function readContentMinutes(
  scope: OwnerScope,
  asOf: string,
  skillId?: string,
): Promise<Map<string, number>> {
  const rows = await contentMinutesBySkill(scope, asOf);
  return new Map(
    rows.filter((r) => skillId === undefined || r.skillId === skillId).map((r) => [r.skillId, r.minutes]),
  );
}
