// Learning activities and their time logs (expiring credentials: expiring.ts). Keys from api/keys.ts
// (`learningKeys`); what each change refreshes is written there.
import type { BodyOf } from '@shared/http/contract.ts';
import type { learningApi } from '@shared/learning/learning.contract.ts';
import type { LearningListQuery } from '@shared/learning/learning.schema.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../api/client.ts';
import { goalsKey, learningKey, learningKeys, practiceKeys } from '../../../api/keys.ts';
import { learningEndpoints } from './endpoints.ts';

export type ActivityFilter = z.input<typeof LearningListQuery>;
export type ActivityBody = BodyOf<typeof learningApi.create>;
export type ActivityChange = BodyOf<typeof learningApi.update>;
export type LogBody = BodyOf<typeof learningApi.createLog>;
export type LogChange = BodyOf<typeof learningApi.updateLog>;

/** The person's activities, newest created first; all of them unless filtered (by skill, goal …). */
export function useActivities(filter: ActivityFilter = {}, enabled = true) {
  return useQuery({
    queryKey: learningKeys.list(filter),
    queryFn: async () => (await api.call(learningEndpoints.list, { query: filter })).items,
    enabled,
  });
}

/** One activity with its hours spent. */
export function useActivity(id: string, enabled = true) {
  return useQuery({
    queryKey: learningKeys.one(id),
    queryFn: () => api.call(learningEndpoints.get, { params: { id } }),
    enabled: enabled && id !== '',
  });
}

/** An activity's time log, newest first, each entry with the check-in it wrote. */
export function useLog(activityId: string, enabled = true) {
  return useQuery({
    queryKey: learningKeys.log(activityId),
    queryFn: async () => (await api.call(learningEndpoints.listLog, { params: { id: activityId } })).items,
    enabled: enabled && activityId !== '',
  });
}

/**
 * Anything learned changes the learning lists, the goals its log checks in on (an activity's goal
 * takes its check-ins with it; deleting one deletes them) and the ledger's hours per skill.
 */
function useRefreshLearning() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: learningKey }),
      queryClient.invalidateQueries({ queryKey: goalsKey }),
      queryClient.invalidateQueries({ queryKey: practiceKeys.ledger() }),
    ]);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: (body: ActivityBody) => api.call(learningEndpoints.create, { body }),
    onSuccess: (activity) => {
      // Its page draws at once from the answer.
      queryClient.setQueryData(learningKeys.one(activity.id), activity);
      return refresh();
    },
  });
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActivityChange }) =>
      api.call(learningEndpoints.update, { params: { id }, body }),
    onSuccess: (activity) => {
      queryClient.setQueryData(learningKeys.one(activity.id), activity);
      return refresh();
    },
  });
}

/** Deletes an activity with its time log and the check-ins the log wrote. */
export function useDeleteActivity() {
  const queryClient = useQueryClient();
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: (id: string) => api.call(learningEndpoints.remove, { params: { id } }),
    onSuccess: (_nothing, id) => {
      // Forget it (and its log below it) rather than refetch it into a 404.
      queryClient.removeQueries({ queryKey: learningKeys.one(id) });
      return refresh();
    },
  });
}

export function useCreateLog(activityId: string) {
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: (body: LogBody) =>
      api.call(learningEndpoints.createLog, { params: { id: activityId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateLog() {
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: LogChange }) =>
      api.call(learningEndpoints.updateLog, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteLog() {
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: (id: string) => api.call(learningEndpoints.removeLog, { params: { id } }),
    onSuccess: refresh,
  });
}
