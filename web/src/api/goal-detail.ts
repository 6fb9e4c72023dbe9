import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { goalApi } from '../../../src/goals/goal.contract.ts';
import type { BodyOf } from '../../../src/platform/http/contract.ts';
import { api } from './client.ts';
import { goalKeys, goalsKey } from './keys.ts';

/**
 * The data of one goal's page beyond the goal itself: progress as of a date, check-ins, the SMART
 * review and breakdown. Every key sits under `goalsKey`, so invalidating `['goals']` (which every
 * goal mutation does) refreshes these too, and below the goal's own key (`['goals', id]`), so
 * deleting the goal forgets them with it.
 */
export const goalDetailKeys = {
  progress: (id: string, asOf?: string) => [...goalKeys.one(id), 'progress', asOf ?? 'today'] as const,
  checkIns: (id: string, descendants: boolean) =>
    [...goalKeys.one(id), 'check-ins', { descendants }] as const,
  review: (id: string) => [...goalKeys.one(id), 'review'] as const,
};

/** Progress and forecast as of `asOf` (default: today in the person's zone). */
export function useGoalProgress(id: string, asOf?: string) {
  return useQuery({
    queryKey: goalDetailKeys.progress(id, asOf),
    queryFn: () => api.call(goalApi.progress, { params: { id }, query: asOf ? { asOf } : {} }),
  });
}

/** A goal's check-ins, oldest first as the API sends them; with `descendants`, its slices' too. */
export function useCheckIns(id: string, { descendants = false, enabled = true } = {}) {
  return useQuery({
    queryKey: goalDetailKeys.checkIns(id, descendants),
    queryFn: async () =>
      (
        await api.call(goalApi.listCheckIns, {
          params: { id },
          query: { descendants: descendants ? 'true' : 'false' },
        })
      ).items,
    enabled,
  });
}

/** The SMART review of a saved goal. */
export function useGoalReview(id: string) {
  return useQuery({
    queryKey: goalDetailKeys.review(id),
    queryFn: async () => (await api.call(goalApi.review, { params: { id } })).findings,
  });
}

/**
 * A check-in changes progress, status and forecast of its goal and of every ancestor, and the
 * lists and the Home page show those: refresh everything about goals.
 */
function useRefreshGoals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: goalsKey });
}

/** What a new check-in needs; `onGoalId` records it on another goal (a slice of `goalId`) instead. */
export type NewCheckIn = BodyOf<typeof goalApi.createCheckIn> & { onGoalId?: string | undefined };

export function useCreateCheckIn(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: ({ onGoalId, ...body }: NewCheckIn) =>
      api.call(goalApi.createCheckIn, { params: { id: onGoalId ?? goalId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateCheckIn() {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<typeof goalApi.updateCheckIn> }) =>
      api.call(goalApi.updateCheckIn, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteCheckIn() {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (id: string) => api.call(goalApi.removeCheckIn, { params: { id } }),
    onSuccess: refresh,
  });
}

/** Breaks a goal into calendar slices; answers the new slices. */
export function useBreakdown(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: async (period: BodyOf<typeof goalApi.breakdown>['period']) =>
      (await api.call(goalApi.breakdown, { params: { id: goalId }, body: { period } })).items,
    onSuccess: refresh,
  });
}
