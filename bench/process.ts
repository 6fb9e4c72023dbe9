// Benchmarks of the real `trellis` process on 127.0.0.1: start-up, throughput on demo data as
// shares of /healthz, and the peak memory of the largest list.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../test/processes.ts';
import { load } from './load.ts';
import { figure, section, share } from './measure.ts';
import { seedHistory } from './seed.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/trellis.js');
const env = (dir: string, port: number) => ({
  ...process.env,
  TRELLIS_DATA_DIR: dir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
});

async function untilReady(port: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Starts `trellis serve` and answers how long it took to answer /readyz. */
async function serve(dir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: env(dir, port), stdio: 'ignore' });
  await untilReady(port);
  return {
    port,
    child,
    readyMs: performance.now() - started,
    stop: () => new Promise((r) => child.once('exit', r).kill()),
  };
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function signIn(port: number, email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email, password }),
  });
  return /trellis_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
}

export async function processBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
  try {
    section('Start-up (the compiled `trellis`, median of 3)');
    const helps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      execFileSync(process.execPath, [BIN, '--help'], { stdio: 'ignore' });
      helps.push(performance.now() - t);
    }
    figure('trellis --help', median(helps), 'ms', 500);
    const readies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const server = await serve(dir);
      readies.push(server.readyMs);
      await server.stop();
    }
    figure('trellis serve until /readyz answers', median(readies), 'ms', 1_500);

    section('Throughput on demo data (SQLite, 10 connections, 2,000 requests each)');
    const demo = execFileSync(process.execPath, [BIN, 'demo'], { env: env(dir, 0), encoding: 'utf8' });
    const password = /Password:\s+(\S+)/.exec(demo)![1]!;
    const server = await serve(dir);
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const cookie = await signIn(server.port, 'demo@trellis.example', password);
      const headers = { cookie, origin };
      const goals = (await (await fetch(`${origin}/api/v1/goals?root=true`, { headers })).json()) as {
        items: { id: string; metric: unknown; startDate: string }[];
      };
      const measured = goals.items.find((g) => g.metric)!;
      const health = await load(server.port, { path: '/healthz' });
      console.log(`  baseline  GET /healthz: ${health.perSecond.toFixed(0)} req/s`);
      share(
        health.perSecond,
        'GET /api/v1/auth/me',
        (await load(server.port, { path: '/api/v1/auth/me', headers })).perSecond,
        0.5,
      );
      share(
        health.perSecond,
        'GET /api/v1/goals',
        (await load(server.port, { path: '/api/v1/goals', headers }, { requests: 500 })).perSecond,
        0.15,
      );
      const checkIn = await load(server.port, {
        method: 'POST',
        path: `/api/v1/goals/${measured.id}/check-ins`,
        headers,
        body: () => JSON.stringify({ date: measured.startDate, value: 1 }),
      });
      share(health.perSecond, 'POST a check-in', checkIn.perSecond, 0.3);
    } finally {
      await server.stop();
    }

    section('Memory (peak resident set of the process serving the largest list)');
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
    try {
      const first = await serve(big);
      const origin = `http://127.0.0.1:${first.port}`;
      const reg = await fetch(`${origin}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: 'heavy@example.com', name: 'Heavy', password: 'benchmark password' }),
      });
      const user = ((await reg.json()) as { user: { id: string } }).user.id;
      await first.stop();
      await seedHistory(loadConfig({ TRELLIS_DATA_DIR: big }).database, user, 1_000, 100_000);
      const heavy = await serve(big);
      try {
        const cookie = await signIn(heavy.port, 'heavy@example.com', 'benchmark password');
        await load(
          heavy.port,
          { path: '/api/v1/goals', headers: { cookie } },
          { connections: 4, requests: 20 },
        );
        const status = fs.readFileSync(`/proc/${heavy.child.pid}/status`, 'utf8');
        const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(status)![1]);
        figure(
          'GET /api/v1/goals, 1,000 goals and 100,000 check-ins, 4 at a time',
          peakKiB / 1024,
          'MiB',
          250,
        );
      } finally {
        await heavy.stop();
      }
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
