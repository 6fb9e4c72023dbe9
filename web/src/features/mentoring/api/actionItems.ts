// Action items: a mentorship's, adding, ticking, changing and deleting them. My open ones across
// mentorships, for Home, are in home.ts. Keys from api/keys.ts (`mentoringKeys`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { mentoringKeys } from '../../../api/keys.ts';
import { mentorshipEndpoints } from './endpoints.ts';
import { useRefreshMentoring } from './refresh.ts';

export type ActionItemBody = BodyOf<typeof mentorshipApi.createActionItem>;
export type ActionItemChange = BodyOf<typeof mentorshipApi.updateActionItem>;

/** A mentorship's action items, open first, by due date. */
export function useActionItems(mentorshipId: string, enabled = true) {
  return useQuery({
    queryKey: mentoringKeys.actionItems(mentorshipId),
    queryFn: async () =>
      (await api.call(mentorshipEndpoints.actionItems, { params: { id: mentorshipId } })).items,
    enabled: enabled && mentorshipId !== '',
  });
}

export function useCreateActionItem(mentorshipId: string) {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (body: ActionItemBody) =>
      api.call(mentorshipEndpoints.createActionItem, { params: { id: mentorshipId }, body }),
    onSuccess: () => refresh(),
  });
}

/** Ticks an item done or not (either side), or changes one I added. */
export function useUpdateActionItem() {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActionItemChange }) =>
      api.call(mentorshipEndpoints.updateActionItem, { params: { id }, body }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteActionItem() {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (id: string) => api.call(mentorshipEndpoints.removeActionItem, { params: { id } }),
    onSuccess: () => refresh(),
  });
}
