// The skills that entries (activities, practice, content) name by id, with their names, for cards,
// filters and forms. Each skill is asked for once and kept (the same cache as useSkill, `skillKeys.one`).
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { skillKeys } from '../../../api/keys.ts';
import { skillEndpoints } from './endpoints.ts';

export interface SkillNames {
  /** Skill ids to skills, once each has answered; a skill deleted since is left out. */
  names: ReadonlyMap<string, SkillRef>;
  /** True while any is still on its way. */
  pending: boolean;
}

export function useSkillNames(ids: readonly string[]): SkillNames {
  const unique = [...new Set(ids)].sort();
  return useQueries({
    queries: unique.map((id) => ({
      queryKey: skillKeys.one(id),
      queryFn: () => api.call(skillEndpoints.getSkill, { params: { id } }),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => {
      const names = new Map<string, SkillRef>();
      for (const { data } of results) {
        if (data)
          names.set(data.id, { id: data.id, name: data.name, kind: data.kind, category: data.category });
      }
      return { names, pending: results.some((r) => r.isPending) };
    },
  });
}

/** The skills of `ids` in that order, as far as known (for a form's chosen skills). */
export function skillsOf(ids: readonly string[], names: ReadonlyMap<string, SkillRef>): SkillRef[] {
  return ids.flatMap((id) => names.get(id) ?? []);
}
