// The public answer page's two calls: the questions behind a feedback link, and the answer. Nothing
// here asks who is signed in, so the page works for anyone with the link (api/keys.ts:
// `feedbackKeys.link`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { feedbackApi } from '@shared/mentoring/mentoring.contract.ts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, endpointRef } from '../../../api/client.ts';
import { feedbackKeys } from '../../../api/keys.ts';

const open = endpointRef<typeof feedbackApi.open>('GET', '/api/v1/feedback/:token');
const answerByLink = endpointRef<typeof feedbackApi.answerByLink>('POST', '/api/v1/feedback/:token');

/** The questions of the request behind `token`; 404 for an unknown link, 409 once answered or expired. */
export function useQuestionnaire(token: string) {
  return useQuery({
    queryKey: feedbackKeys.link(token),
    queryFn: () => api.call(open, { params: { token } }),
    // The link is answered once: what it showed a minute ago is still right until then.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAnswerByLink(token: string) {
  return useMutation({
    mutationFn: (body: BodyOf<typeof feedbackApi.answerByLink>) =>
      api.call(answerByLink, { params: { token }, body }),
  });
}
