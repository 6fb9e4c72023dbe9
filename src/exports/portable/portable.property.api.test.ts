// The round trip as a property, on both databases: for any data set a person may enter (a tree of
// goals, check-ins, a skill of her own, learning with its log, practice, contacts and interactions,
// entries feeding goals or not), exporting it, importing it into an empty account and exporting
// again gives the same document but for ids and timestamps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../../test/factories.ts';
import { bodyOf, DIALECTS, signUp, useTestApp } from '../../../test/harness.ts';
import { created, exportOf, importAs, normalise } from '../../../test/portable.ts';
import { fixedClock } from '../../platform/clock.ts';

/** Text a person types: trimmed, not empty, without control characters, in any script. */
const text = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength, unit: 'grapheme' })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/\p{Cc}/u.test(s));

/** A day of April or May 2027 up to today (2027-05-15): after every goal's start, never in the future. */
const day = fc.integer({ min: 0, max: 44 }).map((n) => {
  const d = new Date(Date.UTC(2027, 3, 1 + n));
  return d.toISOString().slice(0, 10);
});

/** Whom an entry points at: an index into the list it names, taken modulo its length. */
const pick = fc.option(fc.nat(), { nil: null });

const dataSet = fc.record({
  goals: fc.array(
    fc.record({
      title: text(40),
      parent: pick,
      metric: fc.constantFrom('h', 'minutes', 'talks', null),
      target: fc.integer({ min: 1, max: 500 }),
      // Its skill: none, or hers.
      skilled: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  checkIns: fc.array(fc.record({ goal: fc.nat(), date: day, value: fc.integer({ min: 1, max: 20 }) }), {
    maxLength: 5,
  }),
  skill: text(40),
  learning: fc.array(
    fc.record({
      title: text(40),
      goal: pick,
      log: fc.array(
        fc.record({ date: day, minutes: fc.integer({ min: 1, max: 600 }), note: fc.option(text(30)) }),
        {
          maxLength: 3,
        },
      ),
    }),
    { maxLength: 2 },
  ),
  practice: fc.array(
    fc.record({ title: text(40), date: day, minutes: fc.integer({ min: 1, max: 600 }), goal: pick }),
    { maxLength: 2 },
  ),
  contacts: fc.array(text(30), { maxLength: 3 }),
  interactions: fc.array(
    fc.record({
      date: day,
      kind: fc.constantFrom('meeting', 'call', 'message', 'email', 'event', 'introduction', 'other'),
      with: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      goal: pick,
    }),
    { maxLength: 3 },
  ),
});
type DataSet = typeof dataSet extends fc.Arbitrary<infer T> ? T : never;

describe.each(DIALECTS)('the round trip of any data set on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  /** Enters the data set through the API, as the person of `cookie` would. */
  async function enter(cookie: string, data: DataSet): Promise<void> {
    const post = (url: string, body: unknown) => created(t.app, cookie, url, body);
    const skill = await post('/api/v1/skills', { name: data.skill, kind: 'soft' });
    const goals: { id: string; metric: string | null }[] = [];
    for (const [i, g] of data.goals.entries()) {
      const parent = i > 0 && g.parent !== null ? goals[g.parent % i]! : null;
      const goal = await post('/api/v1/goals', {
        title: g.title,
        startDate: '2027-01-01',
        parentId: parent?.id ?? null,
        metric:
          g.metric === null ? null : { unit: g.metric, baseline: 0, target: g.target, aggregation: 'sum' },
        skillIds: g.skilled ? [skill.id] : [],
      });
      goals.push({ id: goal.id, metric: g.metric });
    }
    const measured = goals.filter((g) => g.metric !== null);
    const timed = goals.filter((g) => g.metric === 'h' || g.metric === 'minutes');
    const among = <T>(list: T[], n: number | null) =>
      n === null || list.length === 0 ? null : list[n % list.length]!;

    for (const c of data.checkIns) {
      const goal = among(measured, c.goal);
      if (goal) await post(`/api/v1/goals/${goal.id}/check-ins`, { date: c.date, value: c.value });
    }
    for (const a of data.learning) {
      const activity = await post('/api/v1/learning', {
        kind: 'course',
        title: a.title,
        skillIds: [skill.id],
        goalId: among(timed, a.goal)?.id ?? null,
      });
      for (const e of a.log)
        await post(`/api/v1/learning/${activity.id}/log`, {
          date: e.date,
          minutes: e.minutes,
          ...(e.note ? { note: e.note } : {}),
        });
    }
    for (const p of data.practice) {
      await post('/api/v1/practice', {
        date: p.date,
        minutes: p.minutes,
        title: p.title,
        skillIds: [skill.id],
        goalId: among(timed, p.goal)?.id ?? null,
      });
    }
    const contacts: string[] = [];
    for (const name of data.contacts) contacts.push((await post('/api/v1/contacts', { name })).id);
    if (contacts.length === 0) return;
    for (const i of data.interactions) {
      await post('/api/v1/interactions', {
        date: i.date,
        kind: i.kind,
        contactIds: [...new Set(i.with.map((n) => contacts[n % contacts.length]!))],
        goalId: among(measured, i.goal)?.id ?? null,
      });
    }
  }

  it('exports, imports into an empty account and exports again to the same document', async () => {
    await fc.assert(
      fc.asyncProperty(dataSet, async (data) => {
        const ada = await signUp(t.app);
        await enter(ada.cookie, data);
        const doc = await exportOf(t.app, ada.cookie);
        const bo = await signUp(t.app);
        bodyOf(await importAs(t.app, bo.cookie, doc), 200, 'import');
        const again = await exportOf(t.app, bo.cookie);
        expect(normalise(again)).toEqual(normalise(doc));
      }),
      { numRuns: 15 },
    );
  });
});
