// What happens in the shared view: comments on the mentee's shared goals, the mentor's assessments
// of her skills, and the mentee choosing which goals her mentors see. Keys from api/keys.ts.
import type { BodyOf } from '@shared/http/contract.ts';
import type { mentorshipApi } from '@shared/mentoring/mentoring.contract.ts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { goalEndpoints } from '../../goals/api/endpoints.ts';
import { mentorshipEndpoints } from './endpoints.ts';
import { useRefreshMentoring } from './refresh.ts';

export type CommentBody = BodyOf<typeof mentorshipApi.comment>;
export type AssessmentBody = BodyOf<typeof mentorshipApi.assess>;

export function useCreateComment(mentorshipId: string) {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (body: CommentBody) =>
      api.call(mentorshipEndpoints.comment, { params: { id: mentorshipId }, body }),
    onSuccess: () => refresh(),
  });
}

/** As the mentor, records an assessment on the mentee's skill (source mentor, with my name). */
export function useAssessMentee(mentorshipId: string) {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: (body: AssessmentBody) =>
      api.call(mentorshipEndpoints.assess, { params: { id: mentorshipId }, body }),
    onSuccess: () => refresh(),
  });
}

/**
 * The mentee shares a goal with her mentors, or stops: its visibility, `mentors` or `private`. It
 * applies to every mentorship she has, so it refreshes every shared view and the goals.
 */
export function useShareGoal() {
  const refresh = useRefreshMentoring();
  return useMutation({
    mutationFn: ({ goalId, shared }: { goalId: string; shared: boolean }) =>
      api.call(goalEndpoints.update, {
        params: { id: goalId },
        body: { visibility: shared ? 'mentors' : 'private' },
      }),
    onSuccess: () => refresh({ goals: true }),
  });
}
