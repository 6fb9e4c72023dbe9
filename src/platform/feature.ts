import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RelationshipSource } from './access/access.ts';
import type { Actor } from './access/actor.ts';
import type { TableRules } from './access/rules.ts';
import type { AppContext } from './app-context.ts';
import type { TrellisMigration } from './db/migration.ts';
import type { Job } from './jobs.ts';

/**
 * A capability of Trellis (accounts, goals, skills …): its tables and who may reach them, its
 * migrations, its routes as one Fastify plugin, and its periodic jobs. `src/features.ts` lists
 * them; the platform registers whatever is listed and knows none of them by name.
 */
export interface Feature {
  name: string;
  /** Every table the feature's migrations create, with its access rule. */
  tables: TableRules;
  /** Migrations by name; names are timestamps, unique across features. */
  migrations: Record<string, TrellisMigration>;
  /** Registers the feature's routes. */
  routes(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  jobs?(ctx: AppContext): Job[];
  /** What a viewer is to an owner, for features that create such ties. */
  relationships?: RelationshipSource[];
  /**
   * Path prefixes (`/feedback/`) whose next segment is a secret, such as the token of a link sent
   * by e-mail: the logs show that segment as `[redacted]`.
   */
  secretPaths?: readonly string[];
}

/** Who is asking, resolved by the one feature that keeps accounts. */
export interface Authentication {
  /** The secret that signs session cookies. */
  cookieSecret(): Promise<string>;
  /** The person the request's credentials (a token or a session cookie) belong to, or null. */
  authenticate(req: FastifyRequest): Promise<Actor | null>;
}
