// What Home reads of mentoring and feedback: my open action items, and the requests for feedback that
// wait for my answer. On their own, so the first download carries these two hooks and nothing else
// of these pages (api/keys.ts: `mentoringKeys.myActionItems`, `feedbackKeys.inbox`).
import type { feedbackApi, mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import { useQuery } from '@tanstack/react-query';
import { api, endpointRef } from '../../../api/client.ts';
import { feedbackKeys, mentoringKeys } from '../../../api/keys.ts';

const myActionItems = endpointRef<typeof mentorshipApi.myActionItems>('GET', '/api/v1/action-items');
const inbox = endpointRef<typeof feedbackApi.inbox>('GET', '/api/v1/feedback-requests/inbox');

/** The action items assigned to me across my mentorships that are not done, by due date. */
export function useMyOpenActionItems() {
  return useQuery({
    queryKey: mentoringKeys.myActionItems({ open: 'true' }),
    queryFn: async () => (await api.call(myActionItems, { query: { open: 'true' } })).items,
  });
}

/** The open requests for feedback sent to my e-mail, to answer in the inbox. */
export function useFeedbackInbox() {
  return useQuery({
    queryKey: feedbackKeys.inbox(),
    queryFn: async () => (await api.call(inbox)).items,
  });
}
