// The rules of a feedback request that need no I/O: its state on a day, what an answer must hold,
// and what the level of an answer becomes as an assessment.
import type { ContactRole } from '../../../shared/network/contact.schema.ts';

export type FeedbackState = 'open' | 'answered' | 'expired';
export type SubjectKind = 'goal' | 'skill' | 'topic';

/**
 * A request's state on `today` (the requester's today): answered once answered, else expired when
 * today is after its last day, else open. Expiry is always judged in the requester's time zone, by
 * whoever asks: she set the term, and one request must not be open to one person and expired to
 * another.
 */
export function stateOf(
  request: { answeredAt: string | null; expiresOn: string },
  today: string,
): FeedbackState {
  if (request.answeredAt !== null) return 'answered';
  return today > request.expiresOn ? 'expired' : 'open';
}

/** What is wrong with an answer to these questions, at its field; null when nothing is. */
export function answerProblem(
  request: { questionCount: number; subjectKind: SubjectKind },
  answer: { answers: readonly string[]; level?: number | undefined },
): { path: 'answers' | 'level'; message: string } | null {
  const n = request.questionCount;
  if (answer.answers.length !== n) {
    const entries = n === 1 ? '1 entry' : `${n} entries`;
    return {
      path: 'answers',
      message: `must have ${entries}, one per question (got ${answer.answers.length})`,
    };
  }
  if (answer.level !== undefined && request.subjectKind !== 'skill') {
    return { path: 'level', message: 'is only for a request about a skill' };
  }
  return null;
}

/** The assessment sources a contact's role makes of a level; anyone else is a peer. */
const SOURCE_ROLES = ['mentor', 'manager'] as const satisfies readonly ContactRole[];
export type FeedbackSource = (typeof SOURCE_ROLES)[number] | 'peer';

/** The source of an assessment from an answer: the first of the contact's roles that is mentor or manager, else peer. */
export function sourceOf(roles: readonly ContactRole[]): FeedbackSource {
  const role = roles.find((r): r is (typeof SOURCE_ROLES)[number] =>
    (SOURCE_ROLES as readonly string[]).includes(r),
  );
  return role ?? 'peer';
}

/** Who an assessment from an answer names: the contact, else the answering account, else the e-mail. */
export function assessorOf(who: {
  contactName: string | null;
  accountName: string | null;
  email: string | null;
}): string {
  return who.contactName ?? who.accountName ?? who.email ?? 'Anonymous';
}
