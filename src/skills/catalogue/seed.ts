// Writes the built-in catalogue (builtin-skills.ts, builtin-roles.ts) into the database: the
// instance's skills and roles (no owner, source 'builtin') and the roles' requirements and
// technologies. It runs at migration, and again in any later migration that ships a changed
// catalogue, so it is idempotent: a run finds every row an earlier run wrote by its `builtin_key`,
// writes only what differs (same ids, nothing twice), and leaves an unchanged catalogue untouched.
//
// A catalogue skill of the same name from another source (an O*NET or ESCO import that ran first)
// is reused instead of added beside it, which the unique name index would refuse anyway. It keeps
// its source, code, name and kind, so its importer still finds it by (source, code) and owns it;
// the seed only marks it with the built-in key, adds the built-in aliases it lacks (so "JS" finds
// JavaScript in a posting) and fills a blank description or category.
//
// Nothing is deleted but a built-in role's requirements and technologies that the release no longer
// lists: a skill or role dropped from a release stays, with the assessments and targets on it.
import type { Kysely } from 'kysely';
import { newId } from '../../platform/ids.ts';
import type { RoleRequirementTable, RoleTable, RoleTechnologyTable, SkillTable } from '../skill.table.ts';
import { BUILTIN_ROLES } from './builtin-roles.ts';
import { BUILTIN_SKILLS, type BuiltinSkill } from './builtin-skills.ts';
import { aliasesOf, cleanAliases, derivedColumns, nameKey } from './rows.ts';

/** The catalogue's tables as the seed sees them: with `builtin_key`, which only the seed reads. */
interface SeedTables {
  skills: Omit<SkillTable, 'builtin_key'> & { builtin_key: string | null };
  roles: Omit<RoleTable, 'builtin_key'> & { builtin_key: string | null };
  role_requirements: RoleRequirementTable;
  role_technologies: RoleTechnologyTable;
}
type CatalogueDb = Kysely<SeedTables>;

/** What a run changed: all zeros when the database already holds this release's catalogue. */
export interface SeedSummary {
  skills: { added: number; updated: number };
  roles: { added: number; updated: number };
  requirements: { added: number; updated: number; removed: number };
  technologies: { added: number; updated: number; removed: number };
}

/** SQLite binds at most 32,766 values in one statement (PostgreSQL 65,535). */
const MAX_BOUND_VALUES = 32_766;

/**
 * Upserts every built-in skill and role, with their requirements and technologies, in one
 * transaction (the caller's, when it is given one, as a migration is).
 */
export async function seedBuiltinCatalogue(
  /** A migration's untyped handle, or the app's. */
  db: Kysely<unknown> | CatalogueDb,
  now: string,
): Promise<SeedSummary> {
  const catalogue = db as CatalogueDb;
  if (catalogue.isTransaction) return seed(catalogue, now);
  return catalogue.transaction().execute((trx) => seed(trx, now));
}

async function seed(db: CatalogueDb, now: string): Promise<SeedSummary> {
  const skills = await seedSkills(db, now);
  const roles = await seedRoles(db, now);
  return {
    skills: skills.count,
    roles: roles.count,
    requirements: await syncRequirements(db, skills.ids, roles.ids),
    technologies: await syncTechnologies(db, skills.ids, roles.ids),
  };
}

type SkillRow = Awaited<ReturnType<typeof readSkills>>[number];

function readSkills(db: CatalogueDb) {
  const names = BUILTIN_SKILLS.map((s) => nameKey(s.name));
  return db
    .selectFrom('skills')
    .select(['id', 'name', 'name_key', 'kind', 'category', 'description', 'aliases', 'search', 'hot'])
    .select(['source', 'builtin_key'])
    .where('owner_id', 'is', null)
    .where((eb) => eb.or([eb('builtin_key', 'is not', null), eb('name_key', 'in', names)]))
    .execute();
}

/** The skills' rows by key: found by their built-in key, else by name, else added. */
async function seedSkills(db: CatalogueDb, now: string) {
  const rows = await readSkills(db);
  const byKey = new Map(rows.filter((r) => r.builtin_key !== null).map((r) => [r.builtin_key!, r]));
  const byName = new Map(rows.map((r) => [r.name_key, r]));
  const current = new Set(BUILTIN_SKILLS.map((s) => s.key));
  const ids = new Map<string, string>();
  const added: Array<ReturnType<typeof newSkillRow>> = [];
  let updated = 0;
  const update = async (row: SkillRow, wanted: Partial<SkillRow>) => {
    const changes = differences(row, wanted);
    if (!changes) return;
    await db
      .updateTable('skills')
      .set({ ...changes, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    updated++;
  };

  // Rows found by key first, so that a renamed skill frees its old name before anything takes it.
  for (const skill of BUILTIN_SKILLS) {
    const row = byKey.get(skill.key);
    if (!row) continue;
    ids.set(skill.key, row.id);
    if (row.source !== 'builtin') {
      await update(row, reusedColumns(row, skill));
      continue;
    }
    const wanted = builtinColumns(skill);
    const holder = byName.get(wanted.name_key);
    if (holder && holder.id !== row.id) {
      // Renamed onto a name another catalogue skill holds: keep the old name until it is free.
      Object.assign(wanted, { name: row.name }, derivedColumns(row.name, skill.aliases));
    } else if (wanted.name_key !== row.name_key) {
      byName.delete(row.name_key);
      byName.set(wanted.name_key, row);
    }
    await update(row, wanted);
  }
  for (const skill of BUILTIN_SKILLS) {
    if (ids.has(skill.key)) continue;
    const row = byName.get(nameKey(skill.name));
    if (!row) {
      const fresh = newSkillRow(skill, now);
      added.push(fresh);
      ids.set(skill.key, fresh.id);
    } else if (row.builtin_key !== null && current.has(row.builtin_key)) {
      throw new Error(
        `The built-in skill "${skill.key}" is named "${skill.name}", which the built-in skill "${row.builtin_key}" still holds.`,
      );
    } else {
      ids.set(skill.key, row.id);
      await update(row, row.source === 'builtin' ? builtinColumns(skill) : reusedColumns(row, skill));
    }
  }
  for (const batch of batches(added)) await db.insertInto('skills').values(batch).execute();
  return { ids, count: { added: added.length, updated } };
}

/** The columns a built-in skill's row holds. */
function builtinColumns(skill: BuiltinSkill) {
  return {
    name: skill.name,
    ...derivedColumns(skill.name, skill.aliases),
    kind: skill.kind,
    category: skill.category as string | null,
    description: skill.description,
    hot: skill.hot ? 1 : 0,
    builtin_key: skill.key as string | null,
  };
}

function newSkillRow(skill: BuiltinSkill, now: string) {
  return {
    id: newId(),
    owner_id: null,
    ...builtinColumns(skill),
    source: 'builtin' as const,
    code: null,
    created_at: now,
    updated_at: now,
  };
}

/** What the seed adds to another source's skill of the same name: its key, aliases, blanks filled. */
function reusedColumns(row: SkillRow, skill: BuiltinSkill) {
  const { aliases, search } = derivedColumns(
    row.name,
    cleanAliases(row.name, [...aliasesOf(row.aliases), ...skill.aliases]),
  );
  return {
    builtin_key: skill.key as string | null,
    aliases,
    search,
    description: row.description.trim() === '' ? skill.description : row.description,
    category: row.category ?? skill.category,
  };
}

/** The roles' rows by key: found by their built-in key, else added. */
async function seedRoles(db: CatalogueDb, now: string) {
  const rows = await db
    .selectFrom('roles')
    .select(['id', 'title', 'description', 'aliases', 'search', 'source', 'code', 'builtin_key'])
    .where('owner_id', 'is', null)
    .where('builtin_key', 'is not', null)
    .execute();
  const byKey = new Map(rows.map((r) => [r.builtin_key!, r]));
  const ids = new Map<string, string>();
  const added = [];
  let updated = 0;
  for (const role of BUILTIN_ROLES) {
    const { aliases, search } = derivedColumns(role.title, role.aliases);
    const wanted = {
      title: role.title,
      description: role.description,
      aliases,
      search,
      source: 'builtin' as const,
      // The issue keeps `code` for an O*NET-SOC code or an ESCO URI; a built-in role has neither.
      code: null,
    };
    const row = byKey.get(role.key);
    if (!row) {
      const id = newId();
      added.push({ id, owner_id: null, ...wanted, builtin_key: role.key, created_at: now, updated_at: now });
      ids.set(role.key, id);
      continue;
    }
    ids.set(role.key, row.id);
    const changes = differences(row, wanted);
    if (!changes) continue;
    await db
      .updateTable('roles')
      .set({ ...changes, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    updated++;
  }
  for (const batch of batches(added)) await db.insertInto('roles').values(batch).execute();
  return { ids, count: { added: added.length, updated } };
}

async function syncRequirements(
  db: CatalogueDb,
  skillIds: Map<string, string>,
  roleIds: Map<string, string>,
) {
  const existing = await db
    .selectFrom('role_requirements')
    .select(['role_id', 'skill_id', 'level', 'importance'])
    .where('role_id', 'in', [...roleIds.values()])
    .execute();
  const wanted = BUILTIN_ROLES.flatMap((role) =>
    role.requirements.map((r) => ({
      owner_id: null,
      role_id: idOf(roleIds, role.key),
      skill_id: idOf(skillIds, r.skill),
      level: r.level,
      importance: r.importance,
    })),
  );
  const diff = diffLinks(existing, wanted, (a, b) => a.level === b.level && a.importance === b.importance);
  for (const r of diff.removed) {
    await db
      .deleteFrom('role_requirements')
      .where('role_id', '=', r.role_id)
      .where('skill_id', '=', r.skill_id)
      .execute();
  }
  for (const r of diff.changed) {
    await db
      .updateTable('role_requirements')
      .set({ level: r.level, importance: r.importance })
      .where('role_id', '=', r.role_id)
      .where('skill_id', '=', r.skill_id)
      .execute();
  }
  for (const batch of batches(diff.added)) await db.insertInto('role_requirements').values(batch).execute();
  return { added: diff.added.length, updated: diff.changed.length, removed: diff.removed.length };
}

async function syncTechnologies(
  db: CatalogueDb,
  skillIds: Map<string, string>,
  roleIds: Map<string, string>,
) {
  const existing = await db
    .selectFrom('role_technologies')
    .select(['role_id', 'skill_id', 'hot'])
    .where('role_id', 'in', [...roleIds.values()])
    .execute();
  const wanted = BUILTIN_ROLES.flatMap((role) =>
    role.technologies.map((t) => ({
      owner_id: null,
      role_id: idOf(roleIds, role.key),
      skill_id: idOf(skillIds, t.skill),
      hot: t.hot ? 1 : 0,
    })),
  );
  const diff = diffLinks(existing, wanted, (a, b) => a.hot === b.hot);
  for (const t of diff.removed) {
    await db
      .deleteFrom('role_technologies')
      .where('role_id', '=', t.role_id)
      .where('skill_id', '=', t.skill_id)
      .execute();
  }
  for (const t of diff.changed) {
    await db
      .updateTable('role_technologies')
      .set({ hot: t.hot })
      .where('role_id', '=', t.role_id)
      .where('skill_id', '=', t.skill_id)
      .execute();
  }
  for (const batch of batches(diff.added)) await db.insertInto('role_technologies').values(batch).execute();
  return { added: diff.added.length, updated: diff.changed.length, removed: diff.removed.length };
}

interface Link {
  role_id: string;
  skill_id: string;
}

/** The links to add, to change and to remove to turn `existing` into `wanted`. */
function diffLinks<E extends Link, W extends Link>(
  existing: readonly E[],
  wanted: readonly W[],
  same: (e: E, w: W) => boolean,
) {
  const linkKey = (l: Link) => `${l.role_id} ${l.skill_id}`;
  const have = new Map(existing.map((e) => [linkKey(e), e]));
  const want = new Set(wanted.map(linkKey));
  return {
    added: wanted.filter((w) => !have.has(linkKey(w))),
    changed: wanted.filter((w) => {
      const e = have.get(linkKey(w));
      return e !== undefined && !same(e, w);
    }),
    removed: existing.filter((e) => !want.has(linkKey(e))),
  };
}

/** The columns of `wanted` whose values differ from the row's, or null when none does. */
function differences<R extends object, W extends Partial<R>>(row: R, wanted: W): W | null {
  const changes: Partial<W> = {};
  for (const [column, value] of Object.entries(wanted) as Array<[keyof W & keyof R, unknown]>) {
    if (row[column] !== value) changes[column] = value as W[typeof column];
  }
  return Object.keys(changes).length > 0 ? (changes as W) : null;
}

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`The built-in catalogue names an unknown key: ${key}.`);
  return id;
}

/** Rows in groups small enough to bind in one statement. */
function batches<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / Object.keys(rows[0]!).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
