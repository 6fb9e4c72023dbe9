// How each table may be reached, declared by the feature that owns it. The access module builds
// every scope from these rules, so a table no feature declared cannot be read through any scope.

/** Who besides the owner may read a row of an owned table. */
export type Visibility =
  /** Only the owner (sessions, API tokens). */
  | 'owner only'
  /** As its own visibility column says (a goal's private/mentors/managers/organization). */
  | { column: string }
  /** As the row it belongs to says (a check-in, through its goal). */
  | { through: string; key: string }
  /**
   * The whole table, to a viewer whose tie shares this topic (a mentee's skill assessments, to a
   * mentor she shares her skills with); nobody else.
   */
  | { topic: SharedTopic };

/**
 * How a table is reached:
 * - `instance`: the instance's own rows (people, settings), through the instance scope only;
 * - `owned`: one person's rows, shown to others as `visible` says;
 * - `catalogue`: entries everyone reads (`owner_id` null: built in or imported, written through the
 *   instance scope only) beside entries a person added for themselves (their `owner_id`), which only
 *   they read and only they change.
 */
export type TableRule = { kind: 'instance' } | { kind: 'owned'; visible: Visibility } | { kind: 'catalogue' };

export type TableRules = Readonly<Record<string, TableRule>>;

/** The visibility levels items carry, from the most private. */
export const VISIBILITIES = ['private', 'mentors', 'managers', 'organization'] as const;
export type VisibilityLevel = (typeof VISIBILITIES)[number];

/** What a viewer is to an owner; features that create such ties (mentoring, teams) report them. */
export type Relationship = 'mentor' | 'manager' | 'colleague';

/** Whole kinds of data an owner may share along a tie, beside the items their visibility shows. */
export const SHARED_TOPICS = ['skills'] as const;
export type SharedTopic = (typeof SHARED_TOPICS)[number];

/** One tie between a viewer and an owner: what the viewer is, and the topics the owner shares with them. */
export interface Tie {
  relationship: Relationship;
  topics?: readonly SharedTopic[];
}

/** The topics any of these ties shares. */
export function sharedTopics(ties: readonly Tie[]): SharedTopic[] {
  return SHARED_TOPICS.filter((topic) => ties.some((tie) => tie.topics?.includes(topic)));
}

/**
 * The visibility levels a viewer with these ties may read. What is shared with the organization
 * reaches everyone related to the owner: a mentor reads `mentors` and `organization`, a manager
 * `managers` and `organization`, a colleague `organization` alone.
 */
export function visibleLevels(ties: readonly Tie[]): VisibilityLevel[] {
  const levels = new Set<VisibilityLevel>();
  for (const { relationship: r } of ties) {
    if (r === 'mentor') levels.add('mentors').add('organization');
    if (r === 'manager') levels.add('managers').add('organization');
    if (r === 'colleague') levels.add('organization');
  }
  return VISIBILITIES.filter((level) => levels.has(level));
}
