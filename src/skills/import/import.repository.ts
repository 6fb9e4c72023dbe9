// Writes what an import read into the instance's catalogue, through the instance scope's
// catalogue (rows without an owner), counting what it added and updated. Rows are found again on a
// re-import, so nothing is written twice:
//   roles          by (source, code): the O*NET-SOC code, the ESCO URI;
//   skills         by (source, code): the O*NET element id, `technology:<name key>` for an O*NET
//                  technology example, the ESCO URI; else by name among the instance's skills of
//                  any source (built in too), whose row is then linked as it is. An alias never
//                  matches: a skill named like another's alias is a skill of its own;
//   requirements   and technologies by (role, skill).
// A re-import adds and updates; it removes nothing an earlier import brought, not even a skill's
// alias (a role's aliases are the file's).
import type { InstanceScope } from '../../platform/access/access.ts';
import { newId } from '../../platform/ids.ts';
import { aliasesOf, derivedColumns, nameKey } from '../catalogue/rows.ts';
import type { CatalogueImport, RequirementEntry, TechnologyEntry } from './catalogue-import.ts';

type Catalogue = InstanceScope['catalogue'];

// Rows per statement: 100 skills bind 1,300 values and 200 links 800, far below SQLite's 32,766
// and PostgreSQL's 65,535, while keeping the statements few.
const ROW_BATCH = 100;
const LINK_BATCH = 200;

export const WRITE_REASONS = {
  unknownRole: 'unknown occupation code',
  unknownSkill: 'unknown skill',
  sameSkill: 'the role already has this skill (two entries of the same name)',
} as const;

function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Writes `data` into the catalogue; call it inside one transaction, so all of it lands or none. */
export async function writeImport(db: Catalogue, data: CatalogueImport, now: string): Promise<void> {
  const roleIds = await writeRoles(db, data, now);
  const skillIds = await writeSkills(db, data, now);
  await writeLinks(db, data, 'requirements', roleIds, skillIds);
  await writeLinks(db, data, 'technologies', roleIds, skillIds);
}

/** Adds or updates the roles; answers the id of every role of this source, by code. */
async function writeRoles(db: Catalogue, { source, roles, tally }: CatalogueImport, now: string) {
  const existing = await db.selectFrom('roles').select(['id', 'code']).where('source', '=', source).execute();
  const ids = new Map(existing.flatMap((r) => (r.code === null ? [] : [[r.code, r.id] as const])));
  const rows = roles.map((role) => {
    let id = ids.get(role.code);
    if (id) tally.updated('roles');
    else {
      id = newId();
      ids.set(role.code, id);
      tally.added('roles');
    }
    const { aliases, search } = derivedColumns(role.title, role.aliases);
    return {
      id,
      title: role.title,
      description: role.description,
      aliases,
      search,
      source,
      code: role.code,
      created_at: now,
      updated_at: now,
    };
  });
  for (const batch of batches(rows, ROW_BATCH)) {
    await db
      .insertInto('roles')
      .values(batch)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            description: eb.ref('excluded.description'),
            aliases: eb.ref('excluded.aliases'),
            search: eb.ref('excluded.search'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          .where('roles.owner_id', 'is', null),
      )
      .execute();
  }
  return ids;
}

/** Adds or updates the skills; answers the id of every skill of this source, by code. */
async function writeSkills(db: Catalogue, { source, skills, tally }: CatalogueImport, now: string) {
  const existing = await db
    .selectFrom('skills')
    .select(['id', 'name', 'name_key', 'source', 'code', 'category', 'description', 'aliases'])
    .execute();
  const byCode = new Map(
    existing.flatMap((s) => (s.source === source && s.code !== null ? [[s.code, s] as const] : [])),
  );
  const byName = new Map(existing.map((s) => [s.name_key, s.id]));
  // Every name in use, or in use before this import renamed a skill: a rename never takes one, so
  // no statement of the import can meet the unique index on names half-way.
  const taken = new Set(byName.keys());
  const ids = new Map([...byCode].map(([code, s]) => [code, s.id]));
  let linkedByName = 0;

  const rows = [];
  for (const skill of skills) {
    const key = nameKey(skill.name);
    const mine = byCode.get(skill.code);
    const sameName = byName.get(key);
    if (!mine && sameName) {
      // Another skill has this name (built in, from another source, or another entry of this
      // import): the import's entries point to it, and it is kept as it is.
      ids.set(skill.code, sameName);
      tally.updated('skills');
      linkedByName += 1;
      continue;
    }
    const id = mine?.id ?? newId();
    if (mine) tally.updated('skills');
    else tally.added('skills');
    // A new name already used by another skill is not taken: the skill keeps its old one.
    const name = mine && key !== mine.name_key && taken.has(key) ? mine.name : skill.name;
    taken.add(nameKey(name));
    byName.set(nameKey(name), id);
    ids.set(skill.code, id);
    rows.push({
      id,
      name,
      // The file's aliases, and those the skill has already (the built-in catalogue adds some to a
      // skill an import brought): a re-import never takes one away.
      ...derivedColumns(name, [...skill.aliases, ...(mine ? aliasesOf(mine.aliases) : [])]),
      kind: skill.kind,
      category: skill.category === undefined ? (mine?.category ?? null) : skill.category,
      description: skill.description ?? mine?.description ?? '',
      source,
      code: skill.code,
      hot: skill.hot ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
  }
  for (const batch of batches(rows, ROW_BATCH)) {
    await db
      .insertInto('skills')
      .values(batch)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            name_key: eb.ref('excluded.name_key'),
            kind: eb.ref('excluded.kind'),
            category: eb.ref('excluded.category'),
            description: eb.ref('excluded.description'),
            aliases: eb.ref('excluded.aliases'),
            search: eb.ref('excluded.search'),
            hot: eb.ref('excluded.hot'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          .where('skills.owner_id', 'is', null),
      )
      .execute();
  }
  if (linkedByName > 0) {
    tally.notes.push(
      `${linkedByName} ${linkedByName === 1 ? 'skill has' : 'skills have'} the name of a skill already in ` +
        'the catalogue (built in, say), and the roles were linked to that skill, which was kept as it was.',
    );
  }
  return ids;
}

type LinkKind = 'requirements' | 'technologies';

/** Adds or updates what each role requires (or the technologies it uses). */
async function writeLinks(
  db: Catalogue,
  data: CatalogueImport,
  kind: LinkKind,
  roleIds: Map<string, string>,
  skillIds: Map<string, string>,
): Promise<void> {
  const entries: (RequirementEntry | TechnologyEntry)[] = data[kind];
  if (entries.length === 0) return;
  const { tally } = data;
  const table = kind === 'requirements' ? 'role_requirements' : 'role_technologies';
  const existing = await (table === 'role_requirements'
    ? db
        .selectFrom('role_requirements as link')
        .innerJoin('roles', 'roles.id', 'link.role_id')
        .select(['link.role_id', 'link.skill_id'])
        .where('roles.source', '=', data.source)
        .execute()
    : db
        .selectFrom('role_technologies as link')
        .innerJoin('roles', 'roles.id', 'link.role_id')
        .select(['link.role_id', 'link.skill_id'])
        .where('roles.source', '=', data.source)
        .execute());
  const before = new Set(existing.map((l) => `${l.role_id}\t${l.skill_id}`));

  const links = new Map<string, RequirementEntry | TechnologyEntry>();
  const ids = new Map<string, { role_id: string; skill_id: string }>();
  for (const entry of entries) {
    const role_id = roleIds.get(entry.roleCode);
    const skill_id = skillIds.get(entry.skillCode);
    if (!role_id) tally.skipped(kind, WRITE_REASONS.unknownRole);
    else if (!skill_id) tally.skipped(kind, WRITE_REASONS.unknownSkill);
    else {
      const key = `${role_id}\t${skill_id}`;
      const other = links.get(key);
      if (other) {
        // Two entries became one skill (O*NET's Mathematics is a skill and a knowledge): one link,
        // with the more demanding of the two.
        links.set(key, mergeLinks(other, entry));
        tally.skipped(kind, WRITE_REASONS.sameSkill);
      } else {
        links.set(key, entry);
        ids.set(key, { role_id, skill_id });
      }
    }
  }
  for (const key of links.keys()) {
    if (before.has(key)) tally.updated(kind);
    else tally.added(kind);
  }

  if (kind === 'requirements') {
    const rows = [...links].map(([key, e]) => {
      const { level, importance } = e as RequirementEntry;
      return { ...ids.get(key)!, level, importance };
    });
    for (const batch of batches(rows, LINK_BATCH)) {
      await db
        .insertInto('role_requirements')
        .values(batch)
        .onConflict((oc) =>
          oc
            .columns(['role_id', 'skill_id'])
            .doUpdateSet((eb) => ({
              level: eb.ref('excluded.level'),
              importance: eb.ref('excluded.importance'),
            }))
            .where('role_requirements.owner_id', 'is', null),
        )
        .execute();
    }
  } else {
    const rows = [...links].map(([key, e]) => ({
      ...ids.get(key)!,
      hot: (e as TechnologyEntry).hot ? 1 : 0,
    }));
    for (const batch of batches(rows, LINK_BATCH)) {
      await db
        .insertInto('role_technologies')
        .values(batch)
        .onConflict((oc) =>
          oc
            .columns(['role_id', 'skill_id'])
            .doUpdateSet((eb) => ({ hot: eb.ref('excluded.hot') }))
            .where('role_technologies.owner_id', 'is', null),
        )
        .execute();
    }
  }
}

function mergeLinks<T extends RequirementEntry | TechnologyEntry>(a: T, b: T): T {
  if ('importance' in a && 'importance' in b) {
    const rank = (r: RequirementEntry) => r.importance * 10 + r.level;
    return rank(b) > rank(a) ? b : a;
  }
  return { ...a, hot: (a as TechnologyEntry).hot || (b as TechnologyEntry).hot };
}
