// Builds a person's history at bench scale straight through the repositories (one person's scope,
// inserts in batches), far faster than a hundred thousand API calls.
import type { FastifyInstance } from 'fastify';
import { addDays } from '../shared/calendar.ts';
import type { Config } from '../src/config.ts';
import { allTableRules } from '../src/features.ts';
import { GoalRepository, type NewGoalRow } from '../src/goals/goal.repository.ts';
import { createAccess } from '../src/platform/access/access.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';

export interface Person {
  id: string;
  cookie: string;
  headers: Record<string, string>;
}

/** Signs a person up through the API and answers the headers a browser would send as them. */
export async function signUp(app: FastifyInstance, email: string): Promise<Person> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, name: 'Bench Person', password: 'benchmark password' },
  });
  const cookie = `trellis_session=${res.cookies.find((c) => c.name === 'trellis_session')!.value}`;
  return {
    id: res.json().user.id,
    cookie,
    headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' },
  };
}

/**
 * Gives `ownerId` `goals` goals: yearly goals of 2026 in hours, each broken into three slices
 * that hold the check-ins (`checkIns` in all, spread over the year), with a few units mixed in.
 * Answers the ids of the yearly goals.
 */
export async function seedHistory(
  config: Config['database'],
  ownerId: string,
  goals: number,
  checkIns: number,
): Promise<string[]> {
  const database = openDatabase(config);
  try {
    const repo = new GoalRepository(createAccess(database.db, allTableRules()).scopeFor({ id: ownerId }));
    const units = ['h', 'books', 'talks', 'km'];
    const now = new Date('2026-01-01T00:00:00Z').toISOString();
    const roots: NewGoalRow[] = [];
    const slices: NewGoalRow[] = [];
    const row = (fields: Partial<NewGoalRow>): NewGoalRow => ({
      id: newId(),
      parent_id: null,
      title: 'Bench goal',
      description: '',
      why: '',
      category: 'learning',
      start_date: '2026-01-01',
      due_date: '2026-12-31',
      metric_unit: 'h',
      metric_baseline: 0,
      metric_target: 1_000,
      metric_aggregation: 'sum',
      weight: 1,
      state: 'active',
      state_set_by: null,
      completed_on: null,
      visibility: 'private',
      created_at: now,
      updated_at: now,
      ...fields,
    });
    for (let i = 0; i < goals / 4; i++) {
      const unit = units[i % units.length]!;
      const root = row({ title: `Yearly goal ${i}`, metric_unit: unit });
      roots.push(root);
      for (const [k, [start, due]] of [
        ['2026-01-01', '2026-04-30'],
        ['2026-05-01', '2026-08-31'],
        ['2026-09-01', '2026-12-31'],
      ].entries()) {
        slices.push(
          row({
            title: `Yearly goal ${i} — part ${k + 1}`,
            parent_id: root.id,
            metric_unit: unit,
            start_date: start!,
            due_date: due!,
            metric_target: 333,
          }),
        );
      }
    }
    await repo.serialized(async (trx) => {
      await trx.insertGoals([...roots, ...slices]);
      for (let i = 0; i < checkIns; i++) {
        const slice = slices[i % slices.length]!;
        const date = addDays(slice.start_date, Math.floor(i / slices.length) % 120);
        await trx.insertCheckIn({
          id: newId(),
          goal_id: slice.id,
          date,
          value: 1,
          note: '',
          created_at: now,
          updated_at: now,
        });
      }
    });
    return roots.map((r) => r.id);
  } finally {
    await database.close();
  }
}
