// Vitest globalSetup of the tiers that run `trellis` as a process (api, chaos): compiles the
// server into dist/server first, so bin/trellis.js runs the code under test, never an older build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}
