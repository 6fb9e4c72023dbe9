// What I may do in a mentorship, by its state and my side, with the reason when I may not. The
// server holds the same rules; these only decide which controls to show.
import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { otherName } from './mentorshipText.ts';

type MentorshipFacts = Pick<
  Mentorship,
  'state' | 'invitedByMe' | 'myRole' | 'mentor' | 'mentee' | 'endedOn' | 'shareSkills'
>;

/**
 * Why sessions, action items and comments cannot be added or changed, or null when they can: only an
 * active mentorship takes them.
 */
export function writeBlock(m: MentorshipFacts): string | null {
  switch (m.state) {
    case 'active':
      return null;
    case 'invited':
      return m.invitedByMe
        ? `Sessions and action items start once ${otherName(m)} accepts your invitation.`
        : 'Accept the invitation to record sessions and action items.';
    case 'declined':
      return m.invitedByMe
        ? `${otherName(m)} declined the invitation, so nothing can be added.`
        : 'You declined the invitation, so nothing can be added.';
    case 'ended':
      return `This mentorship ended${m.endedOn ? ` on ${formatDate(m.endedOn)}` : ''}: nothing can be added or changed, and nothing is shared any more.`;
  }
}

/** A session or action item is changed or deleted only by the one who added it, while active. */
export function canChange(entry: { byMe: boolean }, m: Pick<Mentorship, 'state'>): boolean {
  return entry.byMe && m.state === 'active';
}

/** Either side ticks an action item done or not, while the mentorship is active. */
export const canTick = (m: Pick<Mentorship, 'state'>): boolean => m.state === 'active';

/** Its focus and the rest may be changed while it is active (an invitation is answered as it was made). */
export const canEdit = (m: Pick<Mentorship, 'state'>): boolean => m.state === 'active';

export type EditableField = 'focus' | 'cadenceDays' | 'skillIds' | 'goalIds' | 'shareSkills';

/** Focus and cadence by either side; the focus skills and goals, and what is shared, by the mentee. */
export function editableFields(m: Pick<Mentorship, 'myRole'>): readonly EditableField[] {
  return m.myRole === 'mentee'
    ? ['focus', 'cadenceDays', 'skillIds', 'goalIds', 'shareSkills']
    : ['focus', 'cadenceDays'];
}

export interface EndAction {
  /** The button: "End mentorship", "Withdraw invitation". */
  label: string;
  /** The confirmation's title and what it says happens. */
  title: string;
  consequence: string;
  /** Said once it is done. */
  done: string;
}

/** Ending it (either side, while active) or withdrawing my invitation; null when neither applies. */
export function endAction(m: MentorshipFacts): EndAction | null {
  const other = otherName(m);
  if (m.state === 'active')
    return {
      label: 'End mentorship',
      title: `End your mentorship with ${other}?`,
      consequence:
        'This ends it for both of you; nothing is shared any more, and no session or action item can be added.',
      done: `Your mentorship with ${other} has ended.`,
    };
  if (m.state === 'invited' && m.invitedByMe)
    return {
      label: 'Withdraw invitation',
      title: `Withdraw your invitation to ${other}?`,
      consequence: `${other} will no longer be able to accept it. You can invite them again later.`,
      done: `Your invitation to ${other} is withdrawn.`,
    };
  return null;
}

/** The mentor assesses the mentee's skills only while active, and only when she shares them. */
export const canAssess = (m: Pick<Mentorship, 'state' | 'myRole' | 'shareSkills'>): boolean =>
  m.state === 'active' && m.myRole === 'mentor' && m.shareSkills;

/** An invitation sent to me, waiting for my answer. */
export const isInvitationToMe = (m: Pick<Mentorship, 'state' | 'invitedByMe'>): boolean =>
  m.state === 'invited' && !m.invitedByMe;
