// Learning activities through the API, on both databases: create, read, filter, change, delete,
// and every rule at its field.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createGoal, lastMetric, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

let unique = 0;
/** A skill name no other test of the same database uses (the catalogue is shared). */
const skillName = (name: string) => `${name} ${++unique}`;

describe.each(DIALECTS)('learning activities on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const post = (cookie: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/learning', cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/learning/${id}`, cookie, body });
  const get = (cookie: string, url: string) => call(t.app, { url, cookie });
  const create = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await post(cookie, { kind: 'course', title: 'A course', ...body }), 201, 'create activity');
  const ids = (res: { json: { items: { id: string }[] } }) => res.json.items.map((a) => a.id);

  it('creates an activity with every field and answers it in full', async () => {
    const { cookie } = await signUp(t.app);
    const [rust, tokio] = await addCatalogueSkills(t, [
      { name: skillName('Rust Ownership') },
      { name: skillName('Tokio Runtime') },
    ]);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('hours', 100) });
    const res = await post(cookie, {
      kind: 'certification',
      title: '  Certified Rust Developer  ',
      provider: 'Rust Academy',
      url: 'https://academy.example/rust',
      format: 'blended',
      status: 'in_progress',
      startDate: '2027-04-01',
      endDate: '2027-04-01',
      hoursPlanned: 40.5,
      cost: { amount: 1299.99, currency: 'eur' },
      skillIds: [tokio, rust],
      goalId: goal.id,
      credential: {
        identifier: 'CRD-123',
        url: 'http://verify.example/CRD-123',
        issuedOn: '2027-04-01',
        expiresOn: '2030-03-31',
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      kind: 'certification',
      title: 'Certified Rust Developer',
      provider: 'Rust Academy',
      url: 'https://academy.example/rust',
      format: 'blended',
      status: 'in_progress',
      startDate: '2027-04-01',
      endDate: '2027-04-01',
      hoursPlanned: 40.5,
      cost: { amount: 1299.99, currency: 'EUR' },
      skillIds: [tokio, rust],
      goalId: goal.id,
      credential: {
        identifier: 'CRD-123',
        url: 'http://verify.example/CRD-123',
        issuedOn: '2027-04-01',
        expiresOn: '2030-03-31',
      },
      hoursSpent: 0,
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    expect((await get(cookie, `/api/v1/learning/${res.json.id}`)).json).toEqual(res.json);
  });

  it('fills in what a new activity leaves out: planned, nothing else', async () => {
    const { cookie } = await signUp(t.app);
    const made = await create(cookie, { kind: 'book', title: 'The Rust Book' });
    expect(made).toMatchObject({
      kind: 'book',
      status: 'planned',
      provider: null,
      url: null,
      format: null,
      startDate: null,
      endDate: null,
      hoursPlanned: null,
      cost: null,
      skillIds: [],
      goalId: null,
      credential: null,
      hoursSpent: 0,
    });
  });

  it('lists newest first, and filters by status, kind, skill and goal', async () => {
    const { cookie } = await signUp(t.app);
    const [sql] = await addCatalogueSkills(t, [{ name: skillName('SQL Windows') }]);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 50) });
    const book = await create(cookie, { kind: 'book', title: 'SQL Antipatterns', skillIds: [sql] });
    const course = await create(cookie, { title: 'Window functions', status: 'completed', goalId: goal.id });
    const workshop = await create(cookie, {
      kind: 'workshop',
      title: 'Query plans',
      skillIds: [sql],
      status: 'completed',
    });
    expect(ids(await get(cookie, '/api/v1/learning'))).toEqual([workshop.id, course.id, book.id]);
    expect(ids(await get(cookie, '/api/v1/learning?status=completed'))).toEqual([workshop.id, course.id]);
    expect(ids(await get(cookie, '/api/v1/learning?kind=book'))).toEqual([book.id]);
    expect(ids(await get(cookie, `/api/v1/learning?skillId=${sql}`))).toEqual([workshop.id, book.id]);
    expect(ids(await get(cookie, `/api/v1/learning?goalId=${goal.id}`))).toEqual([course.id]);
    expect(ids(await get(cookie, '/api/v1/learning?status=completed&kind=workshop'))).toEqual([workshop.id]);
    expectInvalid(await get(cookie, '/api/v1/learning?status=done'), 'status');
    expectInvalid(await get(cookie, '/api/v1/learning?color=red'), 'color');
  });

  it('changes what a PATCH names, clears what it sets to null, and keeps the rest', async () => {
    const { cookie } = await signUp(t.app);
    const [a, b] = await addCatalogueSkills(t, [{ name: skillName('Kafka') }, { name: skillName('Flink') }]);
    const made = await create(cookie, {
      title: 'Streaming 101',
      provider: 'Stream School',
      cost: { amount: 100, currency: 'USD' },
      skillIds: [a],
      startDate: '2027-03-01',
    });
    const res = await patch(cookie, made.id, {
      title: 'Streaming 201',
      provider: null,
      cost: null,
      skillIds: [b, a],
      endDate: '2027-03-31',
      status: 'completed',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toEqual({
      ...made,
      title: 'Streaming 201',
      provider: null,
      cost: null,
      skillIds: [b, a],
      endDate: '2027-03-31',
      status: 'completed',
    });
    // A certification may take a credential; a kind without one may be any other.
    const cert = await patch(cookie, made.id, {
      kind: 'certification',
      credential: { issuedOn: '2027-03-31' },
    });
    expect(cert.json.credential).toEqual({
      identifier: null,
      url: null,
      issuedOn: '2027-03-31',
      expiresOn: null,
    });
    const back = await patch(cookie, made.id, { kind: 'workshop', credential: null });
    expect(back.json).toMatchObject({ kind: 'workshop', credential: null });
    expect((await get(cookie, `/api/v1/learning/${made.id}`)).json).toEqual(back.json);
  });

  it('refuses each invalid field at its path, and saves nothing', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const [skill] = await addCatalogueSkills(t, [{ name: skillName('Go Generics') }]);
    const bobsSkill = bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie: bob.cookie,
        body: { name: skillName('Bob Only'), kind: 'hard' },
      }),
      201,
      'bob skill',
    );
    const bobsGoal = await createGoal(t.app, bob.cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
    const books = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: sumMetric('books', 12) });
    const level = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: lastMetric('hours', 10, 20) });
    const milestone = await createGoal(t.app, ann.cookie, { title: 'Pass the exam' });
    const countdown = await createGoal(t.app, ann.cookie, { ...YEAR_2027, metric: sumMetric('h', 0, 40) });
    const base = { kind: 'course', title: 'Go in depth' };
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ kind: 'podcast' }, 'kind'],
      [{ url: 'ftp://files.example/go' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: 'go.dev' }, 'url'],
      [{ format: 'remote' }, 'format'],
      [{ status: 'done' }, 'status'],
      [{ startDate: '2027-05-02', endDate: '2027-05-01' }, 'endDate'],
      [{ startDate: '2027-02-30' }, 'startDate'],
      [{ hoursPlanned: 0 }, 'hoursPlanned'],
      [{ hoursPlanned: 1.234 }, 'hoursPlanned'],
      [{ cost: { amount: -1, currency: 'EUR' } }, 'cost.amount'],
      [{ cost: { amount: 1.2345, currency: 'EUR' } }, 'cost.amount'],
      [{ cost: { amount: 10, currency: 'EURO' } }, 'cost.currency'],
      [{ cost: { amount: 10, currency: 'XXX' } }, 'cost.currency'],
      [{ cost: { amount: 10 } }, 'cost.currency'],
      [{ skillIds: ['no-such-skill'] }, 'skillIds.0'],
      [{ skillIds: [skill, skill] }, 'skillIds.1'],
      [{ skillIds: [skill, bobsSkill.id] }, 'skillIds.1'],
      [{ goalId: bobsGoal.id }, 'goalId'],
      [{ goalId: 'no-such-goal' }, 'goalId'],
      [{ goalId: books.id }, 'goalId'],
      [{ goalId: level.id }, 'goalId'],
      [{ goalId: milestone.id }, 'goalId'],
      [{ goalId: countdown.id }, 'goalId'],
      [{ credential: { issuedOn: '2027-01-01' } }, 'credential'],
      [
        { kind: 'certification', credential: { issuedOn: '2027-01-01', expiresOn: '2027-01-01' } },
        'credential.expiresOn',
      ],
      [{ kind: 'certification', credential: { identifier: 'X' } }, 'credential.issuedOn'],
      [
        { kind: 'certification', credential: { issuedOn: '2027-01-01', url: 'mailto:a@b.c' } },
        'credential.url',
      ],
      [{ owner_id: bob.user.id }, 'owner_id'],
    ];
    for (const [change, path] of cases) {
      const res = await post(ann.cookie, { ...base, ...change });
      expect({ change, status: res.status, issues: res.json?.error?.issues }).toMatchObject({ status: 400 });
      expectInvalid(res, path);
    }
    const goalMessage = (await post(ann.cookie, { ...base, goalId: books.id })).json.error.message;
    expect(goalMessage).toBe('goalId: measures “books”, not time; link a goal that adds up hours or minutes');
    expect((await get(ann.cookie, '/api/v1/learning')).json.items).toEqual([]);

    // A change is held to the same rules, with what is stored.
    const made = await create(ann.cookie, {
      ...base,
      startDate: '2027-03-01',
      kind: 'certification',
      credential: { issuedOn: '2027-03-01' },
    });
    expectInvalid(await patch(ann.cookie, made.id, { endDate: '2027-02-28' }), 'endDate');
    expectInvalid(await patch(ann.cookie, made.id, { kind: 'course' }), 'credential');
    expectInvalid(await patch(ann.cookie, made.id, { goalId: books.id }), 'goalId');
    expectInvalid(await patch(ann.cookie, made.id, { skillIds: [bobsSkill.id] }), 'skillIds.0');
    expect((await get(ann.cookie, `/api/v1/learning/${made.id}`)).json).toEqual(made);
  });

  it('answers 404 for another person’s activity, and changes nothing of it', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const made = await create(ann.cookie, { title: 'Ann’s course' });
    const url = `/api/v1/learning/${made.id}`;
    expectError(await get(bob.cookie, url), 404, 'not_found');
    expectError(await patch(bob.cookie, made.id, { title: 'Taken' }), 404, 'not_found');
    expectError(await call(t.app, { method: 'DELETE', url, cookie: bob.cookie }), 404, 'not_found');
    expectError(await get(bob.cookie, `${url}/log`), 404, 'not_found');
    expectError(
      await call(t.app, {
        method: 'POST',
        url: `${url}/log`,
        cookie: bob.cookie,
        body: { date: '2027-05-01', minutes: 30 },
      }),
      404,
      'not_found',
    );
    expect((await get(bob.cookie, '/api/v1/learning')).json.items).toEqual([]);
    expect((await get(ann.cookie, url)).json).toEqual(made);
    // Even a body that breaks every rule finds nothing first.
    expectError(await patch(bob.cookie, made.id, { goalId: 'nope', skillIds: ['nope'] }), 404, 'not_found');
  });

  it('deletes an activity, then answers 404 for it', async () => {
    const { cookie } = await signUp(t.app);
    const made = await create(cookie, {});
    const url = `/api/v1/learning/${made.id}`;
    expect((await call(t.app, { method: 'DELETE', url, cookie })).status).toBe(204);
    expectError(await get(cookie, url), 404, 'not_found');
    expectError(await call(t.app, { method: 'DELETE', url, cookie }), 404, 'not_found');
  });
});
