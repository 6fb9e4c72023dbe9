// Mentorships: the list with invitations, one mentorship, inviting, changing, answering an
// invitation and ending; and what the mentee shares. Keys from api/keys.ts (`mentoringKeys`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { mentoringKeys } from '../../../api/keys.ts';
import { mentorshipEndpoints } from './endpoints.ts';
import { useRefreshMentoring } from './refresh.ts';

export type MentorshipBody = BodyOf<typeof mentorshipApi.create>;
export type MentorshipChange = BodyOf<typeof mentorshipApi.update>;
/** What can be done to an invitation or a mentorship without a body. */
export type MentorshipStep = 'accept' | 'decline' | 'end';

/** My mentorships as mentee and as mentor, with the invitations to me. */
export function useMentorships() {
  return useQuery({
    queryKey: mentoringKeys.list(),
    queryFn: async () => (await api.call(mentorshipEndpoints.list)).items,
  });
}

/** One mentorship I am part of or invited to; `enabled: false` waits. */
export function useMentorship(id: string, enabled = true) {
  return useQuery({
    queryKey: mentoringKeys.one(id),
    queryFn: () => api.call(mentorshipEndpoints.get, { params: { id } }),
    enabled: enabled && id !== '',
  });
}

/** What the mentor sees of the mentee in one mentorship; only asked while it is active. */
export function useSharedView(id: string, enabled = true) {
  return useQuery({
    queryKey: mentoringKeys.shared(id),
    queryFn: () => api.call(mentorshipEndpoints.shared, { params: { id } }),
    enabled: enabled && id !== '',
  });
}

export function useCreateMentorship() {
  const queryClient = useQueryClient();
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (body: MentorshipBody) => api.call(mentorshipEndpoints.create, { body }),
    onSuccess: (mentorship) => {
      // Its page draws at once from the answer.
      queryClient.setQueryData(mentoringKeys.one(mentorship.id), mentorship);
      return refresh();
    },
  });
}

export function useUpdateMentorship() {
  const queryClient = useQueryClient();
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MentorshipChange }) =>
      api.call(mentorshipEndpoints.update, { params: { id }, body }),
    onSuccess: (mentorship) => {
      queryClient.setQueryData(mentoringKeys.one(mentorship.id), mentorship);
      return refresh();
    },
  });
}

/** Accepts or declines an invitation to me, or ends a mentorship (withdraws an invitation I sent). */
export function useMentorshipStep() {
  const queryClient = useQueryClient();
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: MentorshipStep }): Promise<Mentorship> =>
      api.call(mentorshipEndpoints[step], { params: { id } }),
    onSuccess: (mentorship) => {
      queryClient.setQueryData(mentoringKeys.one(mentorship.id), mentorship);
      return refresh();
    },
  });
}
