import type { OwnerScope } from '../platform/access/access.ts';
import { invalidField } from '../platform/http/errors.ts';
import { skillsOf } from './catalogue.repository.ts';

/**
 * Holds that every id of `ids` is a skill the person sees, the catalogue's or her own: what goals,
 * learning, practice, content and mentorships name skills by. Else 400 at `field.N`, the first other.
 */
export async function checkSeenSkills(
  scope: OwnerScope,
  ids: readonly string[],
  field = 'skillIds',
): Promise<void> {
  const known = new Set((await skillsOf(scope, [...new Set(ids)])).map((s) => s.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown !== -1) throw invalidField(`${field}.${unknown}`, 'is not a skill you can see');
}
