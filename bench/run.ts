// Benchmarks, reported as ratios against a baseline measured in the same run on the same machine,
// so the numbers compare across machines: `npm run bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { addDays, computeProgress, type GoalNode } from '../src/goals/domain/index.ts';

async function timeIt(label: string, runs: number, fn: () => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  const perRun = (performance.now() - start) / runs;
  return { label, perRun };
}

function report(baseline: { label: string; perRun: number }, ...cases: { label: string; perRun: number }[]) {
  console.log(`  baseline  ${baseline.label}: ${(baseline.perRun * 1000).toFixed(1)} µs`);
  for (const c of cases) {
    console.log(
      `  ${(c.perRun / baseline.perRun).toFixed(1).padStart(6)}×  ${c.label} (${(c.perRun * 1000).toFixed(1)} µs)`,
    );
  }
}

/** A yearly goal with daily check-ins, split into four quarters. */
function yearGoal(checkInsPerSlice: number): GoalNode {
  const slice = (q: number): GoalNode => ({
    id: `q${q}`,
    title: `Q${q}`,
    startDate: addDays('2027-01-01', q * 91),
    dueDate: addDays('2027-01-01', q * 91 + 90),
    metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
    weight: 1,
    state: 'active',
    completedOn: null,
    checkIns: Array.from({ length: checkInsPerSlice }, (_, i) => ({
      date: addDays('2027-01-01', q * 91 + (i % 91)),
      value: 1 + (i % 3),
      createdAt: `2027-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    })),
    children: [],
  });
  return {
    ...slice(0),
    id: 'year',
    dueDate: '2027-12-31',
    metric: { unit: 'h', baseline: 0, target: 400, aggregation: 'sum' },
    checkIns: [],
    children: [0, 1, 2, 3].map(slice),
  };
}

async function progressBench() {
  console.log('Progress and forecast (pure domain rules)');
  const small = yearGoal(1);
  const large = yearGoal(91);
  const baseline = await timeIt('one goal with 4 check-ins', 20_000, () =>
    computeProgress(small, '2027-12-31'),
  );
  report(
    baseline,
    await timeIt('one goal with 364 check-ins (daily for a year)', 2_000, () =>
      computeProgress(large, '2027-12-31'),
    ),
  );
}

async function apiBench() {
  console.log('API on SQLite (in-process requests)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
  const app = await buildApp({
    ...loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    webRoot: null,
  });
  const reg = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: 'bench@example.com', name: 'Bench', password: 'benchmark password' },
  });
  const cookie = `trellis_session=${reg.cookies.find((c) => c.name === 'trellis_session')!.value}`;
  const headers = { cookie, origin: 'http://localhost:80', host: 'localhost:80' };
  let firstGoal = '';
  for (let i = 0; i < 50; i++) {
    const g = await app.inject({
      method: 'POST',
      url: '/api/v1/goals',
      headers,
      payload: {
        title: `Goal number ${i}`,
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
        metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
      },
    });
    const id = g.json().id as string;
    firstGoal ||= id;
    for (let d = 0; d < 20; d++) {
      await app.inject({
        method: 'POST',
        url: `/api/v1/goals/${id}/check-ins`,
        headers,
        payload: { date: addDays('2026-01-05', d * 14), value: 2 },
      });
    }
  }
  const baseline = await timeIt('GET /api/v1/auth/me', 500, () =>
    app.inject({ method: 'GET', url: '/api/v1/auth/me', headers }),
  );
  const heapBefore = process.memoryUsage().heapUsed;
  report(
    baseline,
    await timeIt('GET /api/v1/goals (50 goals, 1,000 check-ins)', 100, () =>
      app.inject({ method: 'GET', url: '/api/v1/goals', headers }),
    ),
    await timeIt('GET /api/v1/goals/attention', 100, () =>
      app.inject({ method: 'GET', url: '/api/v1/goals/attention', headers }),
    ),
    await timeIt('POST check-in', 200, () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/goals/${firstGoal}/check-ins`,
        headers,
        payload: { date: '2026-02-01', value: 1 },
      }),
    ),
  );
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`  heap growth over the API runs: ${heapMiB.toFixed(1)} MiB`);
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await progressBench();
await apiBench();
