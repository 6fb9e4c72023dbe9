// The skill catalogue and where the person stands on each skill: searches, single skills, my
// skills, assessments. Keys from api/keys.ts (`skillKeys`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { skillApi } from '@shared/skills/skill.contract.ts';
import type { SKILL_KINDS } from '@shared/skills/skill.schema.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { goalsKey, skillKeys } from '../../../api/keys.ts';
import { skillEndpoints } from './endpoints.ts';

/** How many skills a search shows: enough to choose from, few enough to read. */
export const SKILL_SEARCH_LIMIT = 12;

export interface SkillSearch {
  q: string;
  kind?: (typeof SKILL_KINDS)[number] | undefined;
}

/**
 * The catalogue's skills (and the person's own) matching `q`, best matches first. The previous
 * answer stays while the next is on its way, so a list under a search box does not flicker.
 */
export function useSkillSearch(search: SkillSearch, enabled = true) {
  const query = {
    q: search.q.trim(),
    limit: String(SKILL_SEARCH_LIMIT),
    ...(search.kind ? { kind: search.kind } : {}),
  };
  return useQuery({
    queryKey: skillKeys.search(query),
    queryFn: async () => (await api.call(skillEndpoints.listSkills, { query })).items,
    enabled: enabled && query.q !== '',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One skill; `enabled: false` waits (e.g. until the id is known). */
export function useSkill(id: string, enabled = true) {
  return useQuery({
    queryKey: skillKeys.one(id),
    queryFn: () => api.call(skillEndpoints.getSkill, { params: { id } }),
    enabled: enabled && id !== '',
    staleTime: 5 * 60_000,
  });
}

/** Every skill the person has an assessment of: their level and the latest views of others. */
export function useMySkills() {
  return useQuery({
    queryKey: skillKeys.mine(),
    queryFn: async () => (await api.call(skillEndpoints.mySkills)).items,
  });
}

/** The person's assessments of one skill, oldest first. */
export function useAssessments(skillId: string, enabled = true) {
  return useQuery({
    queryKey: skillKeys.assessments(skillId),
    queryFn: async () => (await api.call(skillEndpoints.listAssessments, { params: { id: skillId } })).items,
    enabled,
  });
}

export type NewAssessment = { skillId: string; body: BodyOf<typeof skillApi.createAssessment> };

/**
 * An assessment changes the person's standing and so every target's readiness and gap; a
 * self-assessment also checks in on the active goals in levels that develop the skill.
 */
export function useCreateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ skillId, body }: NewAssessment) =>
      api.call(skillEndpoints.createAssessment, { params: { id: skillId }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: skillKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: skillKeys.targets() }),
        queryClient.invalidateQueries({ queryKey: goalsKey }),
      ]),
  });
}

export function useDeleteAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(skillEndpoints.deleteAssessment, { params: { id } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: skillKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: skillKeys.targets() }),
      ]),
  });
}

/** Adds a skill of the person's own; searches then find it. */
export function useCreateSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof skillApi.createSkill>) => api.call(skillEndpoints.createSkill, { body }),
    onSuccess: (skill) => {
      queryClient.setQueryData(skillKeys.one(skill.id), skill);
      return queryClient.invalidateQueries({ queryKey: skillKeys.catalogue() });
    },
  });
}
