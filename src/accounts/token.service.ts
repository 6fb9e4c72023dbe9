import type { Clock } from '../platform/clock.ts';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import { notFound } from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import type { CreatedToken } from './account.schema.ts';
import { ApiTokenRepository } from './api-token.repository.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Personal API tokens: stored hashed; the token itself is shown once, at creation. */
export class TokenService {
  private readonly tokens: ApiTokenRepository;

  constructor(
    scope: OwnerScope,
    private readonly clock: Clock,
  ) {
    this.tokens = new ApiTokenRepository(scope);
  }

  async create(name: string): Promise<CreatedToken> {
    const token = newSecret('trt');
    const row = {
      id: newId(),
      name,
      token_hash: hashSecret(token),
      created_at: this.clock.now().toISOString(),
    };
    await this.tokens.create(row);
    return { id: row.id, name, token, createdAt: row.created_at };
  }

  list() {
    return this.tokens.list();
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.tokens.revoke(id))) throw notFound('API token');
  }
}
