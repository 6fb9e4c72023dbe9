import type { Selectable } from 'kysely';
import type { InstanceScope, OwnerScope } from '../platform/access/access.ts';
import type { SessionTable } from './account.table.ts';

export type NewSessionRow = Omit<Selectable<SessionTable>, 'owner_id'>;

/** A person's sessions, always reached through their scope. */
export class SessionRepository {
  constructor(private readonly scope: OwnerScope) {}

  async create(row: NewSessionRow): Promise<void> {
    await this.scope.insert('sessions', [row]);
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.scope
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.scope.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of the person but one (after a password change). */
  async deleteOthers(keepId: string | null): Promise<void> {
    let q = this.scope.deleteFrom('sessions');
    if (keepId) q = q.where('id', '!=', keepId);
    await q.execute();
  }
}

/** Sessions of everyone that have run out, for the periodic clean-up. */
export const deleteExpiredSessions = (instance: InstanceScope, now: string): Promise<number> =>
  instance.purge('sessions', 'expires_at', now);
