import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Timestamps are ISO-8601 UTC strings and calendar dates `YYYY-MM-DD` strings in both dialects:
// SQLite stores them as TEXT; PostgreSQL as timestamptz/date, read back as strings (see database.ts).

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  timezone: string;
  role: 'admin' | 'member';
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  owner_id: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  owner_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface InstanceSettingTable {
  key: string;
  value: string;
}

export interface GoalTable {
  id: string;
  owner_id: string;
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
  completed_on: string | null;
  visibility: 'private' | 'mentors' | 'managers' | 'organization';
  created_at: string;
  updated_at: string;
}

export interface CheckInTable {
  id: string;
  owner_id: string;
  goal_id: string;
  date: string;
  value: number;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface DB {
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_failures: LoginFailureTable;
  instance_settings: InstanceSettingTable;
  goals: GoalTable;
  check_ins: CheckInTable;
}

/** Tables whose rows belong to one person; only reachable through an OwnerScope. */
export type OwnedTable = {
  [K in keyof DB]: DB[K] extends { owner_id: string } ? K : never;
}[keyof DB];

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
