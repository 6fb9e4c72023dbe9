// The access module on real databases: an owner scope confines every table a query names (joins and
// subqueries too), a view shows another person's rows only as their visibility allows, and every
// table a migration creates is declared with its rule.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../../test/catalogue.ts';
import { addCheckIn, createGoal, NOON_2027_05_15, sumMetric, YEAR_2027 } from '../../../test/factories.ts';
import { call, createToken, DIALECTS, signUp, useTestApp } from '../../../test/harness.ts';
import { allTableRules } from '../../features.ts';
import { fixedClock } from '../clock.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { type Access, createAccess, type RelationshipSource } from './access.ts';
import type { Tie } from './rules.ts';

describe.each(DIALECTS)('access on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  let database: Database;
  let access: Access;
  // Who is whose mentor or colleague, as a mentoring or teams feature would report it.
  const ties = new Map<string, Tie[]>();
  const source: RelationshipSource = async (_instance, viewer, owner) => ties.get(`${viewer}→${owner}`) ?? [];
  const people: Record<'ann' | 'bob' | 'cy', { id: string; cookie: string }> = {} as never;
  const goals: Record<string, string> = {};

  beforeAll(async () => {
    database = openDatabase(t.config.database);
    access = createAccess(database.db, allTableRules(), [source]);
    for (const name of ['ann', 'bob', 'cy'] as const) {
      const { cookie, user } = await signUp(t.app);
      people[name] = { id: user.id, cookie };
    }
    for (const visibility of ['private', 'mentors', 'managers', 'organization']) {
      const goal = await createGoal(t.app, people.ann.cookie, {
        title: `Ann's ${visibility} goal`,
        ...YEAR_2027,
        metric: sumMetric('h', 10),
        visibility,
      });
      goals[visibility] = goal.id;
      await addCheckIn(t.app, people.ann.cookie, goal.id, '2027-02-01', 1);
    }
    const bobs = await createGoal(t.app, people.bob.cookie, {
      title: "Bob's goal",
      ...YEAR_2027,
      metric: sumMetric('h', 5),
    });
    await addCheckIn(t.app, people.bob.cookie, bobs.id, '2027-02-01', 2);
    await createToken(t.app, people.ann.cookie);
    ties.set(`${people.bob.id}→${people.ann.id}`, [{ relationship: 'mentor' }]);
    ties.set(`${people.cy.id}→${people.ann.id}`, [{ relationship: 'colleague', topics: ['skills'] }]);
  });
  afterAll(() => database.close());

  it('confines a join to the owner on both sides, whatever the join condition', async () => {
    // Joined on a date, not on the goal: every person's check-ins of 2027-02-01 would match.
    const rows = await access
      .scopeFor(people.bob)
      .selectFrom('goals')
      .innerJoin('check_ins', 'check_ins.date', 'check_ins.date')
      .select(['goals.title', 'check_ins.value'])
      .execute();
    expect(rows).toEqual([{ title: "Bob's goal", value: 2 }]);
  });

  it('confines subqueries and left joins too', async () => {
    const scope = access.scopeFor(people.bob);
    const viaSubquery = await scope
      .selectFrom('goals')
      .select('title')
      .where('id', 'in', (eb) => eb.selectFrom('check_ins').select('goal_id'))
      .execute();
    expect(viaSubquery).toEqual([{ title: "Bob's goal" }]);
    const leftJoined = await scope
      .selectFrom('goals')
      .leftJoin('check_ins', (join) => join.on(sql<boolean>`1 = 1`))
      .select(['goals.title', 'check_ins.value'])
      .execute();
    expect(leftJoined).toEqual([{ title: "Bob's goal", value: 2 }]);
    // A condition of the query's own with an OR cannot swallow the owner's.
    const either = await scope
      .selectFrom('goals')
      .select('title')
      .where((eb) => eb.or([eb('title', '=', "Bob's goal"), eb('id', '=', goals.private!)]))
      .execute();
    expect(either).toEqual([{ title: "Bob's goal" }]);
  });

  it('changes and deletes nothing of another person, and never changes an owner', async () => {
    const scope = access.scopeFor(people.bob);
    const updated = await scope
      .updateTable('goals')
      .set({ title: 'Taken' })
      .where('id', '=', goals.private!)
      .executeTakeFirst();
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const deleted = await scope.deleteFrom('check_ins').executeTakeFirst();
    expect(Number(deleted.numDeletedRows)).toBe(1); // Bob's own, only
    await expect(
      scope
        .updateTable('goals')
        .set({ owner_id: people.bob.id } as never)
        .execute(),
    ).rejects.toThrow('A row never changes owner.');
    expect((await t.rows('select title from goals where id = ?', [goals.private])).at(0)).toEqual({
      title: "Ann's private goal",
    });
  });

  it('shows a stranger nothing, and oneself everything', async () => {
    expect(await access.viewFor({ id: 'someone-else' }, people.ann.id)).toBeNull();
    const own = await access.viewFor(people.ann, people.ann.id);
    expect((await own!.selectFrom('goals').select('id').execute()).length).toBe(4);
    expect((await own!.selectFrom('api_tokens').select('id').execute()).length).toBe(1);
  });

  it('shows a mentor the goals shared with mentors and the organization, with their check-ins, and no secrets', async () => {
    const view = (await access.viewFor(people.bob, people.ann.id))!;
    const titles = await view.selectFrom('goals').select('title').execute();
    expect(titles.map((g) => g.title).sort()).toEqual(["Ann's mentors goal", "Ann's organization goal"]);
    const checkIns = await view.selectFrom('check_ins').select('goal_id').execute();
    expect(new Set(checkIns.map((c) => c.goal_id))).toEqual(new Set([goals.mentors, goals.organization]));
    expect(await view.selectFrom('api_tokens').select('id').execute()).toEqual([]);
    expect(await view.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('shows a colleague what is shared with the organization', async () => {
    const view = (await access.viewFor(people.cy, people.ann.id))!;
    const titles = await view.selectFrom('goals').select('title').execute();
    expect(titles).toEqual([{ title: "Ann's organization goal" }]);
  });

  it('shows a whole topic only along a tie that shares it', async () => {
    const [skill] = await addCatalogueSkills(t, [{ name: 'Topic Access Skill' }]);
    const assessed = await call(t.app, {
      method: 'POST',
      url: `/api/v1/skills/${skill}/assessments`,
      cookie: people.ann.cookie,
      body: { level: 3, source: 'self' },
    });
    expect(assessed.status).toBe(201);
    const levels = async (viewer: { id: string }) =>
      (await access.viewFor(viewer, people.ann.id))!
        .selectFrom('assessments')
        .select('level')
        .where('skill_id', '=', skill!)
        .execute();
    // Cy's tie shares Ann's skills; Bob's, a mentor's, shares her goals but not her skills.
    expect(await levels(people.cy)).toEqual([{ level: 3 }]);
    expect(await levels(people.bob)).toEqual([]);
  });

  it('shows a catalogue’s instance entries to everyone and a person’s own entries to them alone', async () => {
    const [shared] = await addCatalogueSkills(t, [{ name: 'Shared Access Skill' }]);
    const own = async (cookie: string, name: string) =>
      (await call(t.app, { method: 'POST', url: '/api/v1/skills', cookie, body: { name, kind: 'hard' } }))
        .json.id as string;
    const annOwn = await own(people.ann.cookie, 'Ann Access Skill');
    const bobOwn = await own(people.bob.cookie, 'Bob Access Skill');
    const ids = async (rows: Promise<{ id: string }[]>) => new Set((await rows).map((r) => r.id));
    const probe = [shared!, annOwn, bobOwn];

    const ann = access.scopeFor(people.ann);
    expect(await ids(ann.selectFrom('skills').select('id').where('id', 'in', probe).execute())).toEqual(
      new Set([shared, annOwn]),
    );
    // Joined or in a subquery, the same rows.
    const joined = await ann
      .selectFrom('skills')
      .leftJoin('assessments', 'assessments.skill_id', 'skills.id')
      .select('skills.id')
      .where('skills.id', 'in', probe)
      .execute();
    expect(new Set(joined.map((r) => r.id))).toEqual(new Set([shared, annOwn]));

    // Written: only her own. The instance's entry and Bob's are not hers to change or delete.
    const changed = await ann
      .updateTable('skills')
      .set({ description: 'mine' })
      .where('id', 'in', probe)
      .executeTakeFirst();
    expect(Number(changed.numUpdatedRows)).toBe(1);
    const deleted = await ann.deleteFrom('skills').where('id', 'in', [shared!, bobOwn]).executeTakeFirst();
    expect(Number(deleted.numDeletedRows)).toBe(0);

    // The instance reaches its own entries only: never a person's.
    const instance = access.instance.catalogue;
    expect(await ids(instance.selectFrom('skills').select('id').where('id', 'in', probe).execute())).toEqual(
      new Set([shared]),
    );
    const touched = await instance
      .updateTable('skills')
      .set({ description: 'x' })
      .where('id', 'in', probe)
      .executeTakeFirst();
    expect(Number(touched.numUpdatedRows)).toBe(1);

    // A mentor's view of Ann: the instance's entries and Ann's own, never the mentor's own.
    const view = (await access.viewFor(people.bob, people.ann.id))!;
    expect(await ids(view.selectFrom('skills').select('id').where('id', 'in', probe).execute())).toEqual(
      new Set([shared, annOwn]),
    );
    expect((await t.rows('select description from skills where id = ?', [annOwn]))[0]).toEqual({
      description: 'mine',
    });
  });

  it('knows every table the migrations created, with an owner column exactly where it is owned or a catalogue', async () => {
    const columns =
      dialect === 'sqlite'
        ? await t.rows<{ table_name: string; column_name: string }>(
            `select m.name as table_name, p.name as column_name from sqlite_master m, pragma_table_info(m.name) p
             where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like 'kysely_%'`,
          )
        : await t.rows<{ table_name: string; column_name: string }>(
            `select table_name, column_name from information_schema.columns
             where table_schema = 'public' and table_name not like 'kysely_%'`,
          );
    const tables = [...new Set(columns.map((c) => c.table_name))].sort();
    const rules = allTableRules();
    expect(Object.keys(rules).sort()).toEqual(tables);
    for (const table of tables) {
      const hasOwner = columns.some((c) => c.table_name === table && c.column_name === 'owner_id');
      const kind = rules[table]?.kind;
      expect({ table, owned: kind === 'owned' || kind === 'catalogue' }).toEqual({ table, owned: hasOwner });
    }
  });
});
