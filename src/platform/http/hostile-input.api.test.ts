// Input that PostgreSQL cannot store, or that the router cannot decode, answers a 400 at the field
// in the one error shape, on both databases, and writes nothing.
import { describe, expect, it } from 'vitest';
import { createGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../../test/factories.ts';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  useSignedIn,
  useTestApp,
} from '../../../test/harness.ts';
import { fixedClock } from '../clock.ts';

const NUL = '\u0000';

describe.each(DIALECTS)('hostile input on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const person = useSignedIn(t);

  const goalCount = async () => (await t.rows('select id from goals')).length;

  it.each([
    ['the title', { title: `Learn${NUL}Rust` }, 'title'],
    ['the why', { title: 'Learn Rust', why: `because${NUL}` }, 'why'],
    ['the metric unit', { title: 'Learn Rust', metric: sumMetric(`h${NUL}`, 10) }, 'metric.unit'],
    ['a field name', { title: 'Learn Rust', [`ti${NUL}tle`]: 'x' }, `ti${NUL}tle`],
  ])('refuses a NUL character in %s and creates nothing', async (_, body, path) => {
    const before = await goalCount();
    const res = await call(t.app, { method: 'POST', url: '/api/v1/goals', cookie: person.cookie, body });
    expectError(res, 400, 'validation_failed');
    expect(issuePaths(res)).toContain(path);
    expect(await goalCount()).toBe(before);
  });

  it('refuses a NUL character in a check-in note and in a sign-in e-mail', async () => {
    const goal = await createGoal(t.app, person.cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    const checkIn = await call(t.app, {
      method: 'POST',
      url: `/api/v1/goals/${goal.id}/check-ins`,
      cookie: person.cookie,
      body: { date: '2027-05-01', value: 2, note: `read${NUL}` },
    });
    expectInvalid(checkIn, 'note');
    expect(await t.rows('select id from check_ins where goal_id = ?', [goal.id])).toEqual([]);

    const login = await call(t.app, {
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: `a${NUL}@example.com`, password: 'whatever it is' },
    });
    expectError(login, 400, 'validation_failed');
  });

  it('refuses a NUL character in a path parameter and in a query parameter', async () => {
    expectInvalid(await call(t.app, { url: '/api/v1/goals/%00', cookie: person.cookie }), 'id');
    expectInvalid(await call(t.app, { url: '/api/v1/goals?state=%00', cookie: person.cookie }), 'state');
  });

  it.each([
    ['startDate', { startDate: '0000-06-01' }],
    ['dueDate', { startDate: '0001-01-01', dueDate: '0000-12-31' }],
  ])('refuses the year 0000 in %s: dates run from 0001-01-01 to 9999-12-31', async (path, dates) => {
    const before = await goalCount();
    const res = await call(t.app, {
      method: 'POST',
      url: '/api/v1/goals',
      cookie: person.cookie,
      body: { title: 'Learn Rust', ...dates },
    });
    expectInvalid(res, path);
    expect(res.json.error.issues[0].message).toBe('must be between 0001-01-01 and 9999-12-31');
    expect(await goalCount()).toBe(before);
  });

  it('accepts the first and the last date there are', async () => {
    const goal = await createGoal(t.app, person.cookie, { startDate: '0001-01-01', dueDate: '9999-12-31' });
    expect(goal).toMatchObject({ startDate: '0001-01-01', dueDate: '9999-12-31' });
  });

  it('answers malformed percent-encoding in the path in the error shape', async () => {
    for (const url of ['/api/v1/goals/%ff', '/api/v1/goals/%', '/api/v1/goals/%zz/progress']) {
      const res = await call(t.app, { url, cookie: person.cookie });
      expectInvalid(res, 'url');
    }
  });

  it('answers a path parameter longer than any id as not found', async () => {
    const res = await call(t.app, { url: `/api/v1/goals/${'x'.repeat(500)}`, cookie: person.cookie });
    expectError(res, 404, 'not_found');
  });
});
