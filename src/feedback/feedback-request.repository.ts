import type { Selectable } from 'kysely';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { FeedbackState } from './domain/feedback.rules.ts';
import type { FeedbackRequestTable } from './feedback.table.ts';

/** A request as stored, without its owner columns; the token's hash is written once and never read back. */
export type FeedbackRequestRow = Omit<
  Selectable<FeedbackRequestTable>,
  'owner_id' | 'token_hash' | 'contact_owner_id' | 'assessment_owner_id'
>;
/** A request with its contact's name, as the requester's list shows it. */
export type ListedRequestRow = FeedbackRequestRow & { contact_name: string | null };

/** What answering writes. */
export interface AnswerChanges {
  answers: string;
  level: number | null;
  assessmentId: string | null;
  answeredAt: string;
  answeredByUserId: string | null;
}

const COLUMNS = [
  'r.id',
  'r.to_email',
  'r.to_contact_id',
  'r.subject_kind',
  'r.subject_id',
  'r.subject_label',
  'r.questions',
  'r.expires_on',
  'r.answers',
  'r.level',
  'r.assessment_id',
  'r.answered_at',
  'r.answered_by_user_id',
  'r.created_at',
] as const;

/** All SQL of a person's feedback requests, through her scope. */
export class FeedbackRequestRepository {
  constructor(private readonly scope: OwnerScope) {}

  async insert(row: FeedbackRequestRow, tokenHash: string): Promise<void> {
    await this.scope.insert('feedback_requests', [
      {
        ...row,
        token_hash: tokenHash,
        contact_owner_id: row.to_contact_id === null ? null : this.scope.ownerId,
        assessment_owner_id: null,
      },
    ]);
  }

  /** Her requests, newest first, in `state` on `today` (her today) when one is given. */
  list(state: FeedbackState | undefined, today: string): Promise<ListedRequestRow[]> {
    let q = this.listed();
    if (state === 'answered') q = q.where('r.answered_at', 'is not', null);
    if (state === 'open') q = q.where('r.answered_at', 'is', null).where('r.expires_on', '>=', today);
    if (state === 'expired') q = q.where('r.answered_at', 'is', null).where('r.expires_on', '<', today);
    return q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').execute();
  }

  find(id: string): Promise<ListedRequestRow | undefined> {
    return this.listed().where('r.id', '=', id).executeTakeFirst();
  }

  /** Those of `ids` still open on `today` (her today): not answered, not past their last day. */
  async openAmong(ids: readonly string[], today: string): Promise<FeedbackRequestRow[]> {
    const out: FeedbackRequestRow[] = [];
    for (const batch of batches(ids)) {
      out.push(
        ...(await this.scope
          .selectFrom('feedback_requests as r')
          .select(COLUMNS)
          .where('r.id', 'in', batch)
          .where('r.answered_at', 'is', null)
          .where('r.expires_on', '>=', today)
          .execute()),
      );
    }
    return out;
  }

  /**
   * Stores the answer if the request is still open on `today`, in one statement: of answers sent
   * at the same moment, only one finds it unanswered. Answers whether it was stored.
   */
  async answer(id: string, changes: AnswerChanges, today: string): Promise<boolean> {
    const r = await this.scope
      .updateTable('feedback_requests')
      .set({
        answers: changes.answers,
        level: changes.level,
        assessment_id: changes.assessmentId,
        assessment_owner_id: changes.assessmentId === null ? null : this.scope.ownerId,
        answered_at: changes.answeredAt,
        answered_by_user_id: changes.answeredByUserId,
      })
      .where('id', '=', id)
      .where('answered_at', 'is', null)
      .where('expires_on', '>=', today)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Deletes a request; its recipients go with it (ON DELETE CASCADE), and its link stops working. */
  async delete(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('feedback_requests').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  private listed() {
    return this.scope
      .selectFrom('feedback_requests as r')
      .leftJoin('contacts as c', 'c.id', 'r.to_contact_id')
      .select([...COLUMNS, 'c.name as contact_name']);
  }
}
