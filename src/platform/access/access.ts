// The one place scopes are created. A repository is given a scope (one person's rows, read and
// written), a view (another person's rows, read as their visibility allows) or the instance scope
// (the tables of the instance as a whole); never the database itself.

import type { ColumnType } from 'kysely';
import {
  type Insertable,
  type Kysely,
  type OperationNode,
  type Selectable,
  sql,
  type Transaction,
} from 'kysely';
import { lockForTransaction } from '../db/lock.ts';
import type { CatalogueTable, CredentialTable, DB, InstanceTable, OwnedTable } from '../db/tables.ts';
import type { Actor } from './actor.ts';
import { OwnerFilterPlugin, type RowFilter } from './owner-filter.ts';
import {
  type SharedTopic,
  sharedTopics,
  type TableRule,
  type TableRules,
  type Tie,
  visibleLevels,
} from './rules.ts';

type OwnedDB = Pick<DB, OwnedTable>;
type InstanceDB = Pick<DB, InstanceTable>;
/** The catalogues as the instance writes them: its own entries only, whose owner is always null. */
type InstanceCatalogueDB = {
  [K in CatalogueTable]: Omit<DB[K], 'owner_id'> & { owner_id: ColumnType<null, null | undefined, never> };
};

// Only code holding this symbol can build a scope, and only this module holds it.
const SEAL: unique symbol = Symbol('scope');

// 50 rows of a 20-column table bind 1,000 values, far below SQLite's 32,766.
const INSERT_BATCH = 50;

/** One person's rows, to read and write: every query is confined to them, joins and subqueries too. */
export class OwnerScope {
  readonly #db: Kysely<OwnedDB>;
  readonly #trx: Kysely<DB>;
  readonly #access: AccessCore;

  constructor(
    seal: typeof SEAL,
    trx: Kysely<DB>,
    access: AccessCore,
    readonly ownerId: string,
  ) {
    if (seal !== SEAL) throw new Error('Scopes are created by the access module.');
    this.#trx = trx;
    this.#access = access;
    this.#db = trx.withPlugin(new OwnerFilterPlugin(access.ownerOnly(ownerId))) as unknown as Kysely<OwnedDB>;
  }

  get selectFrom(): Kysely<OwnedDB>['selectFrom'] {
    return this.#db.selectFrom.bind(this.#db) as Kysely<OwnedDB>['selectFrom'];
  }

  get updateTable(): Kysely<OwnedDB>['updateTable'] {
    return this.#db.updateTable.bind(this.#db) as Kysely<OwnedDB>['updateTable'];
  }

  get deleteFrom(): Kysely<OwnedDB>['deleteFrom'] {
    return this.#db.deleteFrom.bind(this.#db) as Kysely<OwnedDB>['deleteFrom'];
  }

  /** A recursive common table expression over this owner's rows (a subtree, say). */
  get withRecursive(): Kysely<OwnedDB>['withRecursive'] {
    return this.#db.withRecursive.bind(this.#db) as Kysely<OwnedDB>['withRecursive'];
  }

  /** Inserts rows stamped with this owner, in batches within SQLite's limit on bound values. */
  async insert<T extends OwnedTable>(table: T, rows: Omit<Insertable<DB[T]>, 'owner_id'>[]): Promise<void> {
    const stamped = rows.map((r) => ({ ...r, owner_id: this.ownerId }));
    for (let i = 0; i < stamped.length; i += INSERT_BATCH) {
      await this.#trx
        .insertInto(table as OwnedTable)
        .values(stamped.slice(i, i + INSERT_BATCH) as never)
        .execute();
    }
  }

  /** Runs `fn` in one transaction with a scope bound to it: all of it lands, or none. */
  transaction<R>(fn: (scope: OwnerScope) => Promise<R>): Promise<R> {
    return this.#access.transaction(this.#trx, (trx) =>
      fn(new OwnerScope(SEAL, trx, this.#access, this.ownerId)),
    );
  }

  /**
   * Runs `fn` in one transaction that holds this owner's lock, so rules that read before they write
   * (no cycles, dates inside the parent, one breakdown) see every change made before them, however
   * many requests and app servers run at once.
   */
  serialized<R>(fn: (scope: OwnerScope) => Promise<R>): Promise<R> {
    return this.#access.transaction(this.#trx, async (trx) => {
      await lockForTransaction(trx as Transaction<DB>, `owner:${this.ownerId}`);
      return fn(new OwnerScope(SEAL, trx, this.#access, this.ownerId));
    });
  }
}

/** Another person's rows, read only, and only those their visibility shows this viewer. */
export class ReadView {
  readonly #db: Kysely<OwnedDB>;

  constructor(
    seal: typeof SEAL,
    db: Kysely<DB>,
    filter: RowFilter,
    readonly ownerId: string,
  ) {
    if (seal !== SEAL) throw new Error('Views are created by the access module.');
    this.#db = db.withPlugin(new OwnerFilterPlugin(filter)) as unknown as Kysely<OwnedDB>;
  }

  get selectFrom(): Kysely<OwnedDB>['selectFrom'] {
    return this.#db.selectFrom.bind(this.#db) as Kysely<OwnedDB>['selectFrom'];
  }
}

/** The instance's own tables (people, settings, sign-in records) and what spans every owner. */
export class InstanceScope {
  readonly #trx: Kysely<DB>;
  readonly #access: AccessCore;

  constructor(seal: typeof SEAL, trx: Kysely<DB>, access: AccessCore) {
    if (seal !== SEAL) throw new Error('Scopes are created by the access module.');
    this.#trx = trx;
    this.#access = access;
  }

  /** The instance tables, and only those. */
  get db(): Kysely<InstanceDB> {
    return this.#trx as unknown as Kysely<InstanceDB>;
  }

  /**
   * The instance's own catalogue entries (built in, imported), to read and write: every query is
   * confined to the rows without an owner, so no import reads or changes a person's own entries.
   */
  get catalogue(): Kysely<InstanceCatalogueDB> {
    return this.#trx.withPlugin(
      new OwnerFilterPlugin(this.#access.instanceEntries()),
    ) as unknown as Kysely<InstanceCatalogueDB>;
  }

  /** The owner scope of a person, within the same transaction as this scope. */
  scopeOf(ownerId: string): OwnerScope {
    return new OwnerScope(SEAL, this.#trx, this.#access, ownerId);
  }

  /** Looks up a session or token by the hash of its secret: the one read of owned rows before anyone is known. */
  async findCredential<T extends CredentialTable>(
    table: T,
    tokenHash: string,
  ): Promise<Selectable<DB[T]> | undefined> {
    const row = await (this.#trx as unknown as Kysely<Pick<DB, CredentialTable>>)
      .selectFrom(table as CredentialTable)
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row as Selectable<DB[T]> | undefined;
  }

  /** Deletes every owner's rows of `table` whose `column` (a timestamp) is at or before `cutoff`. */
  async purge<T extends OwnedTable>(table: T, column: string, cutoff: string): Promise<number> {
    const result = await sql`delete from ${sql.table(table)} where ${sql.ref(column)} <= ${cutoff}`.execute(
      this.#trx,
    );
    return Number(result.numAffectedRows ?? 0);
  }

  transaction<R>(fn: (instance: InstanceScope) => Promise<R>): Promise<R> {
    return this.#access.transaction(this.#trx, (trx) => fn(new InstanceScope(SEAL, trx, this.#access)));
  }

  /** Runs `fn` in one transaction that holds the lock named `key`, on every app server. */
  serialized<R>(key: string, fn: (instance: InstanceScope) => Promise<R>): Promise<R> {
    return this.#access.transaction(this.#trx, async (trx) => {
      await lockForTransaction(trx as Transaction<DB>, key);
      return fn(new InstanceScope(SEAL, trx, this.#access));
    });
  }
}

/** Tells what a viewer is to an owner; a feature that creates such ties registers one. */
export type RelationshipSource = (
  instance: InstanceScope,
  viewerId: string,
  ownerId: string,
) => Promise<Tie[]>;

/** What the access module knows: the tables' rules and who is related to whom. */
class AccessCore {
  readonly owned: ReadonlySet<string>;
  readonly catalogues: ReadonlySet<string>;

  constructor(
    readonly rules: TableRules,
    readonly relationships: readonly RelationshipSource[],
  ) {
    const of = (kind: TableRule['kind']) =>
      new Set(Object.entries(rules).flatMap(([table, rule]) => (rule.kind === kind ? [table] : [])));
    this.owned = of('owned');
    this.catalogues = of('catalogue');
  }

  /** The owner's rows; of a catalogue, the instance's entries too, to read but never to change. */
  ownerOnly(ownerId: string): RowFilter {
    return (table, qualifier, use) => {
      const owner = sql.ref(`${qualifier}.owner_id`);
      if (this.owned.has(table)) return sql`${owner} = ${ownerId}`.toOperationNode();
      if (!this.catalogues.has(table)) return null;
      return use === 'read'
        ? sql`(${owner} is null or ${owner} = ${ownerId})`.toOperationNode()
        : sql`${owner} = ${ownerId}`.toOperationNode();
    };
  }

  /** A catalogue's instance entries, without an owner. */
  instanceEntries(): RowFilter {
    return (table, qualifier) =>
      this.catalogues.has(table) ? sql`${sql.ref(`${qualifier}.owner_id`)} is null`.toOperationNode() : null;
  }

  /**
   * The owner's rows that `levels` of visibility show, and whole tables of the `topics` shared;
   * owner-only tables show nothing.
   */
  visibleTo(ownerId: string, levels: readonly string[], topics: readonly SharedTopic[]): RowFilter {
    const none = sql<boolean>`1 = 0`;
    const allowed = (ref: string) =>
      levels.length === 0 ? none : sql<boolean>`${sql.ref(ref)} in (${sql.join(levels)})`;
    return (table, qualifier): OperationNode | null => {
      const rule = this.rules[table];
      if (rule?.kind === 'catalogue') {
        const owner = sql.ref(`${qualifier}.owner_id`);
        return sql`(${owner} is null or ${owner} = ${ownerId})`.toOperationNode();
      }
      if (rule?.kind !== 'owned') return null;
      const own = sql`${sql.ref(`${qualifier}.owner_id`)} = ${ownerId}`;
      const visible = rule.visible;
      if (visible === 'owner only') return none.toOperationNode();
      if ('topic' in visible) return (topics.includes(visible.topic) ? own : none).toOperationNode();
      if ('column' in visible)
        return sql`${own} and ${allowed(`${qualifier}.${visible.column}`)}`.toOperationNode();
      const parent = this.rules[visible.through];
      if (parent?.kind !== 'owned' || typeof parent.visible === 'string' || !('column' in parent.visible)) {
        return none.toOperationNode();
      }
      const parentVisible = allowed(`p.${parent.visible.column}`);
      return sql`${own} and ${sql.ref(`${qualifier}.${visible.key}`)} in (select p.id from ${sql.table(visible.through)} as p where p.owner_id = ${ownerId} and ${parentVisible})`.toOperationNode();
    };
  }

  transaction<R>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<R>): Promise<R> {
    // Already inside one: run in it (Kysely has no nested transactions).
    if (db.isTransaction) return fn(db);
    return db.transaction().execute((trx) => fn(trx));
  }
}

/** Scopes and views, made only here. */
export interface Access {
  /** One's own rows. */
  scopeFor(actor: Pick<Actor, 'id'>): OwnerScope;
  /**
   * Another person's rows as `viewer` may see them: everything for oneself, what their visibility
   * shows for a related viewer, and null (answer 404) for anyone else.
   */
  viewFor(viewer: Pick<Actor, 'id'>, ownerId: string): Promise<ReadView | null>;
  /** The instance's own tables. */
  instance: InstanceScope;
  /** Owned tables, as declared by the features. */
  ownedTables: ReadonlySet<string>;
}

export function createAccess(
  db: Kysely<DB>,
  rules: TableRules,
  relationships: readonly RelationshipSource[] = [],
): Access {
  const core = new AccessCore(rules, relationships);
  const instance = new InstanceScope(SEAL, db, core);
  return {
    scopeFor: (actor) => new OwnerScope(SEAL, db, core, actor.id),
    async viewFor(viewer, ownerId) {
      if (viewer.id === ownerId) return new ReadView(SEAL, db, core.ownerOnly(ownerId), ownerId);
      const ties = (
        await Promise.all(core.relationships.map((source) => source(instance, viewer.id, ownerId)))
      ).flat();
      if (ties.length === 0) return null;
      return new ReadView(
        SEAL,
        db,
        core.visibleTo(ownerId, visibleLevels(ties), sharedTopics(ties)),
        ownerId,
      );
    },
    instance,
    ownedTables: core.owned,
  };
}
