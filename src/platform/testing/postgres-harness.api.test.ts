// Proves the PostgreSQL test harness: a fresh database can be created, used and dropped.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAdminUrl } from '../../../test/postgres.ts';

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('PostgreSQL test harness', () => {
  it('creates a database that can be queried, then drops it', async () => {
    const db = await createTestDatabase();
    const name = new URL(db.url).pathname.slice(1);
    expect(name).toMatch(/^trellis_test_[0-9a-f]+$/);

    const client = new pg.Client({ connectionString: db.url });
    client.on('error', () => {}); // drop() below terminates this connection on purpose
    await client.connect();
    const { rows } = await client.query('select 1 as one');
    expect(rows).toEqual([{ one: 1 }]);

    // drop() must work even with a connection still open.
    await db.drop();
    await client.end().catch(() => {});

    const left = await query(postgresAdminUrl(), 'select 1 from pg_database where datname = $1', [name]);
    expect(left).toEqual([]);
    await db.drop(); // idempotent
  });
});
