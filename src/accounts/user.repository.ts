import type { Kysely } from 'kysely';
import type { DB, NewUserRow, UserRow, UserUpdate } from '../platform/db/schema.ts';

/** Users are not owned rows: they are the owners. Only account code reads this table. */
export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(row: NewUserRow): Promise<void> {
    await this.db.insertInto('users').values(row).execute();
  }

  async update(id: string, changes: UserUpdate): Promise<UserRow> {
    await this.db.updateTable('users').set(changes).where('id', '=', id).execute();
    return (await this.findById(id))!;
  }

  /** Deletes the user; every owned row goes with it through ON DELETE CASCADE. */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', id).execute();
  }
}
