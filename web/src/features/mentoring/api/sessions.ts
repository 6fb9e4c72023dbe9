// A mentorship's sessions. Keys from api/keys.ts (`mentoringKeys.sessions`); a session moves its
// mentorship's last and next session dates and, with a contact, that contact's clock.
import type { BodyOf } from '@shared/http/contract.ts';
import type { mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { mentoringKeys } from '../../../api/keys.ts';
import { mentorshipEndpoints } from './endpoints.ts';
import { useRefreshMentoring } from './refresh.ts';

export type SessionBody = BodyOf<typeof mentorshipApi.createSession>;
export type SessionChange = BodyOf<typeof mentorshipApi.updateSession>;

/** A mentorship's sessions, newest first, with private notes only on those I wrote. */
export function useSessions(mentorshipId: string, enabled = true) {
  return useQuery({
    queryKey: mentoringKeys.sessions(mentorshipId),
    queryFn: async () =>
      (await api.call(mentorshipEndpoints.sessions, { params: { id: mentorshipId } })).items,
    enabled: enabled && mentorshipId !== '',
  });
}

export function useCreateSession(mentorshipId: string) {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (body: SessionBody) =>
      api.call(mentorshipEndpoints.createSession, { params: { id: mentorshipId }, body }),
    onSuccess: () => refresh({ network: true }),
  });
}

export function useUpdateSession() {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SessionChange }) =>
      api.call(mentorshipEndpoints.updateSession, { params: { id }, body }),
    onSuccess: () => refresh({ network: true }),
  });
}

export function useDeleteSession() {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (id: string) => api.call(mentorshipEndpoints.removeSession, { params: { id } }),
    onSuccess: () => refresh({ network: true }),
  });
}
