import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async create(row: DB['sessions']): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }

  /** The live session with this token hash, with its user. */
  findLive(tokenHash: string, now: string) {
    return this.db
      .selectFrom('sessions')
      .select(['id', 'owner_id', 'last_seen_at', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of a user except one (after a password change). */
  async deleteOthers(ownerId: string, keepId: string | null): Promise<void> {
    let q = this.db.deleteFrom('sessions').where('owner_id', '=', ownerId);
    if (keepId) q = q.where('id', '!=', keepId);
    await q.execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}
