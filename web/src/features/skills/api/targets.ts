// Target roles: the list with readiness, one target's gap, and the plan of goals to close it.
// Keys from api/keys.ts (`skillKeys.targets…`); accepting a plan creates goals (`goalsKey`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { skillApi } from '@shared/skills/skill.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { goalsKey, skillKeys } from '../../../api/keys.ts';
import { skillEndpoints } from './endpoints.ts';

/** The person's target roles, each with how ready they are for it. */
export function useTargets() {
  return useQuery({
    queryKey: skillKeys.targetList(),
    queryFn: async () => (await api.call(skillEndpoints.listTargets)).items,
  });
}

export function useCreateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof skillApi.createTarget>) =>
      api.call(skillEndpoints.createTarget, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: skillKeys.targets() }),
  });
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(skillEndpoints.deleteTarget, { params: { id } }),
    onSuccess: (_nothing, id) => {
      queryClient.removeQueries({ queryKey: skillKeys.gap(id) });
      return queryClient.invalidateQueries({ queryKey: skillKeys.targets() });
    },
  });
}

/** The gap between the person's levels and the target role's requirements, highest priority first. */
export function useGap(targetId: string) {
  return useQuery({
    queryKey: skillKeys.gap(targetId),
    queryFn: () => api.call(skillEndpoints.gap, { params: { id: targetId } }),
  });
}

/** A proposed plan of goals for the target: a question, not a change, so nothing is refreshed. */
export function useProposePlan(targetId: string) {
  return useMutation({
    mutationFn: async (body: BodyOf<typeof skillApi.plan>) =>
      (await api.call(skillEndpoints.plan, { params: { id: targetId }, body })).goals,
  });
}

/** Creates the chosen goals of the plan, with their slices and steps. */
export function useAcceptPlan(targetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<typeof skillApi.acceptPlan>) =>
      (await api.call(skillEndpoints.acceptPlan, { params: { id: targetId }, body })).goals,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
}
