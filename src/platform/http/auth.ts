import type { OwnerScope } from '../db/owner-scope.ts';
import type { UserRow } from '../db/schema.ts';

/** Who is asking: set on each request before any handler runs. */
export interface Auth {
  user: UserRow;
  /** Every query for this person's data goes through this scope. */
  scope: OwnerScope;
  via: 'session' | 'token';
  /** The session row id when signed in by cookie. */
  sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}
