// Period reports over ten years of one person's data (SQLite, in-process): 30 goals with weekly
// check-ins, near-daily learning and practice, 1,500 content entries, 500 contacts and 5,000
// interactions, written straight through her scope. A month, a year and the whole ten years are
// timed as ratios of GET /healthz in the same run, and the ten years against the 300 ms target;
// then the ten years' PDF for a Western and a Cyrillic name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, daysBetween } from '../shared/calendar.ts';
import type { Report } from '../shared/reports/report.schema.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { allTableRules } from '../src/features.ts';
import type { NewGoalRow } from '../src/goals/goal.repository.ts';
import { createAccess, type OwnerScope } from '../src/platform/access/access.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';
import { renderReport } from '../src/reports/format/index.ts';
import { baseline, figure, ratio, section, timeIt } from './measure.ts';
import { signUp } from './seed.ts';

const FIRST = '2017-01-01';
const LAST = '2026-12-31';
const DAYS = daysBetween(FIRST, LAST) + 1;
const NOW = '2027-01-01T00:00:00.000Z';
const stamps = { created_at: NOW, updated_at: NOW };

/** Ten years of one person's data, in one transaction. */
async function seedTenYears(scope: OwnerScope): Promise<void> {
  await scope.transaction(async (s) => {
    const goals: NewGoalRow[] = Array.from({ length: 30 }, (_, i) => ({
      id: newId(),
      parent_id: null,
      title: `Goal ${i}`,
      description: '',
      why: '',
      category: 'learning',
      start_date: addDays(FIRST, i * 30),
      due_date: LAST,
      metric_unit: 'h',
      metric_baseline: 0,
      metric_target: 2_000,
      metric_aggregation: 'sum',
      weight: 1,
      state: 'active',
      state_set_by: null,
      completed_on: null,
      visibility: 'private',
      ...stamps,
    }));
    await s.insert('goals', goals);
    await s.insert(
      'check_ins',
      goals.flatMap((g) =>
        Array.from({ length: Math.floor(daysBetween(g.start_date, LAST) / 7) + 1 }, (_, w) => ({
          id: newId(),
          goal_id: g.id,
          date: addDays(g.start_date, w * 7),
          value: 1 + (w % 3),
          note: '',
          ...stamps,
        })),
      ),
    );

    const activity = newId();
    await s.insert('learning_activities', [
      {
        id: activity,
        kind: 'course',
        title: 'Ten years of courses',
        provider: null,
        url: null,
        format: null,
        status: 'in_progress',
        start_date: null,
        end_date: null,
        hours_planned: null,
        cost_amount: null,
        cost_currency: null,
        credential_identifier: null,
        credential_url: null,
        credential_issued_on: null,
        credential_expires_on: null,
        goal_id: null,
        goal_owner_id: null,
        ...stamps,
      },
    ]);
    // Near-daily: six days of seven.
    const days = Array.from({ length: DAYS }, (_, d) => addDays(FIRST, d)).filter((_, d) => d % 7 !== 3);
    await s.insert(
      'learning_log',
      days.map((date, i) => ({
        id: newId(),
        activity_id: activity,
        date,
        minutes: 30 + (i % 4) * 15,
        note: '',
        ...stamps,
      })),
    );
    await s.insert(
      'practice_entries',
      days.map((date, i) => ({
        id: newId(),
        date,
        minutes: 20 + (i % 5) * 10,
        title: 'Practice',
        description: '',
        reflection: '',
        outcome: '',
        evidence_url: null,
        goal_id: null,
        goal_owner_id: null,
        ...stamps,
      })),
    );
    await s.insert(
      'content_entries',
      Array.from({ length: 1_500 }, (_, i) => ({
        id: newId(),
        kind: i % 3 === 0 ? ('book' as const) : ('article' as const),
        title: `Entry ${i}`,
        url: null,
        author: null,
        isbn: null,
        source: null,
        status: 'done' as const,
        consumed_on: addDays(FIRST, Math.floor((i * DAYS) / 1_500)),
        minutes: i % 3 === 0 ? null : 10 + (i % 20),
        pages: i % 3 === 0 ? 200 + (i % 100) : null,
        rating: null,
        takeaways: null,
        discussed_with: '[]',
        search: `entry ${i}`,
        feed_item_id: null,
        goodreads_book_id: null,
        ...stamps,
      })),
    );
    const contacts = Array.from({ length: 500 }, (_, i) => ({
      id: newId(),
      name: `Contact ${i}`,
      name_key: `contact ${i}`,
      emails: '[]',
      phones: '[]',
      company: null,
      position: null,
      linkedin_url: null,
      linkedin_key: null,
      how_met: null,
      tags: '[]',
      tag_keys: '\n',
      roles: '[]',
      notes: null,
      keep_in_touch_days: i % 2 === 0 ? 30 + (i % 60) : null,
      connected_on: null,
      added_on: addDays(FIRST, Math.floor((i * DAYS) / 600)),
      search: `contact ${i}`,
      ...stamps,
    }));
    await s.insert('contacts', contacts);
    const interactions = Array.from({ length: 5_000 }, (_, i) => ({
      id: newId(),
      date: addDays(FIRST, Math.floor((i * DAYS) / 5_000)),
      kind: 'meeting' as const,
      notes: null,
      follow_up_on: null,
      follow_up_done_on: null,
      goal_id: null,
      goal_owner_id: null,
      ...stamps,
    }));
    await s.insert('interactions', interactions);
    await s.insert(
      'interaction_contacts',
      interactions.map((x, i) => ({
        interaction_id: x.id,
        contact_id: contacts[(i * 7) % 500]!.id,
        position: 0,
      })),
    );
  });
}

export async function reportsBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-reports-'));
  const config = { ...loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }), webRoot: null };
  const app = await buildApp(config);
  const database = openDatabase(config.database);
  try {
    const person = await signUp(app, 'reporter@example.com');
    await seedTenYears(createAccess(database.db, allTableRules()).scopeFor({ id: person.id }));
    const get = (url: string) =>
      app.inject({ method: 'GET', url, headers: person.headers }).then((r) => {
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      });

    section('Period reports over ten years of one person’s data (SQLite, in-process)');
    const health = await timeIt('GET /healthz', 500, () => get('/healthz'));
    baseline(health);
    const month = await timeIt('a month', 20, () => get('/api/v1/reports?period=month&date=2026-06-15'));
    ratio(health, month);
    ratio(health, await timeIt('a year', 20, () => get('/api/v1/reports?period=year&date=2026-06-15')));
    const all = await timeIt('ten years', 10, () => get(`/api/v1/reports?from=${FIRST}&to=${LAST}`));
    ratio(health, all);
    figure('ten years, one report', all.perRun, 'ms', 300);

    // The same ten years as a PDF, in its embedded font, for a name in Latin and one in Cyrillic.
    const report = await app
      .inject({ method: 'GET', url: `/api/v1/reports?from=${FIRST}&to=${LAST}`, headers: person.headers })
      .then((r) => r.json() as Report);
    const asPdf = (name: string) => renderReport(report, 'pdf', { name });
    const western = await timeIt('ten years as PDF, Western name', 10, () => asPdf('Ada Quill'));
    ratio(health, western);
    const cyrillic = await timeIt('ten years as PDF, Cyrillic name', 10, () => asPdf('Анна Петрова'));
    ratio(health, cyrillic);
    ratio(western, cyrillic);
    figure('ten years as PDF, Western name', western.perRun, 'ms', 300);
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
