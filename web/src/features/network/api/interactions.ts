// Interactions: a contact's timeline, logging, changing and deleting interactions, and marking a
// follow-up done. Keys from api/keys.ts (`networkKeys`); what each change refreshes is written there.
import type { BodyOf } from '@shared/http/contract.ts';
import type { interactionApi } from '@shared/network/network.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { networkKeys } from '../../../api/keys.ts';
import { contactEndpoints, interactionEndpoints } from './endpoints.ts';
import { useRefreshNetwork } from './refresh.ts';

export type InteractionBody = BodyOf<typeof interactionApi.create>;
export type InteractionChange = BodyOf<typeof interactionApi.update>;

/** A contact's interactions, newest first, each with its other contacts and goal check-in. */
export function useTimeline(contactId: string, enabled = true) {
  return useQuery({
    queryKey: networkKeys.interactions(contactId),
    queryFn: async () => (await api.call(contactEndpoints.interactions, { params: { id: contactId } })).items,
    enabled: enabled && contactId !== '',
  });
}

/** Logs an interaction: its contacts' clocks start again from it, and a goal it names counts 1. */
export function useCreateInteraction() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (body: InteractionBody) => api.call(interactionEndpoints.create, { body }),
    onSuccess: (saved) => refresh({ goals: saved.goalId !== null }),
  });
}

/** Changes an interaction; `hadGoal` says whether a check-in may have been moved or removed. */
export function useUpdateInteraction() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: InteractionChange; hadGoal: boolean }) =>
      api.call(interactionEndpoints.update, { params: { id }, body }),
    onSuccess: (saved, { hadGoal }) => refresh({ goals: hadGoal || saved.goalId !== null }),
  });
}

/** Deletes an interaction with the check-in it wrote. */
export function useDeleteInteraction() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: ({ id }: { id: string; hadGoal: boolean }) =>
      api.call(interactionEndpoints.remove, { params: { id } }),
    onSuccess: (_nothing, { hadGoal }) => refresh({ goals: hadGoal }),
  });
}

/** Marks a follow-up done today: it leaves the due list, and its interaction shows it done. */
export function useFollowUpDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(interactionEndpoints.followUpDone, { params: { id } }),
    onSuccess: (saved) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkKeys.due() }),
        ...saved.contacts.map((c) =>
          queryClient.invalidateQueries({ queryKey: networkKeys.interactions(c.id) }),
        ),
      ]),
  });
}
