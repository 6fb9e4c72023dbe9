// The skills a goal develops: set on create and update, checked against what the person can see,
// and a filter of the list.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createGoal, NOON_2027_05_15 } from '../../test/factories.ts';
import { call, DIALECTS, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('the skills of goals on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  it('keeps the skills a goal develops, in the order given, and finds goals by skill', async () => {
    const { cookie } = await signUp(t.app);
    const [kotlin, gradle] = await addCatalogueSkills(t, [
      { name: 'Kotlin Coroutines' },
      { name: 'Gradle Builds' },
    ]);
    const own = (
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie,
        body: { name: 'My Own Craft', kind: 'soft' },
      })
    ).json;
    const goal = await createGoal(t.app, cookie, {
      title: 'Ship an Android app',
      skillIds: [gradle, own.id, kotlin],
    });
    expect(goal.skillIds).toEqual([gradle, own.id, kotlin]);
    const plain = await createGoal(t.app, cookie, { title: 'Read more' });
    expect(plain.skillIds).toEqual([]);

    const changed = await call(t.app, {
      method: 'PATCH',
      url: `/api/v1/goals/${goal.id}`,
      cookie,
      body: { skillIds: [kotlin] },
    });
    expect(changed.json.skillIds).toEqual([kotlin]);
    // Other changes leave them alone.
    const renamed = await call(t.app, {
      method: 'PATCH',
      url: `/api/v1/goals/${goal.id}`,
      cookie,
      body: { title: 'Ship it' },
    });
    expect(renamed.json.skillIds).toEqual([kotlin]);
    const found = await call(t.app, { url: `/api/v1/goals?skillId=${kotlin}`, cookie });
    expect(found.json.items.map((g: { id: string }) => g.id)).toEqual([goal.id]);
    expect((await call(t.app, { url: `/api/v1/goals?skillId=${gradle}`, cookie })).json.items).toEqual([]);
  });

  it('refuses a skill listed twice, an unknown one, or another person’s own, and saves nothing', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const [scala] = await addCatalogueSkills(t, [{ name: 'Scala Actors' }]);
    const bobs = (
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/skills',
        cookie: bob.cookie,
        body: { name: 'Bob Craft Two', kind: 'hard' },
      })
    ).json;
    const post = (skillIds: unknown) =>
      call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        cookie: ann.cookie,
        body: { title: 'Learn Scala', skillIds },
      });
    expectInvalid(await post([scala, scala]), 'skillIds.1');
    expectInvalid(await post([scala, 'no-such-skill']), 'skillIds.1');
    expectInvalid(await post([bobs.id]), 'skillIds.0');
    expectInvalid(await post(Array.from({ length: 21 }, (_, i) => `s${i}`)), 'skillIds');
    expect((await call(t.app, { url: '/api/v1/goals', cookie: ann.cookie })).json.items).toEqual([]);
  });
});
