// The data of one goal's page beyond the goal itself: progress as of a date with its chart's
// series, check-ins, the SMART review and breakdown. Their keys sit below the goal's own
// (api/keys.ts), so any goal mutation refreshes them and deleting the goal forgets them.
import type { goalApi } from '@shared/goals/goal.contract.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { goalKeys, goalsKey } from '../../../api/keys.ts';
import { goalEndpoints } from './endpoints.ts';

/** Progress and forecast as of `asOf` (default: today in the person's zone), with the series the chart draws. */
export function useGoalProgress(id: string, asOf?: string) {
  return useQuery({
    queryKey: goalKeys.progress(id, asOf),
    queryFn: () => api.call(goalEndpoints.progress, { params: { id }, query: asOf ? { asOf } : {} }),
  });
}

/** A goal's check-ins, oldest first as the API sends them; with `descendants`, its slices' too. */
export function useCheckIns(id: string, { descendants = false, enabled = true } = {}) {
  return useQuery({
    queryKey: goalKeys.checkIns(id, descendants),
    queryFn: async () =>
      (
        await api.call(goalEndpoints.listCheckIns, {
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
    queryKey: goalKeys.review(id),
    queryFn: async () => (await api.call(goalEndpoints.review, { params: { id } })).findings,
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
      api.call(goalEndpoints.createCheckIn, { params: { id: onGoalId ?? goalId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateCheckIn() {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<typeof goalApi.updateCheckIn> }) =>
      api.call(goalEndpoints.updateCheckIn, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteCheckIn() {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (id: string) => api.call(goalEndpoints.removeCheckIn, { params: { id } }),
    onSuccess: refresh,
  });
}

/** Breaks a goal into calendar slices; answers the new slices. */
export function useBreakdown(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: async (period: BodyOf<typeof goalApi.breakdown>['period']) =>
      (await api.call(goalEndpoints.breakdown, { params: { id: goalId }, body: { period } })).items,
    onSuccess: refresh,
  });
}
