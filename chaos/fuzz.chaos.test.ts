// Every write endpoint of the OpenAPI document (so every contract, including ones added later) is
// sent bodies and ids generated from its schemas, mixed with hostile values. Nothing answers 5xx,
// every refusal is in the one error shape, and a refused request changes nothing stored.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/platform/clock.ts';
import { ERROR_CODES } from '../src/platform/http/errors.ts';
import { bodyFor, HOSTILE, RawJson } from '../test/arbitrary.ts';
import {
  addCheckIn,
  breakDown,
  createGoal,
  lastMetric,
  NOON_2027_05_15,
  sumMetric,
  YEAR_2027,
} from '../test/factories.ts';
import { bodyOf, call, createToken, DIALECTS, useSignedIn, useTestApp } from '../test/harness.ts';
import { report } from './report.ts';

const RUNS_PER_ENDPOINT = 60;
// Columns a refused request may still touch: when a session or token was last used.
const VOLATILE = new Set(['last_seen_at', 'expires_at', 'last_used_at']);
// Failed sign-ins are recorded on purpose, even though the request is refused.
const SKIPPED_TABLES = new Set(['login_failures', 'kysely_migration', 'kysely_migration_lock']);

interface Operation {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

describe.each(DIALECTS)('fuzzing the write endpoints on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const person = useSignedIn(t, { token: 'fuzzer' });
  const ids: string[] = [];
  let operations: Operation[] = [];
  let snapshot: () => Promise<string>;
  let closeSnapshots: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const { cookie } = person;
    const yearly = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 200) });
    const slices = await breakDown(t.app, cookie, yearly.id, 'quarter');
    const level = await createGoal(t.app, cookie, { ...YEAR_2027, metric: lastMetric('score', 50, 90) });
    const milestone = await createGoal(t.app, cookie, { title: 'Give a talk', ...YEAR_2027 });
    const checkIns = [
      await addCheckIn(t.app, cookie, slices[0]!.id, '2027-02-01', 3),
      await addCheckIn(t.app, cookie, level.id, '2027-03-01', 60),
    ];
    const spare = await createToken(t.app, cookie, 'spare');
    // Learning and practice entries that feed the yearly goal, so their endpoints meet real rows.
    const post = async (url: string, body: unknown) => {
      const res = await call(t.app, { method: 'POST', url, cookie, body });
      if (res.status !== 201) throw new Error(`${url} failed: ${res.status} ${JSON.stringify(res.json)}`);
      return res.json;
    };
    const [skill] = (await call(t.app, { url: '/api/v1/skills?limit=1', cookie })).json.items;
    const activity = await post('/api/v1/learning', {
      kind: 'certification',
      title: 'Fuzzed course',
      goalId: yearly.id,
      skillIds: [skill.id],
      credential: { issuedOn: '2027-01-01', expiresOn: '2028-01-01' },
    });
    const logged = await post(`/api/v1/learning/${activity.id}/log`, { date: '2027-02-02', minutes: 90 });
    const practised = await post('/api/v1/practice', {
      date: '2027-02-03',
      minutes: 45,
      title: 'Fuzzed practice',
      skillIds: [skill.id],
      goalId: yearly.id,
    });
    ids.push(activity.id, logged.id, practised.id, logged.checkIn.id);
    // A contact and an interaction with it that counts on the yearly goal, for the network's routes.
    const contact = await post('/api/v1/contacts', {
      name: 'Fuzzed contact',
      emails: [{ value: 'fuzzed@example.com' }],
      roles: ['mentor'],
      keepInTouchDays: 30,
    });
    const met = await post('/api/v1/interactions', {
      date: '2027-02-04',
      kind: 'meeting',
      contactIds: [contact.id],
      followUpOn: '2027-02-11',
      goalId: yearly.id,
    });
    ids.push(contact.id, met.id, met.checkIn.id);
    // A feedback request to that contact about the skill, for the feedback routes: its id, and its
    // link's token for the public ones (a level answered there becomes an assessment).
    const asked = await post('/api/v1/feedback-requests', {
      to: { contactId: contact.id },
      about: { skillId: skill.id },
      questions: ['How am I doing?'],
    });
    ids.push(asked.id, asked.link.slice('/feedback/'.length));
    // A mentorship with that contact (active at once), its session (a meeting with the contact),
    // an action item, a comment on a goal shared with mentors, and an invitation by e-mail, so the
    // mentoring routes meet rows in each state they take.
    const shared = await createGoal(t.app, cookie, { title: 'Shared with mentors', visibility: 'mentors' });
    const mentorship = await post('/api/v1/mentorships', {
      myRole: 'mentee',
      with: { contactId: contact.id },
      goalIds: [shared.id],
      cadenceDays: 14,
    });
    const invitation = await post('/api/v1/mentorships', {
      myRole: 'mentor',
      with: { email: 'fuzzed-mentee@example.com' },
    });
    const base = `/api/v1/mentorships/${mentorship.id}`;
    const session = await post(`${base}/sessions`, { date: '2027-02-05', privateNotes: 'Fuzzed' });
    const item = await post(`${base}/action-items`, {
      title: 'Fuzzed step',
      assignee: 'mentee',
      goalId: yearly.id,
    });
    const comment = await post(`${base}/comments`, { goalId: shared.id, text: 'Fuzzed comment' });
    ids.push(mentorship.id, invitation.id, session.id, item.id, comment.id, shared.id);
    // A content entry for the content routes to meet. No feed: refreshing one would fetch it, and a
    // failed fetch is recorded on the feed, which a refused request must not do to anything else.
    const reading = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/content',
        cookie,
        body: { kind: 'book', title: 'Fuzzed reading', status: 'in_progress' },
      }),
      201,
      'create content',
    );
    ids.push(
      yearly.id,
      ...slices.map((s) => s.id),
      level.id,
      milestone.id,
      ...checkIns.map((c) => c.id),
      spare.id,
      reading.id,
    );

    const doc = (await call(t.app, { url: '/api/v1/openapi.json' })).json;
    for (const [path, methods] of Object.entries(
      doc.paths as Record<
        string,
        Record<
          string,
          { requestBody?: { content: { 'application/json': { schema: Record<string, unknown> } } } }
        >
      >,
    )) {
      for (const [method, op] of Object.entries(methods)) {
        if (method === 'get') continue;
        operations.push({
          method: method.toUpperCase(),
          path,
          body: op.requestBody?.content['application/json'].schema,
        });
      }
    }
    // Deletions last, so the other endpoints meet the goals and check-ins while they exist.
    operations = [
      ...operations.filter((o) => o.method !== 'DELETE'),
      ...operations.filter((o) => o.method === 'DELETE'),
    ];

    const tables = async (
      list: () => Promise<string[]>,
      rows: (table: string) => Promise<Record<string, unknown>[]>,
    ) => {
      const out: Record<string, string[]> = {};
      for (const table of (await list()).filter((name) => !SKIPPED_TABLES.has(name)).sort()) {
        out[table] = (await rows(table))
          .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !VOLATILE.has(column))))
          .sort();
      }
      return JSON.stringify(out);
    };
    if (t.config.database.kind === 'sqlite') {
      const db = new SQLite(t.config.database.file, { readonly: true });
      closeSnapshots = async () => {
        db.close();
      };
      snapshot = () =>
        tables(
          async () =>
            (
              db
                .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
                .all() as { name: string }[]
            ).map((r) => r.name),
          async (table) => db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[],
        );
    } else {
      const client = new pg.Client({ connectionString: t.config.database.url });
      await client.connect();
      closeSnapshots = () => client.end();
      // One round trip: each table's rows, less the volatile columns, digested by the server.
      const names = (await client.query("select tablename from pg_tables where schemaname = 'public'")).rows
        .map((r: { tablename: string }) => r.tablename)
        .filter((name: string) => !SKIPPED_TABLES.has(name))
        .sort();
      const volatile = [...VOLATILE].map((c) => `'${c}'`).join(', ');
      const digest = names
        .map(
          (name: string) =>
            `select '${name}' as t, (select md5(coalesce(string_agg(r, '|' order by r), '')) from ` +
            `(select (to_jsonb(x) - array[${volatile}]::text[])::text as r from "${name}" x) d) as h`,
        )
        .join(' union all ');
      snapshot = async () =>
        JSON.stringify((await client.query(digest)).rows.map((r: { t: string; h: string }) => [r.t, r.h]));
    }
  });
  afterAll(() => closeSnapshots());

  // Some 4,000 requests, each between two snapshots: allowed more than the tier's default.
  it('answers no 5xx, refuses in the error shape, and changes nothing when it refuses', {
    timeout: 900_000,
  }, async () => {
    const ownToken = person.tokenId;
    const anId = fc
      .oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...HOSTILE.filter((h): h is string => typeof h === 'string')),
        },
      )
      .filter((id) => id !== ownToken);
    const totals = { requests: 0, accepted: 0, refused: 0, '5xx': 0 };

    // Nothing writes between two requests: what is stored after one is what the next one meets.
    let stored = await snapshot();
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(bodyFor(op.body), anId, async (body, id) => {
          // A lone surrogate cannot travel in a URL; it goes as the replacement character it becomes.
          const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(Buffer.from(id).toString()));
          const before = stored;
          const res = await send(op.method, url, body, person.token);
          stored = await snapshot();
          totals.requests += 1;
          const where = `${op.method} ${url} ${describeBody(body)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400) {
            totals.refused += 1;
            const error = JSON.parse(res.body).error;
            expect(ERROR_CODES, where).toContain(error.code);
            expect(error.requestId, where).toBe(res.headers['x-request-id']);
            expect(stored, `a refused request changed stored data: ${where}`).toBe(before);
          } else {
            totals.accepted += 1;
          }
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    }
    report(dialect, `fuzz of ${operations.length} write endpoints`, totals);
    expect(totals.requests).toBe(operations.length * RUNS_PER_ENDPOINT);
  });

  async function send(
    method: string,
    url: string,
    body: unknown,
    token: string,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { host: 'localhost:80', authorization: `Bearer ${token}` };
    if (body === undefined) return t.app.inject({ method: method as 'POST', url, headers });
    headers['content-type'] = 'application/json';
    const payload = body instanceof RawJson ? body.text : JSON.stringify(body);
    return t.app.inject({ method: method as 'POST', url, headers, payload });
  }
});

function describeBody(body: unknown): string {
  const text = body instanceof RawJson ? body.text : JSON.stringify(body);
  return text === undefined ? '(no body)' : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
