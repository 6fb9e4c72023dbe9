// The party rule: the one way into the mentoring tables. Every read of a mentorship, and of its
// sessions, action items and comments, is confined to the mentorships the person is part of.
import type { InstanceScope } from '../platform/access/access.ts';

type InstanceDb = InstanceScope['db'];

/** Who is asking about mentorships: their account, and the e-mail invitations to them are sent to. */
export interface Person {
  id: string;
  /** In lower case; null when only their account matters (the relationship, which is never an invitation). */
  email: string | null;
}

/**
 * The mentorships `person` is part of, as `m`: where she is the mentor, the mentee or the one who
 * made it, and, while they wait for an answer, the invitations addressed to her e-mail (whether
 * she had an account when they were sent or signed up since).
 */
export function partyMentorships(db: InstanceDb, person: Person) {
  return db
    .selectFrom('mentorships as m')
    .where((eb) =>
      eb.or([
        eb('m.mentor_id', '=', person.id),
        eb('m.mentee_id', '=', person.id),
        eb('m.creator_id', '=', person.id),
        ...(person.email === null
          ? []
          : [eb.and([eb('m.state', '=', 'invited'), eb('m.invited_email', '=', person.email)])]),
      ]),
    );
}

/** The ids of the mentorships `person` is part of, for `where mentorship_id in (…)`. */
export const partyMentorshipIds = (db: InstanceDb, person: Person) =>
  partyMentorships(db, person).select('m.id');

/** The person asking, as the party rule knows her. */
export const personOf = (actor: { id: string; email: string }): Person => ({
  id: actor.id,
  email: actor.email.toLowerCase(),
});
