// Type tests, checked by `npm run typecheck`: each line under `@ts-expect-error` must fail to compile.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/tables.ts';
import { GoalRepository } from './goal.repository.ts';

declare const db: Kysely<DB>;

export function repositoriesTakeScopes() {
  // @ts-expect-error a repository is given a scope, never the bare database
  new GoalRepository(db);
}
