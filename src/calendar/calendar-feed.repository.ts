import type { OwnerScope } from '../platform/access/access.ts';

/** The SQL of a person's calendar feed, through her scope; the token's hash is written, never read back. */
export class CalendarFeedRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** When her feed was made; undefined without one. */
  find(): Promise<{ created_at: string } | undefined> {
    return this.scope.selectFrom('calendar_feeds').select('created_at').executeTakeFirst();
  }

  /** Puts a new feed in place of hers: the old hash goes, so the old address finds nothing. */
  async replace(tokenHash: string, createdAt: string): Promise<void> {
    await this.delete();
    await this.scope.insert('calendar_feeds', [{ token_hash: tokenHash, created_at: createdAt }]);
  }

  async delete(): Promise<void> {
    await this.scope.deleteFrom('calendar_feeds').execute();
  }
}
