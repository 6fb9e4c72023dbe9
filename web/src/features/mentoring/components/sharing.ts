// Which of the mentee's goals her mentors see: those whose visibility reaches mentors.
import type { Goal } from '@shared/goals/goal.schema.ts';

/** The visibilities a mentor's shared view shows (organization reaches everyone a mentor is too). */
const MENTORS_SEE: ReadonlySet<Goal['visibility']> = new Set(['mentors', 'organization']);

/** Whether the mentee's mentors see this goal. */
export const sharedWithMentors = (goal: Pick<Goal, 'visibility'>): boolean =>
  MENTORS_SEE.has(goal.visibility);

/**
 * The goals a mentee may share or stop sharing from the shared view: her active goals that are not
 * slices (a slice follows its parent's page), focus goals first, then by title.
 */
export function shareableGoals<G extends Pick<Goal, 'id' | 'title' | 'state' | 'parentId'>>(
  goals: readonly G[],
  focusIds: readonly string[],
): G[] {
  const rank = (g: G) => (focusIds.includes(g.id) ? 0 : 1);
  return goals
    .filter((g) => g.state === 'active' && (g.parentId === null || focusIds.includes(g.id)))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
