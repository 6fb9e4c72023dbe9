import type { InstanceScope } from '../platform/access/access.ts';

/** Failed (and reserved) sign-in attempts, by e-mail and by address. */
export class LoginFailureRepository {
  constructor(private readonly instance: InstanceScope) {}

  /** Runs `fn` in one transaction holding the sign-in lock, on every app server. */
  serialized<R>(fn: (failures: LoginFailureRepository) => Promise<R>): Promise<R> {
    return this.instance.serialized('login-throttle', (trx) => fn(new LoginFailureRepository(trx)));
  }

  /** When each failure for this e-mail (or address) after `since` happened, oldest first. */
  async timesSince(column: 'email' | 'ip', value: string, since: string): Promise<string[]> {
    const rows = await this.instance.db
      .selectFrom('login_failures')
      .select('at')
      .where(column, '=', value)
      .where('at', '>', since)
      .orderBy('at', 'asc')
      .execute();
    return rows.map((r) => r.at);
  }

  async insert(email: string, ip: string, at: string): Promise<number> {
    const row = await this.instance.db
      .insertInto('login_failures')
      .values({ email, ip, at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async delete(id: number): Promise<void> {
    await this.instance.db.deleteFrom('login_failures').where('id', '=', id).execute();
  }

  async deleteForEmail(email: string): Promise<void> {
    await this.instance.db.deleteFrom('login_failures').where('email', '=', email).execute();
  }

  /** Deletes failures at or before `cutoff`: they no longer count toward any limit. */
  async deleteOlderThan(cutoff: string): Promise<number> {
    const result = await this.instance.db
      .deleteFrom('login_failures')
      .where('at', '<=', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
