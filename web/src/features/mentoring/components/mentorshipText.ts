// A mentorship in words: who is on the other side, where it stands, when the next session is due.
import { daysBetween } from '@shared/calendar.ts';
import type { Mentorship, Party } from '@shared/mentoring/mentorship.schema.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';

/** The side of a mentorship that is not me. */
export function otherSide(m: Pick<Mentorship, 'myRole' | 'mentor' | 'mentee'>): Party {
  return m.myRole === 'mentee' ? m.mentor : m.mentee;
}

/** A side's name, else the e-mail it was invited at (an invitation not yet accepted). */
export function partyName(party: Pick<Party, 'name' | 'email'>): string {
  return party.name ?? party.email ?? 'Someone you invited';
}

/** The other side's name: "Grace Hopper", or "grace@example.com" while the invitation waits. */
export const otherName = (m: Pick<Mentorship, 'myRole' | 'mentor' | 'mentee'>): string =>
  partyName(otherSide(m));

/** "Grace Hopper is your mentor", "You mentor Ada Lovelace" (or "… invited" while waiting). */
export function relationText(m: Pick<Mentorship, 'myRole' | 'mentor' | 'mentee' | 'state'>): string {
  const other = otherName(m);
  if (m.state === 'invited' || m.state === 'declined')
    return m.myRole === 'mentee' ? `${other}, invited as your mentor` : `${other}, invited as your mentee`;
  return m.myRole === 'mentee' ? `${other} is your mentor` : `You mentor ${other}`;
}

/** What an invitation to me asks: "Ada Lovelace asks you to mentor them", "Grace Hopper offers to mentor you". */
export function invitationText(m: Pick<Mentorship, 'myRole' | 'mentor' | 'mentee'>): string {
  return m.myRole === 'mentor'
    ? `${otherName(m)} asks you to mentor them`
    : `${otherName(m)} offers to mentor you`;
}

/** Where it stands, in a few words beside its badge. */
export function stateText(
  m: Pick<Mentorship, 'state' | 'invitedByMe' | 'startedOn' | 'endedOn' | 'myRole' | 'mentor' | 'mentee'>,
): string {
  switch (m.state) {
    case 'invited':
      return m.invitedByMe ? `Waiting for ${otherName(m)} to accept` : 'Waiting for your answer';
    case 'active':
      return m.startedOn ? `Active since ${formatDate(m.startedOn)}` : 'Active';
    case 'declined':
      return m.invitedByMe ? `${otherName(m)} declined the invitation` : 'You declined the invitation';
    case 'ended':
      return m.endedOn ? `Ended on ${formatDate(m.endedOn)}` : 'Ended';
  }
}

/** "Every week", "Every 2 weeks", "Every 10 days", "Every day"; "No agreed cadence" without one. */
export function cadenceText(days: number | null): string {
  if (days === null) return 'No agreed cadence';
  if (days === 1) return 'Every day';
  if (days === 7) return 'Every week';
  if (days % 7 === 0) return `Every ${days / 7} weeks`;
  return `Every ${days} days`;
}

export interface NextSession {
  text: string;
  overdue: boolean;
}

/**
 * When the next session is due, for an active mentorship with a cadence: "Next session due today",
 * "… due tomorrow", "… due in 5 days", "… overdue by 3 days"; null when nothing is due.
 */
export function nextSessionText(
  m: Pick<Mentorship, 'state' | 'nextSessionOn'>,
  today: string,
): NextSession | null {
  if (m.state !== 'active' || m.nextSessionOn === null) return null;
  const days = daysBetween(today, m.nextSessionOn);
  if (days < 0)
    return { text: `Next session overdue by ${-days} ${days === -1 ? 'day' : 'days'}`, overdue: true };
  if (days === 0) return { text: 'Next session due today', overdue: false };
  if (days === 1) return { text: 'Next session due tomorrow', overdue: false };
  return { text: `Next session due in ${days} days`, overdue: false };
}

/** The shared view's title: the mentor reads "What Ada shares with you", the mentee "What Grace sees". */
export function sharedTitle(m: Pick<Mentorship, 'myRole' | 'mentor' | 'mentee'>): string {
  return m.myRole === 'mentor'
    ? `What ${partyName(m.mentee)} shares with you`
    : `What ${partyName(m.mentor)} sees`;
}
