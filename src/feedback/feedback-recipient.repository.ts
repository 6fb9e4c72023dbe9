import type { InstanceScope } from '../platform/access/access.ts';

/** A request in someone's inbox: its id and whose it is. */
export interface InboxEntry {
  requestId: string;
  requesterId: string;
}

/** Who each request was sent to, by lower-cased e-mail: the instance's rows, read across owners. */
export class FeedbackRecipientRepository {
  constructor(private readonly instance: InstanceScope) {}

  /** Records the e-mails a request was sent to (each once, lower-cased). */
  async insert(requestId: string, requesterId: string, emails: readonly string[]): Promise<void> {
    const keys = [...new Set(emails.map((e) => e.toLowerCase()))];
    if (keys.length === 0) return;
    await this.instance.db
      .insertInto('feedback_recipients')
      .values(keys.map((email_key) => ({ request_id: requestId, email_key, requester_id: requesterId })))
      .execute();
  }

  /** The requests sent to `email` by anyone but `actorId` (never one's own). */
  async sentTo(email: string, actorId: string): Promise<InboxEntry[]> {
    const rows = await this.instance.db
      .selectFrom('feedback_recipients')
      .select(['request_id', 'requester_id'])
      .where('email_key', '=', email.toLowerCase())
      .where('requester_id', '!=', actorId)
      .execute();
    return rows.map((r) => ({ requestId: r.request_id, requesterId: r.requester_id }));
  }

  /** Whose request `requestId` is, if it was sent to `email` by anyone but `actorId`. */
  async requesterOf(requestId: string, email: string, actorId: string): Promise<string | null> {
    const row = await this.instance.db
      .selectFrom('feedback_recipients')
      .select('requester_id')
      .where('request_id', '=', requestId)
      .where('email_key', '=', email.toLowerCase())
      .where('requester_id', '!=', actorId)
      .executeTakeFirst();
    return row?.requester_id ?? null;
  }
}
