import type { OwnerScope } from '../platform/access/access.ts';

/**
 * The columns that tie an entry (time learning, practice, an interaction) to a goal it feeds: the
 * goal's id, and beside it the owner's, so the foreign key keeps the goal within the entry's owner.
 */
export function goalLinkOf(scope: OwnerScope, goalId: string | null) {
  return { goal_id: goalId, goal_owner_id: goalId === null ? null : scope.ownerId };
}
