// The built-in catalogue on real databases: the migration seeds it, a second run changes nothing,
// a changed release is written in place (renames too), and a skill another source added first is
// reused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestApp } from '../../../test/harness.ts';
import { type Database, openDatabase } from '../../platform/db/database.ts';
import { BUILTIN_ROLES } from './builtin-roles.ts';
import { BUILTIN_SKILLS } from './builtin-skills.ts';
import { type SeedSummary, seedBuiltinCatalogue } from './seed.ts';

const LATER = '2031-01-02T03:04:05.000Z';
const REQUIREMENTS = BUILTIN_ROLES.reduce((n, r) => n + r.requirements.length, 0);
const TECHNOLOGIES = BUILTIN_ROLES.reduce((n, r) => n + r.technologies.length, 0);
const NOTHING: SeedSummary = {
  skills: { added: 0, updated: 0 },
  roles: { added: 0, updated: 0 },
  requirements: { added: 0, updated: 0, removed: 0 },
  technologies: { added: 0, updated: 0, removed: 0 },
};

describe.each(DIALECTS)('the built-in catalogue on %s', (dialect) => {
  const t = useTestApp(dialect);
  let database: Database;

  beforeAll(() => {
    database = openDatabase(t.config.database);
  });
  afterAll(() => database.close());

  const count = async (rowsOf: string) =>
    Number((await t.rows<{ n: unknown }>(`select count(*) as n from ${rowsOf}`))[0]!.n);
  const counts = async () => ({
    skills: await count(`skills where source = 'builtin' and owner_id is null`),
    roles: await count(`roles where source = 'builtin' and owner_id is null and code is null`),
    requirements: await count('role_requirements where owner_id is null'),
    technologies: await count('role_technologies where owner_id is null'),
  });
  /** Every catalogue row, to compare before and after a run. */
  const snapshot = async () => ({
    skills: await t.rows('select * from skills order by id'),
    roles: await t.rows('select * from roles order by id'),
    requirements: await t.rows('select * from role_requirements order by role_id, skill_id'),
    technologies: await t.rows('select * from role_technologies order by role_id, skill_id'),
  });
  const skillId = async (key: string) =>
    (await t.rows<{ id: string }>('select id from skills where builtin_key = ?', [key]))[0]!.id;
  const roleId = async (key: string) =>
    (await t.rows<{ id: string }>('select id from roles where builtin_key = ?', [key]))[0]!.id;

  it('holds exactly the built-in skills, roles, requirements and technologies after migration', async () => {
    expect(await counts()).toEqual({
      skills: BUILTIN_SKILLS.length,
      roles: BUILTIN_ROLES.length,
      requirements: REQUIREMENTS,
      technologies: TECHNOLOGIES,
    });
    const keys = await t.rows<{ builtin_key: string }>(
      'select builtin_key from skills where builtin_key is not null',
    );
    expect(keys.map((k) => k.builtin_key).sort()).toEqual(BUILTIN_SKILLS.map((s) => s.key).sort());
    const [javascript] = await t.rows(
      'select name, name_key, kind, aliases, search, hot, code from skills where builtin_key = ?',
      ['javascript'],
    );
    expect(javascript).toEqual({
      name: 'JavaScript',
      name_key: 'javascript',
      kind: 'hard',
      aliases: '["JS"]',
      search: 'javascript\njs',
      hot: 0,
      code: null,
    });
    const [devops] = await t.rows<{ n: unknown }>(
      `select count(*) as n from role_technologies where role_id = ? and hot = 1`,
      [await roleId('devops-engineer')],
    );
    expect(Number(devops!.n)).toBe(
      BUILTIN_ROLES.find((r) => r.key === 'devops-engineer')!.technologies.filter((x) => x.hot).length,
    );
  });

  it('changes nothing when run again, and keeps every id', async () => {
    const before = await snapshot();
    expect(await seedBuiltinCatalogue(database.db, LATER)).toEqual(NOTHING);
    expect(await snapshot()).toEqual(before);
  });

  it('writes a changed release in place: descriptions, requirements and technologies', async () => {
    // The database as an older release left it.
    const python = await skillId('python');
    const engineer = await roleId('software-engineer');
    await t.execute(`update skills set description = 'Old words.' where id = ?`, [python]);
    await t.execute(`update roles set description = 'Old words.' where id = ?`, [engineer]);
    await t.execute('update role_requirements set level = 1 where role_id = ? and skill_id = ?', [
      engineer,
      await skillId('sql'),
    ]);
    await t.execute('delete from role_requirements where role_id = ? and skill_id = ?', [
      engineer,
      await skillId('git'),
    ]);
    // A requirement the release does not list.
    await t.execute(
      'insert into role_requirements (owner_id, role_id, skill_id, level, importance) values (null, ?, ?, 2, 2)',
      [engineer, python],
    );
    await t.execute('update role_technologies set hot = 0 where role_id = ? and skill_id = ?', [
      engineer,
      await skillId('docker'),
    ]);
    const before = await counts();

    expect(await seedBuiltinCatalogue(database.db, LATER)).toEqual({
      ...NOTHING,
      skills: { added: 0, updated: 1 },
      roles: { added: 0, updated: 1 },
      requirements: { added: 1, updated: 1, removed: 1 },
      technologies: { added: 0, updated: 1, removed: 0 },
    });
    expect(await counts()).toEqual(before);
    const [skill] = await t.rows<{ id: string; description: string; updated_at: unknown }>(
      'select id, description, updated_at from skills where builtin_key = ?',
      ['python'],
    );
    expect(skill!.id).toBe(python);
    expect(skill!.description).toBe(BUILTIN_SKILLS.find((s) => s.key === 'python')!.description);
    expect(new Date(skill!.updated_at as string).toISOString()).toBe(LATER);
    const requirements = await t.rows<{ skill_id: string; level: number }>(
      'select skill_id, level from role_requirements where role_id = ?',
      [engineer],
    );
    const wanted = BUILTIN_ROLES.find((r) => r.key === 'software-engineer')!.requirements;
    expect(requirements.length).toBe(wanted.length);
    expect(requirements.find((r) => r.skill_id === python)).toBeUndefined();
    expect(await seedBuiltinCatalogue(database.db, LATER)).toEqual(NOTHING);
  });

  it('follows a renamed skill by its key, unless another catalogue skill holds the new name', async () => {
    // An older release called them "Rust lang" and "Go language"; an import has taken the name "Go".
    const rust = await skillId('rust');
    const go = await skillId('go');
    await t.execute(`update skills set name = 'Rust lang', name_key = 'rust lang' where id = ?`, [rust]);
    await t.execute(`update skills set name = 'Go language', name_key = 'go language' where id = ?`, [go]);
    await t.execute(
      `insert into skills (id, owner_id, name, name_key, kind, description, aliases, search, source, hot, created_at, updated_at)
       values ('esco-go', null, 'Go', 'go', 'hard', '', '[]', 'go', 'esco', 0, ?, ?)`,
      [LATER, LATER],
    );

    expect((await seedBuiltinCatalogue(database.db, LATER)).skills).toEqual({ added: 0, updated: 2 });
    const names = await t.rows('select id, name, source from skills where id in (?, ?, ?) order by name', [
      rust,
      go,
      'esco-go',
    ]);
    expect(names).toEqual([
      { id: 'esco-go', name: 'Go', source: 'esco' },
      { id: go, name: 'Go language', source: 'builtin' },
      { id: rust, name: 'Rust', source: 'builtin' },
    ]);
    expect(await seedBuiltinCatalogue(database.db, LATER)).toEqual(NOTHING);
    await t.execute(`delete from skills where id = 'esco-go'`);
    expect((await seedBuiltinCatalogue(database.db, LATER)).skills).toEqual({ added: 0, updated: 1 });
    expect(await t.rows('select name from skills where id = ?', [go])).toEqual([{ name: 'Go' }]);
  });

  it('reuses a catalogue skill of the same name that another source added first', async () => {
    // An import that ran before the seed: Kubernetes from O*NET, without the built-in's aliases.
    await database.db.deleteFrom('skills').where('name_key', '=', 'kubernetes').execute();
    await database.db
      .insertInto('skills')
      .values({
        id: 'onet-kubernetes',
        owner_id: null,
        name: 'Kubernetes',
        name_key: 'kubernetes',
        kind: 'hard',
        category: null,
        description: '',
        aliases: '["Kubernetes Engine"]',
        search: 'kubernetes\nkubernetes engine',
        source: 'onet',
        code: '43232408-kubernetes',
        hot: 1,
        created_at: LATER,
        updated_at: LATER,
      })
      .execute();

    const summary = await seedBuiltinCatalogue(database.db, LATER);
    expect(summary.skills).toEqual({ added: 0, updated: 1 });
    const uses = BUILTIN_ROLES.filter((r) => r.requirements.some((q) => q.skill === 'kubernetes')).length;
    expect(summary.requirements.added).toBe(uses);

    const rows = await t.rows(
      'select id, source, code, builtin_key, aliases, search, category from skills where name_key = ?',
      ['kubernetes'],
    );
    expect(rows).toEqual([
      {
        id: 'onet-kubernetes',
        source: 'onet',
        code: '43232408-kubernetes',
        builtin_key: 'kubernetes',
        aliases: '["Kubernetes Engine","k8s"]',
        search: 'kubernetes\nkubernetes engine\nk8s',
        category: 'Cloud and infrastructure',
      },
    ]);
    const [described] = await t.rows<{ description: string }>('select description from skills where id = ?', [
      'onet-kubernetes',
    ]);
    expect(described!.description).toBe(BUILTIN_SKILLS.find((s) => s.key === 'kubernetes')!.description);
    const devops = await roleId('devops-engineer');
    expect(
      await t.rows('select skill_id from role_requirements where role_id = ? and skill_id = ?', [
        devops,
        'onet-kubernetes',
      ]),
    ).toEqual([{ skill_id: 'onet-kubernetes' }]);
    expect(await counts()).toEqual({
      skills: BUILTIN_SKILLS.length - 1,
      roles: BUILTIN_ROLES.length,
      requirements: REQUIREMENTS,
      technologies: TECHNOLOGIES,
    });
    // Found again by its key from now on, and left as it is.
    expect(await seedBuiltinCatalogue(database.db, LATER)).toEqual(NOTHING);
  });
});
