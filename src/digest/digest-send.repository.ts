import type { InstanceScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';

/** The weekly digests taken on: claimed before sending, so each goes out at most once. */
export class DigestSendRepository {
  constructor(private readonly instance: InstanceScope) {}

  /** The people of `userIds` whose digest of `week` is already taken (sent, or being sent). */
  async taken(week: string, userIds: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const batch of batches(userIds)) {
      const rows = await this.instance.db
        .selectFrom('digest_sends')
        .select('user_id')
        .where('week', '=', week)
        .where('user_id', 'in', batch)
        .execute();
      for (const r of rows) found.add(r.user_id);
    }
    return found;
  }

  /**
   * Takes the person's digest of `week`: true when this call inserted the row, false when another
   * app server (or an earlier run) has it. ON CONFLICT DO NOTHING, not a caught error, so nothing
   * is logged and no transaction is spoilt on PostgreSQL.
   */
  async claim(userId: string, week: string, at: string): Promise<boolean> {
    const result = await this.instance.db
      .insertInto('digest_sends')
      .values({ user_id: userId, week, claimed_at: at, sent_at: null })
      .onConflict((oc) => oc.columns(['user_id', 'week']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async markSent(userId: string, week: string, at: string): Promise<void> {
    await this.instance.db
      .updateTable('digest_sends')
      .set({ sent_at: at })
      .where('user_id', '=', userId)
      .where('week', '=', week)
      .execute();
  }

  /** Gives the week back after the SMTP server refused the digest, so a later run tries again. */
  async release(userId: string, week: string): Promise<void> {
    await this.instance.db
      .deleteFrom('digest_sends')
      .where('user_id', '=', userId)
      .where('week', '=', week)
      .where('sent_at', 'is', null)
      .execute();
  }
}
