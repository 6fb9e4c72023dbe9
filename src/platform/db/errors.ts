// What a database error means, on SQLite or PostgreSQL.

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;
const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : typeof err === 'string' ? err : '';

/** True for a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  const code = codeOf(err);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True for a foreign-key violation: a row points at one that is gone (or never was). */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = codeOf(err);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

// Network errors of Node's sockets.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// What node-postgres and Kysely say when a connection could not be had or was lost.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Query read timeout',
  'is not queryable',
  'Postgres connection has been discarded',
  'Client was closed and is not queryable',
];

/**
 * True when the database could not be reached or stopped answering: the request may succeed if
 * tried again later (503), unlike a bug (500).
 */
export function isUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code)) return true;
    // SQLSTATE class 08: connection exception; 57P01–57P03: the server is shutting down or starting;
    // 57014: the statement timeout cancelled the query; 53300: too many connections.
    if (code.startsWith('08') || ['57P01', '57P02', '57P03', '57014', '53300'].includes(code)) return true;
    // SQLite: another process held the write lock past the busy timeout.
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT') return true;
  }
  const message = messageOf(err);
  return UNAVAILABLE_MESSAGES.some((m) => message.includes(m));
}
