import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

/**
 * Counts failed sign-ins in the database (not in memory) so that several app servers share one
 * count. Locked-out attempts are not recorded, so a lock ends when the window passes.
 */
export class LoginThrottle {
  constructor(private readonly db: Kysely<DB>) {}

  /** Seconds until sign-in may be tried again for this e-mail and address; 0 when allowed now. */
  async retryAfter(email: string, ip: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    const waits = await Promise.all([
      this.waitFor('email', email, MAX_FAILURES_PER_EMAIL, since, now),
      this.waitFor('ip', ip, MAX_FAILURES_PER_ADDRESS, since, now),
    ]);
    return Math.max(...waits);
  }

  private async waitFor(column: 'email' | 'ip', value: string, limit: number, since: string, now: Date) {
    const rows = await this.db
      .selectFrom('login_failures')
      .select('at')
      .where(column, '=', value)
      .where('at', '>', since)
      .orderBy('at', 'asc')
      .execute();
    if (rows.length < limit) return 0;
    // Allowed again once enough of the oldest failures have left the window.
    const releasing = rows[rows.length - limit]!;
    const until = new Date(releasing.at).getTime() + THROTTLE_WINDOW_MS;
    return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  }

  async recordFailure(email: string, ip: string, now: Date): Promise<void> {
    await this.db.insertInto('login_failures').values({ email, ip, at: now.toISOString() }).execute();
    const stale = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    await this.db.deleteFrom('login_failures').where('at', '<=', stale).execute();
  }

  /** A successful sign-in clears that e-mail's failures. */
  async clear(email: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('email', '=', email).execute();
  }
}
