// Words for the mentoring and feedback values, in one place so every screen names things alike.
// Types only from the schemas: their values would bring zod into pages without forms.
import type { FEEDBACK_STATES, FeedbackSubject } from '@shared/mentoring/feedback.schema.ts';
import type { MentorshipRole, MentorshipState } from '@shared/mentoring/mentorship.schema.ts';
import type { z } from 'zod';

export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export type SubjectKind = z.infer<typeof FeedbackSubject>['kind'];

export const STATE_LABELS: Record<MentorshipState, string> = {
  invited: 'Invited',
  active: 'Active',
  declined: 'Declined',
  ended: 'Ended',
};

export const ROLE_LABELS: Record<MentorshipRole, string> = { mentee: 'Mentee', mentor: 'Mentor' };

export const FEEDBACK_STATE_LABELS: Record<FeedbackState, string> = {
  open: 'Waiting for an answer',
  answered: 'Answered',
  expired: 'Expired',
};

export const SUBJECT_LABELS: Record<SubjectKind, string> = { goal: 'Goal', skill: 'Skill', topic: 'Topic' };

/** The order a list of mentorships reads in: the live ones first, the finished ones last. */
export const STATE_ORDER: readonly MentorshipState[] = ['active', 'invited', 'declined', 'ended'];
