import { PostgresAdapter, sql, type Transaction } from 'kysely';

/**
 * Makes the rest of the transaction `trx` run alone among transactions that take the same `key`,
 * on every app server: checks that read before they write then see every write that came before.
 *
 * PostgreSQL: a transaction-level advisory lock on the key, released at commit or rollback.
 * SQLite: nothing more to do, since every transaction begins with the database's write lock (see
 * sqlite.ts), which already makes writing transactions run one at a time.
 */
export async function lockForTransaction<DB>(trx: Transaction<DB>, key: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
