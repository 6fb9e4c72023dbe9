// The skill and role catalogue through the API: search by name and alias (exact, then prefix, then
// a word inside), paging, and each person's own entries beside the instance's.
import { describe, expect, it } from 'vitest';
import { addCatalogueRole, addCatalogueSkills } from '../../test/catalogue.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('the skill catalogue on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const get = (cookie: string, url: string) => call(t.app, { url, cookie });
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie, ...(body === undefined ? {} : { body }) });
  const names = (items: { name: string }[]) => items.map((s) => s.name);

  describe('skills', () => {
    it('ranks an exact name or alias first, then names starting with the words, then words inside', async () => {
      const { cookie } = await signUp(t.app);
      await addCatalogueSkills(t, [
        { name: 'Zetaform' },
        { name: 'Applied Zeta Analysis', kind: 'soft' },
        { name: 'Bazetax' }, // "zeta" inside a word: no match
        { name: 'Zeta Query' },
        { name: 'Zed Lang', aliases: ['ZETA'] },
        { name: 'Zeta' },
      ]);
      // Exact (name "Zeta", alias "ZETA" of Zed Lang) by name; then prefixes "Zeta Query" and
      // "Zetaform" by name (a space sorts before a letter); then "Applied Zeta Analysis".
      const all = await get(cookie, '/api/v1/skills?q=zeta');
      expect(all.status).toBe(200);
      expect(names(all.json.items)).toEqual([
        'Zed Lang',
        'Zeta',
        'Zeta Query',
        'Zetaform',
        'Applied Zeta Analysis',
      ]);
      expect(all.json.nextCursor).toBeNull();
      // Any case, any spacing.
      expect(names((await get(cookie, '/api/v1/skills?q=%20ZETA%20')).json.items)).toEqual(
        names(all.json.items),
      );
      expect(names((await get(cookie, '/api/v1/skills?q=zeta&kind=soft')).json.items)).toEqual([
        'Applied Zeta Analysis',
      ]);
      // The shape of one skill.
      expect(all.json.items[0]).toEqual({
        id: expect.any(String),
        name: 'Zed Lang',
        kind: 'hard',
        category: null,
        description: '',
        aliases: ['ZETA'],
        source: 'onet',
        hot: false,
      });

      // Two at a time: three pages.
      const first = await get(cookie, '/api/v1/skills?q=zeta&limit=2');
      expect(names(first.json.items)).toEqual(['Zed Lang', 'Zeta']);
      const second = await get(cookie, `/api/v1/skills?q=zeta&limit=2&cursor=${first.json.nextCursor}`);
      expect(names(second.json.items)).toEqual(['Zeta Query', 'Zetaform']);
      const third = await get(cookie, `/api/v1/skills?q=zeta&limit=2&cursor=${second.json.nextCursor}`);
      expect(names(third.json.items)).toEqual(['Applied Zeta Analysis']);
      expect(third.json.nextCursor).toBeNull();
    });

    it('pages the whole catalogue by name, 20 at a time unless asked, each skill once', async () => {
      const { cookie } = await signUp(t.app);
      await addCatalogueSkills(
        t,
        Array.from({ length: 25 }, (_, i) => ({ name: `Paging Skill ${String(25 - i).padStart(2, '0')}` })),
      );
      const first = await get(cookie, '/api/v1/skills');
      expect(first.json.items).toHaveLength(20);
      // Every page after it, 7 at a time, until there is no next cursor.
      const seen: string[] = names(first.json.items);
      for (let cursor = first.json.nextCursor; cursor !== null; ) {
        const page = await get(cookie, `/api/v1/skills?limit=7&cursor=${cursor}`);
        expect(page.json.items.length).toBeLessThanOrEqual(7);
        seen.push(...names(page.json.items));
        cursor = page.json.nextCursor;
      }
      const total = (await t.rows('select id from skills where owner_id is null')).length;
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const lower = seen.map((n) => n.toLowerCase());
      expect(lower).toEqual([...lower].sort());
      expect(seen.filter((n) => n.startsWith('Paging Skill ')).slice(0, 3)).toEqual([
        'Paging Skill 01',
        'Paging Skill 02',
        'Paging Skill 03',
      ]);
    });

    it('refuses a limit outside 1–100, an unknown kind and a cursor it did not give, naming the field', async () => {
      const { cookie } = await signUp(t.app);
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['kind=medium', 'kind'],
        ['cursor=not-a-cursor', 'cursor'],
        ['colour=red', 'colour'],
      ]) {
        const res = await get(cookie, `/api/v1/skills?${query}`);
        expectError(res, 400, 'validation_failed');
        expect(issuePaths(res)).toEqual([field]);
      }
    });

    it('adds a person’s own skill, seen by them alone, and refuses a name already seen', async () => {
      const ann = await signUp(t.app);
      const bob = await signUp(t.app);
      await addCatalogueSkills(t, [{ name: 'Quokka Modelling', aliases: ['QM'] }]);
      const res = await send(ann.cookie, 'POST', '/api/v1/skills', {
        name: 'Quokka Herding',
        kind: 'soft',
        category: 'Animals',
        description: 'Keeping quokkas together.',
        aliases: ['QH', ' qh ', 'Quokka Herding'],
      });
      expect(res.status).toBe(201);
      // Aliases cleaned: each once, not the name itself.
      expect(res.json).toMatchObject({
        name: 'Quokka Herding',
        source: 'custom',
        aliases: ['QH'],
        hot: false,
      });
      const id = res.json.id;
      expect(names((await get(ann.cookie, '/api/v1/skills?q=quokka')).json.items)).toEqual([
        'Quokka Herding',
        'Quokka Modelling',
      ]);
      expect(names((await get(bob.cookie, '/api/v1/skills?q=quokka')).json.items)).toEqual([
        'Quokka Modelling',
      ]);
      expectError(await get(bob.cookie, `/api/v1/skills/${id}`), 404, 'not_found');
      expect((await get(ann.cookie, `/api/v1/skills/${id}`)).json.name).toBe('Quokka Herding');

      // The same name in another case, or a catalogue skill's alias, is taken; another person's own name is not.
      for (const name of ['quokka herding', 'qm', 'QUOKKA MODELLING']) {
        expectError(
          await send(ann.cookie, 'POST', '/api/v1/skills', { name, kind: 'hard' }),
          409,
          'conflict',
        );
      }
      expect(
        (await send(bob.cookie, 'POST', '/api/v1/skills', { name: 'Quokka Herding', kind: 'hard' })).status,
      ).toBe(201);
      expectInvalid(await send(ann.cookie, 'POST', '/api/v1/skills', { name: ' ', kind: 'hard' }), 'name');
      expectInvalid(await send(ann.cookie, 'POST', '/api/v1/skills', { name: 'X', kind: 'firm' }), 'kind');
    });

    it('changes and deletes only the person’s own skills: 403 for the catalogue’s, 404 for another’s', async () => {
      const ann = await signUp(t.app);
      const bob = await signUp(t.app);
      const [catalogue] = await addCatalogueSkills(t, [{ name: 'Wombat Wrangling' }]);
      const own = (await send(ann.cookie, 'POST', '/api/v1/skills', { name: 'Numbat Naming', kind: 'hard' }))
        .json;

      expectError(
        await send(ann.cookie, 'PATCH', `/api/v1/skills/${catalogue}`, { name: 'Mine' }),
        403,
        'forbidden',
      );
      expectError(await send(ann.cookie, 'DELETE', `/api/v1/skills/${catalogue}`), 403, 'forbidden');
      expectError(
        await send(bob.cookie, 'PATCH', `/api/v1/skills/${own.id}`, { name: 'Mine' }),
        404,
        'not_found',
      );
      expectError(await send(bob.cookie, 'DELETE', `/api/v1/skills/${own.id}`), 404, 'not_found');
      // Renaming onto a name in use is 409; keeping its own name is fine.
      expectError(
        await send(ann.cookie, 'PATCH', `/api/v1/skills/${own.id}`, { name: 'wombat wrangling' }),
        409,
        'conflict',
      );
      const changed = await send(ann.cookie, 'PATCH', `/api/v1/skills/${own.id}`, {
        name: 'Numbat Naming',
        aliases: ['NN'],
        kind: 'soft',
      });
      expect(changed.status).toBe(200);
      expect(changed.json).toMatchObject({ name: 'Numbat Naming', aliases: ['NN'], kind: 'soft' });
      expect(names((await get(ann.cookie, '/api/v1/skills?q=nn')).json.items)).toEqual(['Numbat Naming']);

      expect((await send(ann.cookie, 'DELETE', `/api/v1/skills/${own.id}`)).status).toBe(204);
      expectError(await get(ann.cookie, `/api/v1/skills/${own.id}`), 404, 'not_found');
      expect(await t.rows('select id from skills where id = ?', [catalogue])).toHaveLength(1);
    });
  });

  describe('roles', () => {
    it('searches titles and aliases, filters by source, and lists each with how many skills it requires', async () => {
      const { cookie } = await signUp(t.app);
      const [a, b] = await addCatalogueSkills(t, [{ name: 'Kelp Farming' }, { name: 'Tide Reading' }]);
      await addCatalogueRole(t, {
        title: 'Kelp Farmer',
        aliases: ['Seaweed Grower'],
        code: '45-2099.01',
        requirements: [
          { skillId: a!, level: 4, importance: 5 },
          { skillId: b!, level: 2, importance: 3 },
        ],
      });
      await addCatalogueRole(t, {
        title: 'Seaweed Scientist',
        source: 'esco',
        code: 'http://example.org/seaweed',
      });
      const found = await get(cookie, '/api/v1/roles?q=seaweed');
      expect(found.json.items.map((r: { title: string }) => r.title)).toEqual([
        'Kelp Farmer',
        'Seaweed Scientist',
      ]);
      expect(found.json.items[0]).toEqual({
        id: expect.any(String),
        title: 'Kelp Farmer',
        description: '',
        source: 'onet',
        code: '45-2099.01',
        aliases: ['Seaweed Grower'],
        requirementCount: 2,
      });
      const esco = await get(cookie, '/api/v1/roles?q=seaweed&source=esco');
      expect(esco.json.items.map((r: { title: string }) => r.title)).toEqual(['Seaweed Scientist']);
      expectInvalid(await get(cookie, '/api/v1/roles?source=linkedin'), 'source');
    });

    it('shows a role with its requirements, most important first, and its technologies, hot first', async () => {
      const { cookie } = await signUp(t.app);
      const [a, b, c, d] = await addCatalogueSkills(t, [
        { name: 'Anchor Tying' },
        { name: 'Buoy Painting' },
        { name: 'Crab Counting' },
        { name: 'Dredge Tool', hot: true },
      ]);
      const id = await addCatalogueRole(t, {
        title: 'Harbour Hand',
        requirements: [
          { skillId: a!, level: 2, importance: 3 },
          { skillId: b!, level: 3, importance: 5 },
          { skillId: c!, level: 4, importance: 3 },
        ],
        technologies: [
          { skillId: a!, hot: false },
          { skillId: d!, hot: true },
        ],
      });
      const role = (await get(cookie, `/api/v1/roles/${id}`)).json;
      // Importance 5 first; of the two at 3, the higher level (4) first.
      expect(
        role.requirements.map((r: { skill: { name: string }; level: number; importance: number }) => [
          r.skill.name,
          r.level,
          r.importance,
        ]),
      ).toEqual([
        ['Buoy Painting', 3, 5],
        ['Crab Counting', 4, 3],
        ['Anchor Tying', 2, 3],
      ]);
      expect(
        role.technologies.map((x: { skill: { name: string }; hot: boolean }) => [x.skill.name, x.hot]),
      ).toEqual([
        ['Dredge Tool', true],
        ['Anchor Tying', false],
      ]);
      expect(role.requirements[0].skill).toEqual({
        id: b,
        name: 'Buoy Painting',
        kind: 'hard',
        category: null,
      });
      expectError(await get(cookie, '/api/v1/roles/no-such-role'), 404, 'not_found');
    });

    it('adds a person’s own role from catalogue skills and their own, and checks each skill', async () => {
      const ann = await signUp(t.app);
      const bob = await signUp(t.app);
      const [kelp] = await addCatalogueSkills(t, [{ name: 'Kelp Pressing' }]);
      const annOwn = (await send(ann.cookie, 'POST', '/api/v1/skills', { name: 'Ann Craft', kind: 'hard' }))
        .json;
      const bobOwn = (await send(bob.cookie, 'POST', '/api/v1/skills', { name: 'Bob Craft', kind: 'hard' }))
        .json;
      const body = {
        title: 'Senior Kelp Presser',
        description: 'From the posting on the harbour board.',
        requirements: [
          { skillId: kelp, level: 4, importance: 4 },
          { skillId: annOwn.id, level: 3, importance: 2 },
        ],
      };
      const res = await send(ann.cookie, 'POST', '/api/v1/roles', body);
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        title: 'Senior Kelp Presser',
        source: 'custom',
        code: null,
        requirementCount: 2,
      });
      expect(res.json.requirements.map((r: { skill: { id: string } }) => r.skill.id)).toEqual([
        kelp,
        annOwn.id,
      ]);
      // Bob sees neither the role nor may he use Ann's skill.
      expectError(await get(bob.cookie, `/api/v1/roles/${res.json.id}`), 404, 'not_found');
      expectInvalid(
        await send(bob.cookie, 'POST', '/api/v1/roles', { ...body, requirements: [body.requirements[1]] }),
        'requirements.0.skillId',
      );
      expectInvalid(
        await send(ann.cookie, 'POST', '/api/v1/roles', {
          ...body,
          requirements: [body.requirements[0], { skillId: bobOwn.id, level: 1, importance: 1 }],
        }),
        'requirements.1.skillId',
      );
      const twice = await send(ann.cookie, 'POST', '/api/v1/roles', {
        ...body,
        requirements: [body.requirements[0], { ...body.requirements[0], level: 2 }],
      });
      expectInvalid(twice, 'requirements.1.skillId');
      const outOfRange = await send(ann.cookie, 'POST', '/api/v1/roles', {
        ...body,
        requirements: [{ skillId: kelp, level: 6, importance: 0 }],
      });
      expectError(outOfRange, 400, 'validation_failed');
      expect(issuePaths(outOfRange).sort()).toEqual(['requirements.0.importance', 'requirements.0.level']);

      // Changing its requirements replaces them; the catalogue's roles are not the person's to change.
      const changed = await send(ann.cookie, 'PATCH', `/api/v1/roles/${res.json.id}`, {
        requirements: [{ skillId: kelp, level: 5, importance: 5 }],
      });
      expect(changed.json.requirements.map((r: { level: number }) => r.level)).toEqual([5]);
      const catalogueRole = await addCatalogueRole(t, { title: 'Kelp Inspector' });
      expectError(
        await send(ann.cookie, 'PATCH', `/api/v1/roles/${catalogueRole}`, { title: 'x' }),
        403,
        'forbidden',
      );
      expectError(await send(bob.cookie, 'DELETE', `/api/v1/roles/${res.json.id}`), 404, 'not_found');
      expect((await send(ann.cookie, 'DELETE', `/api/v1/roles/${res.json.id}`)).status).toBe(204);
      expect(await t.rows('select * from role_requirements where role_id = ?', [res.json.id])).toEqual([]);
    });
  });
});
