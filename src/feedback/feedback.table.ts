import type { ColumnType } from 'kysely';
import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

// Calendar dates are `YYYY-MM-DD` strings and timestamps ISO-8601 UTC strings in both dialects;
// lists are JSON text.

/**
 * A request for feedback, owned by the person who asks. Its link's secret is kept only as a hash
 * (`token_hash`), which makes it a credential table: the public link finds it by that hash before
 * anyone is known, as sessions and API tokens are found.
 */
export interface FeedbackRequestTable {
  id: string;
  owner_id: OwnerId;
  /** SHA-256 (hex) of the link's token; the token itself is shown once and never stored. */
  token_hash: string;
  /** The e-mail it was sent to, lower-cased; null when sent to a contact. */
  to_email: string | null;
  /** The contact it was sent to, held to the owner; null for an e-mail, or once the contact is deleted. */
  to_contact_id: string | null;
  /** The owner's id while `to_contact_id` is set, else null; written with it, never read. */
  contact_owner_id: ColumnType<never, string | null, string | null>;
  subject_kind: 'goal' | 'skill' | 'topic';
  /** The goal or skill; null for a topic. Not a reference: the request outlives what it asks about. */
  subject_id: string | null;
  /** The goal's title, the skill's name or the topic, copied when asked: answerers read only this. */
  subject_label: string;
  /** JSON array of the questions, in order. */
  questions: string;
  /** The last day the link may be answered, in the requester's time zone. */
  expires_on: string;
  /** JSON array of the answers, one per question; null until answered. */
  answers: string | null;
  level: number | null;
  /** The assessment the level became, held to the owner; null without a level, or once deleted. */
  assessment_id: string | null;
  /** The owner's id while `assessment_id` is set, else null; written with it, never read. */
  assessment_owner_id: ColumnType<never, string | null, string | null>;
  answered_at: string | null;
  /** The account that answered from its inbox; null when answered through the link. */
  answered_by_user_id: string | null;
  created_at: string;
}

/**
 * Who may find a request in their inbox: one row per e-mail it was sent to (the e-mail given, or
 * each of the contact's when it was asked), lower-cased. The inbox reads requests across owners by
 * e-mail, which no owner's scope can, so these rows are the instance's.
 */
export interface FeedbackRecipientTable {
  request_id: string;
  email_key: string;
  requester_id: string;
}

export interface FeedbackTables {
  feedback_requests: FeedbackRequestTable;
  feedback_recipients: FeedbackRecipientTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends FeedbackTables {}
}

/**
 * A request is its requester's alone; whoever answers it reaches it only by its link's hash, or by
 * their e-mail among its recipients, and reads only what the questionnaire shows.
 */
export const feedbackTableRules = {
  feedback_requests: { kind: 'owned', visible: 'owner only' },
  feedback_recipients: { kind: 'instance' },
} as const satisfies Record<keyof FeedbackTables, TableRule>;
