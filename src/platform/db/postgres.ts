import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../config.ts';
import type { Database } from './database.ts';
import { isUnavailable } from './errors.ts';
import type { DB } from './tables.ts';

type PostgresConfig = Extract<DatabaseConfig, { kind: 'postgres' }>;

// Read timestamps and dates back as the same strings SQLite keeps, so services never see a Date.
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_DATE = 1082;
const PG_INT8 = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) return (v: string) => new Date(v).toISOString();
    if (oid === PG_DATE) return (v: string) => v;
    if (oid === PG_INT8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Where connection failures are reported; they never crash the process. */
export type ConnectionErrorListener = (err: Error) => void;

/**
 * Opens a pool that survives the database going away: a connection that fails (terminated by the
 * server, cut by the network, or silent past the statement timeout) fails its request and is
 * discarded, and the pool opens new connections once the server answers again.
 */
export function openPostgres(config: PostgresConfig, onConnectionError: ConnectionErrorListener = () => {}) {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    types: pgTypes,
    // Waiting for a free connection and opening a new one are both bounded.
    connectionTimeoutMillis: config.connectTimeoutMs,
    // The server cancels a long statement; the client gives up a little later, for answers that
    // never arrive because the network is gone.
    statement_timeout: config.statementTimeoutMs,
    query_timeout: config.statementTimeoutMs + 1_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle connection that dies emits on the pool; a checked-out one on its client. Without a
  // listener either is an unhandled 'error' event, which ends the process.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));

  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: discardingBroken(pool) }) });
  const database: Database = {
    db,
    dialect: 'postgres',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
  return database;
}

/**
 * Hands Kysely clients that are thrown away, not put back in the pool, after a connection failure.
 * A query that timed out on the client leaves its connection waiting for an answer that may never
 * come (after a network partition, forever), so such a connection must not serve another request.
 */
function discardingBroken(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let broken = false;
      return {
        async query(text: string, values: readonly unknown[]) {
          try {
            return await client.query(text, [...values]);
          } catch (err) {
            // A cancelled statement (57014) leaves a healthy connection; anything else unavailable does not.
            if (isUnavailable(err) && (err as { code?: unknown }).code !== '57014') {
              broken = true;
              // Ends the socket, so the client is no longer queryable whatever state it was in.
              (
                client as unknown as { connection?: { stream?: { destroy(): void } } }
              ).connection?.stream?.destroy();
            }
            throw err;
          }
        },
        release(discard?: boolean) {
          client.release(discard || broken ? true : undefined);
        },
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
