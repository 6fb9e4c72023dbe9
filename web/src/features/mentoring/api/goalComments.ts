// The comments from my mentorships on one of my goals, for its goal page: one hook, without zod, so
// the goal page's first download grows by nothing more (api/keys.ts: `mentoringKeys.goalComments`).
import type { mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import { useQuery } from '@tanstack/react-query';
import { api, endpointRef } from '../../../api/client.ts';
import { mentoringKeys } from '../../../api/keys.ts';

const goalComments = endpointRef<typeof mentorshipApi.goalComments>('GET', '/api/v1/goals/:id/comments');

/** Comments on my goal from its mentorships, oldest first. */
export function useGoalComments(goalId: string) {
  return useQuery({
    queryKey: mentoringKeys.goalComments(goalId),
    queryFn: async () => (await api.call(goalComments, { params: { id: goalId } })).items,
  });
}
