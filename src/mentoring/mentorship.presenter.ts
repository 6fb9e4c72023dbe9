import { addDays } from '../../shared/calendar.ts';
import type { Mentorship, MentorshipRole, Party } from '../../shared/mentoring/mentorship.schema.ts';
import type { Person } from './mentoring.party.ts';
import { creatorRole, roleOf, sideOf } from './mentorship.policy.ts';
import type { MentorshipRow } from './mentorship.repository.ts';

/** The JSON lists of ids a mentorship keeps. */
export const idsOf = (column: string): string[] => {
  try {
    const value: unknown = JSON.parse(column);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * One side as the person asking sees it: an account's name and e-mail; a contact's name (only its
 * creator ever sees a mentorship with a contact); or, while nobody has answered the invitation,
 * no name and the invited e-mail. The same whether or not an account has that e-mail.
 */
function partyOf(
  row: MentorshipRow,
  role: MentorshipRole,
  person: Person,
  contactNames: ReadonlyMap<string, string>,
): Party {
  const userId = role === 'mentor' ? row.mentor_id : row.mentee_id;
  const me = userId === person.id || (userId === null && sideOf(row, person) === 'invitee');
  if (userId !== null) {
    const name = role === 'mentor' ? row.mentor_name : row.mentee_name;
    const email = role === 'mentor' ? row.mentor_email : row.mentee_email;
    return { role, me, name, email, contactId: null };
  }
  if (row.invited_email === null) {
    const contactId = row.contact_id;
    return {
      role,
      me,
      name: contactId ? (contactNames.get(contactId) ?? null) : null,
      email: null,
      contactId,
    };
  }
  return { role, me, name: null, email: row.invited_email, contactId: null };
}

/** The name of the side across from the person asking, for lists across mentorships. */
export function otherName(row: MentorshipRow, person: Person, contactNames: ReadonlyMap<string, string>) {
  const mine = roleOf(row, person) ?? creatorRole(row);
  const other = partyOf(row, mine === 'mentor' ? 'mentee' : 'mentor', person, contactNames);
  return other.name ?? other.email;
}

/**
 * A mentorship as the person asking sees it. `focusShown` holds, for those she mentors, the
 * focus goals she may know of; the mentee's own side sees all of hers.
 */
export function presentMentorship(
  row: MentorshipRow,
  person: Person,
  contactNames: ReadonlyMap<string, string>,
  focusShown: ReadonlyMap<string, string[]>,
): Mentorship {
  const base = row.last_session_on ?? row.started_on;
  return {
    id: row.id,
    state: row.state,
    myRole: roleOf(row, person) ?? creatorRole(row),
    mentor: partyOf(row, 'mentor', person, contactNames),
    mentee: partyOf(row, 'mentee', person, contactNames),
    invitedByMe: row.creator_id === person.id,
    focus: row.focus,
    skillIds: idsOf(row.skill_ids),
    goalIds: focusShown.get(row.id) ?? idsOf(row.goal_ids),
    cadenceDays: row.cadence_days,
    shareSkills: row.share_skills === 1,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    lastSessionOn: row.last_session_on,
    nextSessionOn:
      row.state === 'active' && row.cadence_days !== null && base !== null
        ? addDays(base, row.cadence_days)
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
