import type { FeedbackQuestionnaire, FeedbackRequest } from '../../shared/mentoring/feedback.schema.ts';
import { stateOf } from './domain/feedback.rules.ts';
import type { FeedbackRequestRow, ListedRequestRow } from './feedback-request.repository.ts';

/** A JSON list column of strings read back; [] for anything else. */
export function jsonList(column: string | null): string[] {
  if (column === null) return [];
  try {
    const value: unknown = JSON.parse(column);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

const subjectOf = (row: FeedbackRequestRow) => ({
  kind: row.subject_kind,
  id: row.subject_id,
  label: row.subject_label,
});

/** A request as its requester sees it, its state on `today` (her today). */
export function presentRequest(row: ListedRequestRow, today: string): FeedbackRequest {
  return {
    id: row.id,
    state: stateOf({ answeredAt: row.answered_at, expiresOn: row.expires_on }, today),
    to: { email: row.to_email, contactId: row.to_contact_id, name: row.contact_name },
    about: subjectOf(row),
    questions: jsonList(row.questions),
    expiresOn: row.expires_on,
    answers: row.answers === null ? null : jsonList(row.answers),
    level: row.level,
    assessmentId: row.assessment_id,
    answeredAt: row.answered_at,
    createdAt: row.created_at,
  };
}

/**
 * A request as the person asked sees it: what it is about and its questions, from whom, and
 * nothing of the requester's data beyond that. `id` only in the inbox.
 */
export function presentQuestionnaire(
  row: FeedbackRequestRow,
  fromName: string,
  id: string | null,
): FeedbackQuestionnaire {
  return {
    id,
    from: { name: fromName },
    about: subjectOf(row),
    questions: jsonList(row.questions),
    asksLevel: row.subject_kind === 'skill',
    expiresOn: row.expires_on,
    createdAt: row.created_at,
  };
}
