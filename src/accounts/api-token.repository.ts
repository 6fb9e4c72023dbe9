import type { OwnerScope } from '../platform/access/access.ts';

const PUBLIC_COLUMNS = ['id', 'name', 'created_at', 'last_used_at'] as const;

/** A person's own API tokens, always through their scope. */
export class ApiTokenRepository {
  constructor(private readonly scope: OwnerScope) {}

  async create(row: { id: string; name: string; token_hash: string; created_at: string }): Promise<void> {
    await this.scope.insert('api_tokens', [{ ...row, last_used_at: null }]);
  }

  find(id: string) {
    return this.scope.selectFrom('api_tokens').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  list() {
    return this.scope
      .selectFrom('api_tokens')
      .select(PUBLIC_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  async markUsed(id: string, at: string): Promise<void> {
    await this.scope.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** True when a token was revoked; false when there is no such token of this person's. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.scope.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Revokes every token of the person. */
  async revokeAll(): Promise<void> {
    await this.scope.deleteFrom('api_tokens').execute();
  }
}
