import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The web's modules import server-side code as @shared/… (vite.config.ts has the same alias).
const shared = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

// Four tiers: pure unit tests, API tests of the real app on SQLite and PostgreSQL, browser journeys
// in Chromium against a real server, and chaos: races, faults and fuzzing on both databases.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: shared },
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'shared/**/*.test.ts',
            'web/src/**/*.test.ts',
            'e2e/support/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['src/**/*.api.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts'],
          globalSetup: ['test/build.global-setup.ts', 'test/postgres.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          // Chromium first: without it the run fails at once, before a PostgreSQL server is started.
          globalSetup: ['e2e/support/chromium.global-setup.ts', 'test/postgres.global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll waits for what the page draws after a request; its default of 1 s is less
          // than a page can take to load and answer on a busy machine. It stops as soon as it holds.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
      {
        test: {
          // Races, faults and fuzzing (`npm run test:chaos`): parallel requests, killed processes
          // and connections, all on 127.0.0.1, bounded in requests and time.
          name: 'chaos',
          include: ['chaos/**/*.chaos.test.ts'],
          globalSetup: ['test/build.global-setup.ts', 'test/postgres.global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
