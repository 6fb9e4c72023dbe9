// What one app server keeps of a person's goals is never served after a change made on another:
// the data version lives in the database, raised by every change under the person's lock.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCheckIn, createGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, manualClock, signUp, useTestApp } from '../../test/harness.ts';
import { buildApp } from '../app.ts';

describe.each(DIALECTS)('kept goal lists on %s', (dialect) => {
  const clock = manualClock(NOON_2027_05_15);
  const t = useTestApp(dialect, { clock });
  let other: FastifyInstance;
  beforeAll(async () => {
    // A second app server on the same database.
    other = await buildApp({ ...t.config, webRoot: null }, { clock });
  });
  afterAll(() => other.close());

  const current = async (app: FastifyInstance, cookie: string, id: string) => {
    const { items } = bodyOf(await call(app, { url: '/api/v1/goals', cookie }), 200, 'list');
    return items.find((g: { id: string }) => g.id === id).progress.current;
  };

  it('shows a check-in made on another app server at once', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 100) });
    expect(await current(t.app, cookie, goal.id)).toBe(0); // now kept by this server
    await addCheckIn(other, cookie, goal.id, '2027-05-01', 7);
    expect(await current(t.app, cookie, goal.id)).toBe(7);
    // And a deletion there too.
    const { items } = bodyOf(
      await call(other, { url: `/api/v1/goals/${goal.id}/check-ins`, cookie }),
      200,
      'check-ins',
    );
    await call(other, { method: 'DELETE', url: `/api/v1/check-ins/${items[0].id}`, cookie });
    expect(await current(t.app, cookie, goal.id)).toBe(0);
  });

  it('shows every kind of change made on another app server, in the trees it touched', async () => {
    const { cookie } = await signUp(t.app);
    const a = await createGoal(t.app, cookie, { title: 'A', ...YEAR_2027, metric: sumMetric('h', 100) });
    const b = await createGoal(t.app, cookie, { title: 'B', ...YEAR_2027, metric: sumMetric('h', 100) });
    const slice = await createGoal(t.app, cookie, {
      title: 'Slice',
      parentId: a.id,
      ...YEAR_2027,
      metric: sumMetric('h', 50),
    });
    const checkIn = await addCheckIn(t.app, cookie, slice.id, '2027-05-01', 5);
    const view = async () => {
      const { items } = bodyOf(await call(t.app, { url: '/api/v1/goals', cookie }), 200, 'list');
      const of = (id: string) => items.find((g: { id: string }) => g.id === id);
      return { a: of(a.id)?.progress.current, b: of(b.id)?.progress.current, slices: items.length - 2 };
    };
    expect(await view()).toEqual({ a: 5, b: 0, slices: 1 }); // kept from here on

    const patch = (url: string, body: object) => call(other, { method: 'PATCH', url, cookie, body });
    expect((await patch(`/api/v1/check-ins/${checkIn.id}`, { value: 8 })).status).toBe(200);
    expect(await view()).toEqual({ a: 8, b: 0, slices: 1 });
    expect((await patch(`/api/v1/goals/${slice.id}`, { parentId: b.id })).status).toBe(200);
    expect(await view()).toEqual({ a: 0, b: 8, slices: 1 });
    expect((await call(other, { method: 'DELETE', url: `/api/v1/goals/${slice.id}`, cookie })).status).toBe(
      204,
    );
    expect(await view()).toEqual({ a: 0, b: 0, slices: 0 });
    const made = await call(other, {
      method: 'POST',
      url: `/api/v1/goals/${a.id}/breakdown`,
      cookie,
      body: { period: 'half' },
    });
    expect(made.status).toBe(201);
    expect(await view()).toEqual({ a: 0, b: 0, slices: 2 });
  });

  it('measures again when the person’s day changes, with nothing else changed', async () => {
    const { cookie } = await signUp(t.app);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 365) });
    await addCheckIn(t.app, cookie, goal.id, '2027-05-01', 100);
    const asOf = async () =>
      bodyOf(await call(t.app, { url: '/api/v1/goals', cookie }), 200, 'list').items.find(
        (g: { id: string }) => g.id === goal.id,
      ).progress.asOf;
    expect(await asOf()).toBe('2027-05-15');
    clock.advance(24 * 60 * 60 * 1000);
    expect(await asOf()).toBe('2027-05-16');
  });
});
