// In-process benchmarks of the API on SQLite: reads that must not depend on history, and the goal
// list's growth with the data it returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { addDays } from '../shared/calendar.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Clock } from '../src/platform/clock.ts';
import { baseline, figure, ratio, section, timeAfterChange, timeIt } from './measure.ts';
import { type Person, seedHistory, signUp } from './seed.ts';

const TODAY = '2026-12-01T12:00:00.000Z';

/** A clock the bench moves from day to day. */
function settableClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return {
    now: () => now,
    set(next) {
      now = new Date(next);
    },
  };
}

/** One yearly goal in hours with three slices and 90 check-ins, made through the API. */
async function oneGoal(app: FastifyInstance, person: Person): Promise<string> {
  const post = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: person.headers, payload }).then((r) => r.json());
  const goal = await post('/api/v1/goals', {
    title: 'Study distributed systems',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    metric: { unit: 'h', baseline: 0, target: 300, aggregation: 'sum' },
  });
  const slices = (await post(`/api/v1/goals/${goal.id}/breakdown`, { period: 'quarter' })).items as {
    id: string;
    startDate: string;
  }[];
  for (const [i, slice] of slices.slice(0, 3).entries()) {
    for (let d = 0; d < 30; d++) {
      await post(`/api/v1/goals/${slice.id}/check-ins`, {
        date: addDays(slice.startDate, d * 3),
        value: 1 + (i % 2),
      });
    }
  }
  return goal.id;
}

export async function apiBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-'));
  const config = { ...loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }), webRoot: null };
  const clock = settableClock(TODAY);
  const app = await buildApp(config, { clock });
  try {
    const light = await signUp(app, 'light@example.com');
    const heavy = await signUp(app, 'heavy@example.com');
    const middle = await signUp(app, 'middle@example.com');
    const lightGoal = await oneGoal(app, light);
    const heavyGoal = await oneGoal(app, heavy);
    await seedHistory(config.database, heavy.id, 1_000, 100_000);
    await seedHistory(config.database, middle.id, 100, 10_000);
    const get = (person: Person, url: string) => () => app.inject({ url, headers: person.headers });

    section('A goal read costs the same whatever else the person owns (SQLite, in-process)');
    for (const [what, suffix] of [
      ['GET /goals/:id', ''],
      ['GET /goals/:id/progress', '/progress'],
      ['GET /goals/:id/review', '/review'],
    ] as const) {
      const base = await timeIt(
        `${what}, a person with that goal alone`,
        200,
        get(light, `/api/v1/goals/${lightGoal}${suffix}`),
      );
      baseline(base);
      ratio(
        base,
        await timeIt(
          `${what}, the same goal among 1,000 goals and 100,000 check-ins`,
          200,
          get(heavy, `/api/v1/goals/${heavyGoal}${suffix}`),
        ),
        2,
      );
    }

    section('GET /api/v1/goals grows with what it returns (SQLite, in-process)');
    // Four cases, for 1,000 goals and 100,000 check-ins: the first list after the server starts
    // (every tree read and measured); the first of a new day (every tree measured again from what
    // the server kept); the first after a check-in (the changed tree read again); and again with
    // nothing changed. The growth with the data is measured on the first case.
    const restarted = async (person: Person) => {
      const fresh = await buildApp(config, { clock });
      const start = performance.now();
      await fresh.inject({ url: '/api/v1/goals', headers: person.headers });
      const elapsed = performance.now() - start;
      await fresh.close();
      return elapsed;
    };
    const firstAfterStart = async (label: string, person: Person, runs: number) => {
      let total = 0;
      for (let i = 0; i < runs + 1; i++) {
        const elapsed = await restarted(person);
        if (i > 0) total += elapsed; // the first run warms the code up
      }
      return { label, perRun: total / runs };
    };
    const small = await firstAfterStart(
      '100 goals, 10,000 check-ins, first list after the server starts',
      middle,
      5,
    );
    baseline(small);
    const large = await firstAfterStart(
      '1,000 goals, 100,000 check-ins, first list after the server starts',
      heavy,
      3,
    );
    ratio(small, large, 12);
    figure('1,000 goals, 100,000 check-ins, first list after the server starts', large.perRun, 'ms', 150);
    let day = 0;
    const newDay = async () => {
      day += 1;
      clock.set(`2026-12-${String(1 + (day % 28)).padStart(2, '0')}T12:00:00.000Z`);
    };
    const list = (person: Person) => get(person, '/api/v1/goals');
    await list(heavy)(); // what the server keeps of the person, from here on
    const daily = await timeAfterChange('first list of a new day', 5, newDay, list(heavy));
    figure('1,000 goals, 100,000 check-ins, first list of a new day', daily.perRun, 'ms', 150);
    const checkIn = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/goals/${heavyGoal}/check-ins`,
        headers: heavy.headers,
        payload: { date: '2026-11-30', value: 1 },
      });
    const changed = await timeAfterChange('after a check-in', 10, checkIn, list(heavy));
    figure('1,000 goals, 100,000 check-ins, first list after a check-in', changed.perRun, 'ms', 150);
    const warm = await timeIt('again, nothing changed', 20, list(heavy));
    figure('1,000 goals, 100,000 check-ins, asked again with nothing changed', warm.perRun, 'ms', 150);
    ratio(
      small,
      await timeIt(
        'the first page of 50 of those, nothing changed',
        20,
        get(heavy, '/api/v1/goals?limit=50'),
      ),
    );
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
