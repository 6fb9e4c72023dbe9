// A throwaway PostgreSQL server from Debian's binaries (/usr/lib/postgresql/<v>/bin), in a fresh
// temporary directory on a free loopback port, stopped and removed at teardown.
import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkConnects, errorText, freePort, HOW_TO_FIX, type PostgresServer } from './postgres.server.ts';

const execFile = promisify(execFileCb);
export const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The bin directory of the highest installed Debian PostgreSQL version that has initdb, if any. */
export function findDebianPostgresBin(): string | undefined {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter(
          (v) =>
            existsSync(join(DEBIAN_ROOT, v, 'bin', 'initdb')) &&
            existsSync(join(DEBIAN_ROOT, v, 'bin', 'pg_ctl')),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  return versions.length > 0 ? join(DEBIAN_ROOT, versions[0]!, 'bin') : undefined;
}

export async function startDebianServer(bin: string): Promise<PostgresServer> {
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

function tail(file: string): string {
  if (!existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(-15);
  return `server log (${file}):\n${lines.join('\n')}`;
}
