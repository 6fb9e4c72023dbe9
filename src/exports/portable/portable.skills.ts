import type { OwnerScope } from '../../platform/access/access.ts';
import { batches } from '../../platform/db/batches.ts';
import { skillsOf } from '../../skills/catalogue.repository.ts';

/** A skill of the catalogue as the document names it: an import elsewhere finds it by name. */
export interface CatalogueSkill {
  id: string;
  name: string;
  source: 'builtin' | 'onet' | 'esco' | 'custom';
}

/** Those of `ids` that are catalogue skills the person sees, by id, in one query per 500. */
export async function catalogueSkills(
  scope: OwnerScope,
  ids: readonly string[],
): Promise<Map<string, CatalogueSkill>> {
  const found = new Map<string, CatalogueSkill>();
  for (const batch of batches([...new Set(ids)])) {
    for (const s of await skillsOf(scope, batch)) {
      // The person's own skills travel whole in `skills`; only the instance's are named here.
      if (s.owner_id === null) found.set(s.id, { id: s.id, name: s.name, source: s.source });
    }
  }
  return found;
}
