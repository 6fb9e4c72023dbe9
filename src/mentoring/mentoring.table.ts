import type { ColumnType } from 'kysely';
import type { MentorshipRole, MentorshipState } from '../../shared/mentoring/mentorship.schema.ts';
import type { TableRule } from '../platform/access/rules.ts';

// Mentorships join two people (or a person and one of her contacts), so no one person owns their
// rows: they are the instance's, and every read of them goes through the party rule of
// mentorship.repository.ts. Calendar dates are `YYYY-MM-DD` strings, timestamps ISO-8601 UTC.

/** A column written once, never changed afterwards. */
type Fixed<T> = ColumnType<T, T, never>;

export interface MentorshipTable {
  id: Fixed<string>;
  /** The mentor's account; null while she is an invitee who has not answered, or a contact. */
  mentor_id: string | null;
  /** The mentee's account; null while she is an invitee who has not answered, or a contact. */
  mentee_id: string | null;
  /** Who made it: always the mentor or the mentee. */
  creator_id: Fixed<string>;
  /** The e-mail invited, in lower case; null for a mentorship with a contact. */
  invited_email: Fixed<string | null>;
  /** The creator's contact on the other side; null for an invitation (or once that contact is deleted). */
  contact_id: ColumnType<string | null, string | null, never>;
  /** The creator's id while `contact_id` is set, else null; written with it, never read. */
  contact_owner_id: ColumnType<never, string | null, never>;
  state: MentorshipState;
  focus: string | null;
  /** JSON array of skill ids. */
  skill_ids: string;
  /** JSON array of the mentee's goal ids. */
  goal_ids: string;
  cadence_days: number | null;
  /** 0 or 1: whether the mentor sees the mentee's skills and assessments. */
  share_skills: number;
  started_on: string | null;
  ended_on: string | null;
  created_at: Fixed<string>;
  updated_at: string;
}

export interface MentoringSessionTable {
  id: Fixed<string>;
  mentorship_id: Fixed<string>;
  author_id: Fixed<string>;
  date: string;
  agenda: string | null;
  notes: string | null;
  /** Seen by the author alone. */
  private_notes: string | null;
  /** When it began (UTC), when its author gave a time of day; null for a day without a time. */
  starts_at: string | null;
  /** How long it lasted, when given. */
  minutes: number | null;
  /** The interaction with the author's contact this session logged; null when none (or deleted). */
  interaction_id: ColumnType<string | null, string | null, never>;
  /** The author's id while `interaction_id` is set, else null; written with it, never read. */
  interaction_owner_id: ColumnType<never, string | null, never>;
  created_at: Fixed<string>;
  updated_at: string;
}

export interface ActionItemTable {
  id: Fixed<string>;
  mentorship_id: Fixed<string>;
  author_id: Fixed<string>;
  title: string;
  due_on: string | null;
  assignee: Fixed<MentorshipRole>;
  /** A goal of the mentee's; null when none, or once the goal is deleted. */
  goal_id: Fixed<string | null>;
  /** The mentee's id while `goal_id` is set, else null; written with it, never read. */
  goal_owner_id: ColumnType<never, string | null, never>;
  done_on: string | null;
  created_at: Fixed<string>;
  updated_at: string;
}

export interface GoalCommentTable {
  id: Fixed<string>;
  mentorship_id: Fixed<string>;
  goal_id: Fixed<string>;
  /** The mentee, whose goal it is. */
  goal_owner_id: Fixed<string>;
  author_id: Fixed<string>;
  text: Fixed<string>;
  created_at: Fixed<string>;
}

export interface MentoringTables {
  mentorships: MentorshipTable;
  mentoring_sessions: MentoringSessionTable;
  action_items: ActionItemTable;
  goal_comments: GoalCommentTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends MentoringTables {}
}

/** The instance's, reached through the instance scope, and read only through the party rule. */
export const mentoringTableRules = {
  mentorships: { kind: 'instance' },
  mentoring_sessions: { kind: 'instance' },
  action_items: { kind: 'instance' },
  goal_comments: { kind: 'instance' },
} as const satisfies Record<keyof MentoringTables, TableRule>;
