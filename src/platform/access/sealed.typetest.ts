// Type tests, checked by `npm run typecheck` (tsc): every line under `@ts-expect-error` must fail
// to compile, or the check fails. They hold the access module's promises at compile time.
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.ts';
import { type InstanceScope, OwnerScope } from './access.ts';

declare const db: Kysely<DB>;
declare const scope: OwnerScope;
declare const instance: InstanceScope;

export function sealedScopes() {
  // @ts-expect-error a scope is made by the access module only: its seal is not exported
  new OwnerScope(Symbol('scope'), db, {} as never, 'someone');
  // @ts-expect-error a scope does not hand out its database
  scope.db;
  // @ts-expect-error an owner scope reaches owned tables only, not the instance's
  scope.selectFrom('users');
  // @ts-expect-error no update can set an owner: owner_id is not updatable
  scope.updateTable('goals').set({ owner_id: 'someone-else' });
  // @ts-expect-error the instance scope reaches the instance's tables only, not a person's rows
  instance.db.selectFrom('goals');
  // @ts-expect-error the instance's catalogue is catalogues only, not a person's rows
  instance.catalogue.selectFrom('goals');
  // @ts-expect-error no catalogue entry changes owner: owner_id is not updatable there either
  instance.catalogue.updateTable('skills').set({ owner_id: null });
  // @ts-expect-error nor through a person's scope
  scope.updateTable('skills').set({ owner_id: 'someone-else' });
}
