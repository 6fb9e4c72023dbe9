import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';

const root = join(import.meta.dirname, '..', '..');
const builtIndex = join(root, 'dist', 'web', 'index.html');

/** Builds the web app when it is missing or older than any file under web/ (a stale build tests old code). */
export function ensureWebBuilt(): void {
  if (existsSync(builtIndex) && newestMtime(join(root, 'web')) <= statSync(builtIndex).mtimeMs) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface RunningServer {
  app: FastifyInstance;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server, in process, on a fresh SQLite data directory and a free loopback port.
 * `env` adds or overrides settings, e.g. `{ TRELLIS_OPEN_REGISTRATION: 'false' }`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const app = await buildApp(
    loadConfig({ TRELLIS_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env }),
  );
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    baseUrl,
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
