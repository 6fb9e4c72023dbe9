import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import { skillsOf } from '../skills/catalogue.repository.ts';

/** The names of the skills `ids` the person sees (the catalogue's and her own), by id, in one query per 500. */
export async function skillNames(scope: OwnerScope, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const batch of batches([...new Set(ids)])) {
    for (const skill of await skillsOf(scope, batch)) names.set(skill.id, skill.name);
  }
  return names;
}

/** A list of skill ids as their names, in order; an id no longer seen stays as it is. */
export const namesOf = (ids: readonly string[], names: ReadonlyMap<string, string>): string[] =>
  ids.map((id) => names.get(id) ?? id);
