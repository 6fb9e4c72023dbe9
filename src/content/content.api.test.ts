// The content log on both databases: entries with every field, the rules checked after the schema
// (a done entry's date, skills one can see), filters and order, another person's ids, and the
// minutes per skill the ledger reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { allTableRules } from '../features.ts';
import { type Access, createAccess } from '../platform/access/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { contentMinutesBySkill } from './content-minutes.ts';

const URL = '/api/v1/content';

describe.each(DIALECTS)('content on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON_2027_05_15),
    env: { TRELLIS_FEED_REFRESH_MINUTES: '0' },
  });
  let ann: SignedUp;
  let bob: SignedUp;
  let rust: string;
  let sql: string;
  let bobsSkill: string;

  const post = (body: unknown, cookie = ann.cookie) =>
    call(t.app, { method: 'POST', url: URL, cookie, body });
  const patch = (id: string, body: unknown, cookie = ann.cookie) =>
    call(t.app, { method: 'PATCH', url: `${URL}/${id}`, cookie, body });
  const create = async (body: Record<string, unknown>, cookie = ann.cookie) =>
    bodyOf(await post({ kind: 'article', status: 'queued', ...body }, cookie), 201, 'create content');
  const skill = async (cookie: string, name: string) =>
    bodyOf(
      await call(t.app, { method: 'POST', url: '/api/v1/skills', cookie, body: { name, kind: 'hard' } }),
      201,
      'create skill',
    ).id as string;
  const list = async (query = '', cookie = ann.cookie) =>
    bodyOf(await call(t.app, { url: `${URL}${query}`, cookie }), 200, 'list content').items as {
      id: string;
      title: string;
    }[];

  beforeAll(async () => {
    ann = await signUp(t.app);
    bob = await signUp(t.app);
    rust = await skill(ann.cookie, 'Rust (content test)');
    sql = await skill(ann.cookie, 'SQL (content test)');
    bobsSkill = await skill(bob.cookie, 'Bob’s own skill');
  });

  it('logs an entry with every field and reads it back', async () => {
    const entry = await create({
      kind: 'book',
      title: '  Designing Data-Intensive Applications ',
      url: 'https://dataintensive.net/',
      author: 'Martin Kleppmann',
      isbn: '978-1-4493-7332-0',
      source: 'O’Reilly',
      status: 'done',
      consumedOn: '2027-05-15',
      minutes: 900,
      pages: 616,
      rating: 5,
      takeaways: 'Replication logs are the database.',
      skillIds: [sql, rust, sql],
      discussedWith: ['Priya', 'Sam'],
    });
    expect(entry).toMatchObject({
      kind: 'book',
      title: 'Designing Data-Intensive Applications',
      isbn: '9781449373320',
      status: 'done',
      consumedOn: '2027-05-15',
      minutes: 900,
      pages: 616,
      rating: 5,
      // In the order given, each once.
      skillIds: [sql, rust],
      discussedWith: ['Priya', 'Sam'],
      feedItemId: null,
      goodreadsBookId: null,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    expect(bodyOf(await call(t.app, { url: `${URL}/${entry.id}`, cookie: ann.cookie }), 200, 'get')).toEqual(
      entry,
    );
  });

  it('needs a date for what is done, and none after today', async () => {
    expectInvalid(await post({ kind: 'video', title: 'A talk', status: 'done' }), 'consumedOn');
    const future = await post({ kind: 'video', title: 'A talk', status: 'done', consumedOn: '2027-05-16' });
    expectInvalid(future, 'consumedOn');
    expect(future.json.error.message).toBe('consumedOn: is after today (today is May 15, 2027)');
    expectInvalid(
      await post({ kind: 'video', title: 'A talk', status: 'queued', consumedOn: '2027-06-01' }),
      'consumedOn',
    );
  });

  it('names the field of every other bad value', async () => {
    const base = { kind: 'article', title: 'T', status: 'queued' };
    expectInvalid(await post({ ...base, url: 'ftp://example.org/x' }), 'url');
    expectInvalid(await post({ ...base, url: 'javascript:alert(1)' }), 'url');
    expectInvalid(await post({ ...base, isbn: '978-1-4493-7332-1' }), 'isbn');
    expectInvalid(await post({ ...base, rating: 6 }), 'rating');
    expectInvalid(await post({ ...base, rating: 0 }), 'rating');
    expectInvalid(await post({ ...base, minutes: 1.5 }), 'minutes');
    expectInvalid(await post({ ...base, kind: 'podcast' }), 'kind');
    expectInvalid(await post({ ...base, status: 'finished' }), 'status');
    expectInvalid(await post({ ...base, title: '   ' }), 'title');
    expectInvalid(await post({ ...base, discussedWith: ['Sam', ''] }), 'discussedWith.1');
    expectInvalid(await post({ ...base, owner_id: bob.user.id }), 'owner_id');
  });

  it('takes only skills the person sees: another person’s own skill is 400 at its index', async () => {
    const res = await post({ kind: 'article', title: 'T', status: 'queued', skillIds: [rust, bobsSkill] });
    expectInvalid(res, 'skillIds.1');
    expect(res.json.error.message).toBe('skillIds.1: is not a skill you can see');
    expectInvalid(
      await post({ kind: 'article', title: 'T', status: 'queued', skillIds: ['no-such-skill'] }),
      'skillIds.0',
    );
    // A skill of the built-in catalogue is everyone's.
    const catalogue = bodyOf(
      await call(t.app, { url: '/api/v1/skills?limit=1', cookie: ann.cookie }),
      200,
      'skills',
    );
    const builtin = catalogue.items[0].id as string;
    expect((await create({ title: 'With a catalogue skill', skillIds: [builtin] })).skillIds).toEqual([
      builtin,
    ]);
  });

  it('changes what a PATCH names, clears what it sets to null, and changes nothing when it is refused', async () => {
    const entry = await create({ title: 'Patch me', author: 'Someone', rating: 3, skillIds: [rust] });
    const changed = bodyOf(
      await patch(entry.id, { status: 'done', consumedOn: '2027-05-01', author: null, skillIds: [sql] }),
      200,
      'patch',
    );
    expect(changed).toMatchObject({
      status: 'done',
      consumedOn: '2027-05-01',
      author: null,
      rating: 3,
      skillIds: [sql],
    });
    // Taking the date off a done entry, or marking it done in the future, is refused whole.
    expectInvalid(await patch(entry.id, { consumedOn: null, title: 'Renamed' }), 'consumedOn');
    expectInvalid(await patch(entry.id, { consumedOn: '2027-05-20', title: 'Renamed' }), 'consumedOn');
    expectInvalid(await patch(entry.id, { skillIds: [bobsSkill], title: 'Renamed' }), 'skillIds.0');
    const after = bodyOf(await call(t.app, { url: `${URL}/${entry.id}`, cookie: ann.cookie }), 200, 'get');
    expect(after).toEqual(changed);
    // Back to the queue: the date may stay.
    expect(bodyOf(await patch(entry.id, { status: 'queued' }), 200, 'requeue')).toMatchObject({
      status: 'queued',
      consumedOn: '2027-05-01',
    });
  });

  it('deletes an entry', async () => {
    const entry = await create({ title: 'Delete me' });
    expect(
      (await call(t.app, { method: 'DELETE', url: `${URL}/${entry.id}`, cookie: ann.cookie })).status,
    ).toBe(204);
    expectError(await call(t.app, { url: `${URL}/${entry.id}`, cookie: ann.cookie }), 404, 'not_found');
  });

  it('answers 404 for another person’s entry, whatever the request, and changes nothing', async () => {
    const bobs = await create({ title: 'Bob’s secret reading', status: 'in_progress' }, bob.cookie);
    expectError(await call(t.app, { url: `${URL}/${bobs.id}`, cookie: ann.cookie }), 404, 'not_found');
    // Even a body that would be refused: whose entry it is comes first.
    expectError(await patch(bobs.id, { status: 'done' }), 404, 'not_found');
    expectError(await patch(bobs.id, { title: 'Mine now' }), 404, 'not_found');
    expectError(
      await call(t.app, { method: 'DELETE', url: `${URL}/${bobs.id}`, cookie: ann.cookie }),
      404,
      'not_found',
    );
    expect(bodyOf(await call(t.app, { url: `${URL}/${bobs.id}`, cookie: bob.cookie }), 200, 'get')).toEqual(
      bobs,
    );
    expect((await list('', ann.cookie)).map((e) => e.id)).not.toContain(bobs.id);
  });

  it('filters by kind, status, skill and words, and lists in its documented order', async () => {
    const carol = await signUp(t.app);
    const own = await skill(carol.cookie, 'Carol’s skill');
    const at = (title: string, body: Record<string, unknown>) => create({ title, ...body }, carol.cookie);
    // Created in this order, all at the same instant: ids break the ties, newest last.
    const q1 = await at('Queued first', { kind: 'podcast_episode' });
    const d1 = await at('Done in March', {
      status: 'done',
      consumedOn: '2027-03-01',
      takeaways: 'Use 100% of the TIME',
    });
    const p1 = await at('Reading now', { status: 'in_progress', kind: 'book', author: 'Ursula K. Le Guin' });
    const q2 = await at('Queued second', { skillIds: [own] });
    const d2 = await at('Done in May', { status: 'done', consumedOn: '2027-05-10', skillIds: [own] });
    const a1 = await at('Abandoned undated', { status: 'abandoned' });
    const ids = async (query: string) => (await list(query, carol.cookie)).map((e) => e.id);
    // In progress, then the queue (newest added first), then the rest by date, newest first, undated last.
    expect(await ids('')).toEqual([p1.id, q2.id, q1.id, d2.id, d1.id, a1.id]);
    expect(await ids('?status=done')).toEqual([d2.id, d1.id]);
    expect(await ids('?kind=book')).toEqual([p1.id]);
    expect(await ids(`?skillId=${own}`)).toEqual([q2.id, d2.id]);
    expect(await ids('?q=le%20GUIN')).toEqual([p1.id]);
    expect(await ids('?q=QUEUED')).toEqual([q2.id, q1.id]);
    // % and _ are letters like any other: "100%" is found, "1_0" is not "100".
    expect(await ids('?q=100%25%20of')).toEqual([d1.id]);
    expect(await ids('?q=1_0')).toEqual([]);
    expect(await ids('?q=time&status=done')).toEqual([d1.id]);
    expectInvalid(await call(t.app, { url: `${URL}?status=read`, cookie: carol.cookie }), 'status');
    expectInvalid(await call(t.app, { url: `${URL}?colour=red`, cookie: carol.cookie }), 'colour');
  });

  describe('minutes per skill, for the ledger', () => {
    let database: Database;
    let access: Access;
    beforeAll(() => {
      database = openDatabase(t.config.database);
      access = createAccess(database.db, allTableRules());
    });
    afterAll(() => database?.close());

    it('counts done entries dated on or before asOf, in full for each of their skills', async () => {
      const dana = await signUp(t.app);
      const [go, k8s, idle] = [
        await skill(dana.cookie, 'Go (ledger)'),
        await skill(dana.cookie, 'Kubernetes (ledger)'),
        await skill(dana.cookie, 'Idle (ledger)'),
      ];
      const log = (body: Record<string, unknown>) => create(body, dana.cookie);
      await log({ title: 'A', status: 'done', consumedOn: '2027-04-01', minutes: 30, skillIds: [go, k8s] });
      await log({ title: 'B', status: 'done', consumedOn: '2027-04-30', minutes: 45, skillIds: [go] });
      await log({
        title: 'C, the day after asOf',
        status: 'done',
        consumedOn: '2027-05-01',
        minutes: 600,
        skillIds: [go],
      });
      await log({ title: 'D, no minutes', status: 'done', consumedOn: '2027-04-02', skillIds: [k8s] });
      await log({ title: 'E, queued', status: 'queued', minutes: 90, skillIds: [idle] });
      await log({
        title: 'F, abandoned',
        status: 'abandoned',
        consumedOn: '2027-04-03',
        minutes: 20,
        skillIds: [idle],
      });
      await log({ title: 'G, no skill', status: 'done', consumedOn: '2027-04-03', minutes: 20 });
      // Go: A 30 + B 45 = 75 from 2 entries; Kubernetes: A 30 + D 0 = 30 from 2; Idle: none done.
      const rows = await contentMinutesBySkill(access.scopeFor(dana.user), '2027-04-30');
      expect(rows).toEqual(
        [
          { skillId: go, minutes: 75, entries: 2 },
          { skillId: k8s, minutes: 30, entries: 2 },
        ].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
      );
      // The next day C counts too: Go 75 + 600.
      const later = await contentMinutesBySkill(access.scopeFor(dana.user), '2027-05-01');
      expect(later.find((r) => r.skillId === go)).toEqual({ skillId: go, minutes: 675, entries: 3 });
      // Another person's scope sees none of it.
      expect(await contentMinutesBySkill(access.scopeFor(ann.user), '2027-05-01')).not.toContainEqual(
        expect.objectContaining({ skillId: go }),
      );
    });
  });
});
