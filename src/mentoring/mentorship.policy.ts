// Who may do what to a mentorship: small functions of the row and the person asking, used by every
// service of the feature (the table of it is in index.ts).
import type { MentorshipRole } from '../../shared/mentoring/mentorship.schema.ts';
import { conflict, notFound } from '../platform/http/errors.ts';
import type { Person } from './mentoring.party.ts';
import type { MentorshipRow } from './mentorship.repository.ts';

type Row = Pick<MentorshipRow, 'mentor_id' | 'mentee_id' | 'creator_id' | 'state' | 'invited_email'>;

/** What the person asking is in a mentorship: one of its sides, or the invitee who has not answered. */
export type Side = MentorshipRole | 'invitee';

export const otherRole = (role: MentorshipRole): MentorshipRole => (role === 'mentor' ? 'mentee' : 'mentor');

/** The role of the one who made it. */
export const creatorRole = (row: Pick<Row, 'creator_id' | 'mentor_id'>): MentorshipRole =>
  row.creator_id === row.mentor_id ? 'mentor' : 'mentee';

/** The person's side of the mentorship, or null when she has none. */
export function sideOf(row: Row, person: Person): Side | null {
  if (row.mentor_id === person.id) return 'mentor';
  if (row.mentee_id === person.id) return 'mentee';
  if (row.state === 'invited' && person.email !== null && row.invited_email === person.email)
    return 'invitee';
  return null;
}

/** The role the person has or is invited to; null when she has none. */
export function roleOf(row: Row, person: Person): MentorshipRole | null {
  const side = sideOf(row, person);
  return side === 'invitee' ? otherRole(creatorRole(row)) : side;
}

/**
 * The person's role in a mentorship she is a side of (not merely invited to, who may only read,
 * accept or decline it); else 404, as for one that does not exist.
 */
export function partyRole(row: Row | undefined, person: Person): MentorshipRole {
  const side = row ? sideOf(row, person) : null;
  if (side === null || side === 'invitee') throw notFound('mentorship');
  return side;
}

/** Writes go to an active mentorship only: else 409, saying why. */
export function requireActive(row: Pick<Row, 'state'>): void {
  if (row.state === 'active') return;
  throw conflict(
    {
      invited: 'This mentorship is not active yet: the invitation has not been accepted.',
      declined: 'This mentorship was declined: nothing more can be added to it.',
      ended: 'This mentorship has ended: nothing more can be added to it.',
    }[row.state],
  );
}

/** The person's role in an active mentorship she is a side of: else 404, or 409 when it is not active. */
export function activeRole(row: Row | undefined, person: Person): MentorshipRole {
  const role = partyRole(row, person);
  requireActive(row!);
  return role;
}
