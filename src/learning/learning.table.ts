import type { ColumnType } from 'kysely';
import type {
  LEARNING_FORMATS,
  LEARNING_STATUSES,
  LearningKind,
} from '../../shared/learning/learning.schema.ts';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

/**
 * The goal an activity's time feeds is referenced by `(goal_id, goal_owner_id)`, and a check
 * constraint holds `goal_owner_id` to the row's own owner: no activity can point at another
 * person's goal. Deleting the goal sets both to null, leaving the activity unlinked.
 */
export interface GoalLink {
  goal_id: string | null;
  /** The owner's id while `goal_id` is set, else null; written with `goal_id`, never read. */
  goal_owner_id: ColumnType<never, string | null, string | null>;
}

export interface LearningActivityTable extends GoalLink {
  id: string;
  owner_id: OwnerId;
  kind: LearningKind;
  title: string;
  provider: string | null;
  url: string | null;
  format: (typeof LEARNING_FORMATS)[number] | null;
  status: (typeof LEARNING_STATUSES)[number];
  start_date: string | null;
  end_date: string | null;
  hours_planned: number | null;
  /** The cost: both set, or both null. */
  cost_amount: number | null;
  cost_currency: string | null;
  /** The credential of a certification: issued on a date, or none at all. */
  credential_identifier: string | null;
  credential_url: string | null;
  credential_issued_on: string | null;
  credential_expires_on: string | null;
  created_at: string;
  updated_at: string;
}

/** The skills an activity develops, in the order given. */
export interface LearningActivitySkillTable {
  owner_id: OwnerId;
  activity_id: string;
  skill_id: string;
  position: number;
}

/** Time spent on an activity, one entry per sitting (or day). */
export interface LearningLogTable {
  id: string;
  owner_id: OwnerId;
  activity_id: string;
  date: string;
  minutes: number;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface LearningTables {
  learning_activities: LearningActivityTable;
  learning_activity_skills: LearningActivitySkillTable;
  learning_log: LearningLogTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends LearningTables {}
}

/** A person's learning is theirs alone until sharing with mentors exists. */
export const learningTableRules = {
  learning_activities: { kind: 'owned', visible: 'owner only' },
  learning_activity_skills: { kind: 'owned', visible: 'owner only' },
  learning_log: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof LearningTables, TableRule>;
