import type { Selectable, Updateable } from 'kysely';
import type { InstanceScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { UserTable } from './account.table.ts';

export type UserRow = Selectable<UserTable>;

/** People are the instance's: the owners of every scoped row. Only account code reads this table. */
export class UserRepository {
  constructor(private readonly instance: InstanceScope) {}

  /** Runs `fn` in one transaction that holds the sign-up lock: one sign-up at a time counts the users. */
  registering<R>(fn: (users: UserRepository) => Promise<R>): Promise<R> {
    return this.instance.serialized('users:register', (trx) => fn(new UserRepository(trx)));
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.instance.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Those of `ids` that are people, in no particular order. */
  async findByIds(ids: readonly string[]): Promise<UserRow[]> {
    const out: UserRow[] = [];
    for (const batch of batches(ids)) {
      out.push(
        ...(await this.instance.db.selectFrom('users').selectAll().where('id', 'in', batch).execute()),
      );
    }
    return out;
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.instance.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.instance.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(row: UserRow): Promise<void> {
    await this.instance.db.insertInto('users').values(row).execute();
  }

  async update(id: string, changes: Updateable<UserTable>): Promise<UserRow> {
    await this.instance.db.updateTable('users').set(changes).where('id', '=', id).execute();
    return (await this.findById(id))!;
  }

  /** Deletes the person; every row they own goes with them through ON DELETE CASCADE. */
  async delete(id: string): Promise<boolean> {
    const result = await this.instance.db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The people who chose the weekly digest, oldest account first (the digest's scheduler). */
  weeklyDigestRecipients(): Promise<UserRow[]> {
    return this.instance.db
      .selectFrom('users')
      .selectAll()
      .where('digest', '=', 'weekly')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }
}
