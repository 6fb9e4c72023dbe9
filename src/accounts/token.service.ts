import type { CreatedToken } from '../../shared/accounts/account.schema.ts';
import { notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { ApiTokenRepository } from './api-token.repository.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Personal API tokens: stored hashed; the token itself is shown once, at creation. */
export class TokenService {
  private readonly tokens: ApiTokenRepository;

  constructor(private readonly ctx: RequestContext) {
    this.tokens = new ApiTokenRepository(ctx.scope);
  }

  async create(name: string): Promise<CreatedToken> {
    const token = newSecret('trt');
    const row = {
      id: newId(),
      name,
      token_hash: hashSecret(token),
      created_at: this.ctx.now().toISOString(),
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
