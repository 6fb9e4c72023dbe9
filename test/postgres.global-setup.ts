// Vitest globalSetup for the `api` and `browser` projects: provides the URL of a PostgreSQL server
// on which tests may create databases of their own (see test/postgres.ts).
//
// - TEST_DATABASE_URL set: that server is used (it must accept connections and CREATE DATABASE).
// - Otherwise a throwaway server is started from Debian's binaries (/usr/lib/postgresql/<v>/bin)
//   in a fresh temporary directory on a free loopback port, and stopped and removed at teardown.
// Tests never skip for lack of PostgreSQL: setup throws, and the run fails.
import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL database (usually `postgres`) whose user may CREATE DATABASE. */
    postgresAdminUrl: string;
  }
}

const execFile = promisify(execFileCb);
const HOW_TO_FIX =
  'Install the server (`apt-get install -y postgresql`) or set TEST_DATABASE_URL to a PostgreSQL URL ' +
  'whose user may CREATE DATABASE, e.g. postgres://postgres@127.0.0.1:5432/postgres.';

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await checkConnects(external, 'TEST_DATABASE_URL');
    provide('postgresAdminUrl', external);
    return async () => {};
  }
  const server = await startThrowawayServer();
  provide('postgresAdminUrl', server.url);
  return server.stop;
}

async function checkConnects(url: string, label: string): Promise<void> {
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

interface Server {
  url: string;
  stop(): Promise<void>;
}

async function startThrowawayServer(): Promise<Server> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'trellis-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run its binaries as the `postgres` user then.
  const argv = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
  const run = (cmd: string, args: string[]) => execFile(...argv(cmd, args), { cwd: dir });

  let running = false;
  const stopSync = () => {
    // Last resort if the process exits without teardown (e.g. a crash): never leave a server behind.
    if (running) {
      try {
        execFileSync(...argv('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']), {
          cwd: dir,
          stdio: 'ignore',
        });
      } catch {}
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (asRoot) {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, id('-u'), id('-g'));
    }
    const initdbArgs = [
      '-D',
      data,
      '-U',
      'app',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ];
    await run('initdb', initdbArgs);
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`;
    running = true; // from here on, a stop is attempted whatever happens
    await run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', options, 'start']);
    const url = `postgres://app@127.0.0.1:${port}/postgres`;
    await checkConnects(url, 'the throwaway server');
    process.once('exit', stopSync);
    return {
      url,
      async stop() {
        process.removeListener('exit', stopSync);
        try {
          await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
          running = false;
        } finally {
          stopSync();
        }
      },
    };
  } catch (err) {
    const detail = [errorText(err), tail(log)].filter(Boolean).join('\n');
    stopSync();
    throw new Error(`Could not start a throwaway PostgreSQL server from ${bin}.\n${detail}\n${HOW_TO_FIX}`);
  }
}

/** The bin directory of the highest installed Debian PostgreSQL version that has initdb. */
function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(
          (v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `PostgreSQL is needed by these tests, but TEST_DATABASE_URL is unset and no server binaries ` +
        `were found under ${root}/*/bin. ${HOW_TO_FIX}`,
    );
  }
  return join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
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

function errorText(err: unknown): string {
  const e = err as { message?: string; stderr?: string };
  return [e.message ?? String(err), e.stderr?.trim()].filter(Boolean).join('\n');
}

function tail(file: string): string {
  if (!existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(-15);
  return `server log (${file}):\n${lines.join('\n')}`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
