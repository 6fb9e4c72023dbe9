import type { RelationshipSource } from '../platform/access/access.ts';
import type { Tie } from '../platform/access/rules.ts';
import { MentorshipRepository } from './mentorship.repository.ts';

/**
 * The tie a mentorship makes: while it is active, its mentor is the mentee's mentor, and shares her
 * skills when she chose to. Invitations, declined and ended mentorships tie no one.
 */
export const mentorTies: RelationshipSource = async (instance, viewerId, ownerId): Promise<Tie[]> => {
  const rows = await new MentorshipRepository(instance, { id: viewerId, email: null }).activeAsMentorOf(
    ownerId,
  );
  return rows.map((r) => ({ relationship: 'mentor', topics: r.share_skills === 1 ? ['skills'] : [] }));
};
