// Feedback requests of a signed-in person: those I sent (asking, withdrawing), and answering those in
// my inbox (the inbox itself: home.ts). Keys from api/keys.ts (`feedbackKeys`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { feedbackApi } from '@shared/mentoring/mentoring.contract.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../../api/client.ts';
import { feedbackKeys, skillKeys } from '../../../api/keys.ts';
import { feedbackEndpoints } from './endpoints.ts';

export type FeedbackRequestBody = BodyOf<typeof feedbackApi.create>;
export type AnswerBody = BodyOf<typeof feedbackApi.answer>;

/**
 * The requests I sent, newest first, with their answers. An answer with a level became an
 * assessment of my skill: when a new one shows, my skills are read again.
 */
export function useSentRequests() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: feedbackKeys.sent(),
    queryFn: async () => (await api.call(feedbackEndpoints.list)).items,
  });
  const seen = useRef<string | null>(null);
  const assessed = (query.data ?? [])
    .flatMap((r) => (r.assessmentId ? [r.assessmentId] : []))
    .sort()
    .join(' ');
  useEffect(() => {
    if (query.data === undefined) return;
    if (seen.current !== null && seen.current !== assessed) {
      void queryClient.invalidateQueries({ queryKey: skillKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: skillKeys.targets() });
    }
    seen.current = assessed;
  }, [assessed, query.data, queryClient]);
  return query;
}

export function useCreateFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackRequestBody) => api.call(feedbackEndpoints.create, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.sent() }),
  });
}

/** Withdraws an open request (its link stops working) or deletes an answered or expired one. */
export function useRemoveFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call(feedbackEndpoints.remove, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.sent() }),
  });
}

/** Answers a request from my inbox, once. */
export function useAnswerFromInbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AnswerBody }) =>
      api.call(feedbackEndpoints.answer, { params: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.inbox() }),
  });
}
