import type { ColumnType } from 'kysely';
import type { CheckInSourceType } from '../../shared/goals/goal.schema.ts';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

// Calendar dates are `YYYY-MM-DD` strings and timestamps ISO-8601 UTC strings in both dialects.

export interface GoalTable {
  id: string;
  owner_id: OwnerId;
  parent_id: string | null;
  title: string;
  description: string;
  why: string;
  category: string;
  start_date: string;
  due_date: string | null;
  metric_unit: string | null;
  metric_baseline: number | null;
  metric_target: number | null;
  metric_aggregation: 'sum' | 'last' | null;
  weight: number;
  state: 'active' | 'paused' | 'abandoned';
  /** The goal above whose pausing or abandoning set this goal's state; null when the person set it. */
  state_set_by: string | null;
  completed_on: string | null;
  visibility: 'private' | 'mentors' | 'managers' | 'organization';
  created_at: string;
  updated_at: string;
  /** The skills the goal develops: a JSON array of skill ids, of the catalogue or the person's own. */
  skill_ids: ColumnType<string, string | undefined, string>;
  /** On a top-level goal: how many times anything in its tree has changed (0 when new). */
  tree_version: ColumnType<number, number | undefined, number>;
}

export interface CheckInTable {
  id: string;
  owner_id: OwnerId;
  goal_id: string;
  date: string;
  value: number;
  note: string;
  /** What wrote it (a learning log entry, a practice entry) and that entry's id; null when typed in. */
  source_type: ColumnType<CheckInSourceType | null, CheckInSourceType | null | undefined, never>;
  source_id: ColumnType<string | null, string | null | undefined, never>;
  created_at: string;
  updated_at: string;
}

/** How many times a person's goals and check-ins have changed (see goal.cache.ts). */
export interface GoalDataVersionTable {
  owner_id: OwnerId;
  version: number;
}

export interface GoalTables {
  goals: GoalTable;
  check_ins: CheckInTable;
  goal_data_versions: GoalDataVersionTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends GoalTables {}
}

/** A goal is seen as its visibility says; a check-in as its goal's does. */
export const goalTableRules = {
  goals: { kind: 'owned', visible: { column: 'visibility' } },
  check_ins: { kind: 'owned', visible: { through: 'goals', key: 'goal_id' } },
  goal_data_versions: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof GoalTables, TableRule>;
