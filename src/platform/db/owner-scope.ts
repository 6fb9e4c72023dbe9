import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { DB, OwnedTable } from './schema.ts';

/**
 * The one place rows are scoped to their owner. Repositories of user-owned data take an OwnerScope,
 * never a bare database, so a query can only see, change or delete the signed-in person's rows.
 */
export class OwnerScope {
  constructor(
    readonly db: Kysely<DB>,
    readonly ownerId: string,
  ) {}

  // The casts only narrow Kysely's union-of-tables builder types to the one table asked for.
  selectFrom<T extends OwnedTable>(table: T): SelectQueryBuilder<DB, T, object> {
    const q = this.db.selectFrom(table) as unknown as SelectQueryBuilder<DB, T, object>;
    return q.where(this.ownerIs(table));
  }

  updateTable<T extends OwnedTable>(table: T): UpdateQueryBuilder<DB, T, T, UpdateResult> {
    const q = this.db.updateTable(table) as unknown as UpdateQueryBuilder<DB, T, T, UpdateResult>;
    return q.where(this.ownerIs(table));
  }

  deleteFrom<T extends OwnedTable>(table: T): DeleteQueryBuilder<DB, T, DeleteResult> {
    const q = this.db.deleteFrom(table) as unknown as DeleteQueryBuilder<DB, T, DeleteResult>;
    return q.where(this.ownerIs(table));
  }

  private ownerIs(table: OwnedTable) {
    return sql<SqlBool>`${sql.ref(`${table}.owner_id`)} = ${this.ownerId}`;
  }

  /** Inserts rows stamped with this owner. */
  async insert<T extends OwnedTable>(table: T, rows: Omit<Insertable<DB[T]>, 'owner_id'>[]): Promise<void> {
    if (rows.length === 0) return;
    const stamped = rows.map((r) => ({ ...r, owner_id: this.ownerId })) as unknown as Insertable<
      DB[OwnedTable]
    >[];
    await this.db
      .insertInto(table as OwnedTable)
      .values(stamped)
      .execute();
  }

  /** Runs `fn` in one transaction with a scope bound to it: all of it lands, or none. */
  transaction<R>(fn: (scope: OwnerScope) => Promise<R>): Promise<R> {
    return this.db.transaction().execute((trx) => fn(new OwnerScope(trx, this.ownerId)));
  }
}
