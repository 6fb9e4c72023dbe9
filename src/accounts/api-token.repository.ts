import type { Kysely } from 'kysely';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import type { DB } from '../platform/db/schema.ts';

const PUBLIC_COLUMNS = ['id', 'name', 'created_at', 'last_used_at'] as const;

/** A person's own API tokens, always through their scope. */
export class ApiTokenRepository {
  constructor(private readonly scope: OwnerScope) {}

  async create(row: { id: string; name: string; token_hash: string; created_at: string }): Promise<void> {
    await this.scope.insert('api_tokens', [{ ...row, last_used_at: null }]);
  }

  list() {
    return this.scope
      .selectFrom('api_tokens')
      .select(PUBLIC_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** True when a token was revoked; false when there is no such token of this person's. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.scope.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

/** Authentication looks a token up by its hash before anyone is known, so it cannot be scoped. */
export const findTokenByHash = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .select(['id', 'owner_id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();

export const markTokenUsed = async (db: Kysely<DB>, id: string, at: string) => {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
};
