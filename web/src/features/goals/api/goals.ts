import type { goalApi } from '@shared/goals/goal.contract.ts';
import type { GoalListQuery } from '@shared/goals/goal.schema.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { api } from '../../../api/client.ts';
import { goalKeys, goalsKey, learningKey, practiceKey } from '../../../api/keys.ts';
import { goalEndpoints } from './endpoints.ts';

/** What the goal list can be narrowed by, as the API's query takes it. */
export type GoalFilter = z.input<typeof GoalListQuery>;
export type GoalDraftBody = BodyOf<typeof goalApi.reviewDraft>;

/**
 * The person's goals (all of them, slices included, unless filtered), each with progress as of
 * today; `enabled: false` waits.
 */
export function useGoals(filter: GoalFilter = {}, enabled = true) {
  return useQuery({
    queryKey: goalKeys.list(filter),
    queryFn: async () => (await api.call(goalEndpoints.list, { query: filter })).items,
    enabled,
  });
}

/** One goal with its progress; `enabled: false` waits (e.g. until the id is known). */
export function useGoal(id: string, enabled = true) {
  return useQuery({
    queryKey: goalKeys.one(id),
    queryFn: () => api.call(goalEndpoints.get, { params: { id } }),
    enabled,
  });
}

/** Active goals that need a look today, with the reasons why. */
export function useAttention() {
  return useQuery({
    queryKey: goalKeys.attention(),
    queryFn: async () => (await api.call(goalEndpoints.attention)).items,
  });
}

/** A goal changes its parent's progress and the Home page too: every goal mutation refreshes `goalsKey`. */
export function useCreateGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof goalApi.create>) => api.call(goalEndpoints.create, { body }),
    onSuccess: (goal) => {
      // The new goal's page draws at once from what the API answered, rather than loading it again.
      queryClient.setQueryData(goalKeys.one(goal.id), goal);
      return queryClient.invalidateQueries({ queryKey: goalsKey });
    },
  });
}

export function useUpdateGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<typeof goalApi.update> }) =>
      api.call(goalEndpoints.update, { params: { id }, body }),
    onSuccess: (goal) => {
      queryClient.setQueryData(goalKeys.one(goal.id), goal);
      return queryClient.invalidateQueries({ queryKey: goalsKey });
    },
  });
}

/** Deletes a goal with its slices and check-ins. */
export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(goalEndpoints.remove, { params: { id } }),
    onSuccess: (_nothing, id) => {
      // Forget the goal (and its page data below its key) rather than refetch it into a 404.
      queryClient.removeQueries({ queryKey: goalKeys.one(id) });
      // Activities and practice entries linked to it (or to its slices) are unlinked with it.
      void queryClient.invalidateQueries({ queryKey: learningKey });
      void queryClient.invalidateQueries({ queryKey: practiceKey });
      return queryClient.invalidateQueries({ queryKey: goalsKey });
    },
  });
}

/**
 * The SMART review of an unsaved draft, asked for once typing pauses (~300 ms). While a new review
 * is on its way the previous one stays (`keepPreviousData`), so the findings do not flicker.
 * Pass null to ask nothing. With `goalId` the draft is an edit of that goal, reviewed as the change
 * would leave it and measured by its check-ins, so its pace runs from where it stands today.
 */
export function useDraftReview(draft: GoalDraftBody | null, goalId?: string) {
  const settled = useDebounced(draft, 300);
  const body = settled ?? {};
  return useQuery({
    queryKey: goalId === undefined ? goalKeys.reviewDraft(body) : goalKeys.reviewChange(goalId, body),
    queryFn: async () =>
      goalId === undefined
        ? (await api.call(goalEndpoints.reviewDraft, { body })).findings
        : (await api.call(goalEndpoints.reviewChange, { params: { id: goalId }, body })).findings,
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The value once it has stopped changing for `ms`; compared by content, so a new but equal object is no change. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `value`'s content
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}
