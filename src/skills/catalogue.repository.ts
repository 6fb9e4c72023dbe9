import { type Selectable, sql } from 'kysely';
import type { OwnerScope, ReadView } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { RoleRequirementTable, RoleTable, SkillTable } from './skill.table.ts';

export type SkillRow = Selectable<SkillTable>;
export type RoleRow = Selectable<RoleTable>;
export type RequirementRow = Pick<Selectable<RoleRequirementTable>, 'skill_id' | 'level' | 'importance'>;

const SKILL_COLUMNS = [
  'id',
  'owner_id',
  'name',
  'name_key',
  'kind',
  'category',
  'description',
  'aliases',
  'search',
  'source',
  'code',
  'hot',
  'created_at',
  'updated_at',
] as const;

const ROLE_COLUMNS = [
  'id',
  'owner_id',
  'title',
  'description',
  'aliases',
  'search',
  'source',
  'code',
  'created_at',
  'updated_at',
] as const;

/** `%text%` for LIKE, with LIKE's own wildcards in `text` taken literally (escaped with `\`). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Those of `ids` that are skills the source shows: the instance's and the person's own, through her
 * scope or through a view of her another person was given.
 */
export function skillsOf(source: OwnerScope | ReadView, ids: readonly string[]): Promise<SkillRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return source.selectFrom('skills').select(SKILL_COLUMNS).where('id', 'in', ids).execute();
}

/**
 * The catalogue as one person sees it: the instance's skills and roles and their own. Reads go
 * through their scope, which shows both; writes reach their own entries only.
 */
export class CatalogueRepository {
  constructor(private readonly scope: OwnerScope) {}

  /**
   * The search keys of the skills whose name or an alias contains `key` (normalised), of `kind` if
   * given; of every skill without a key. Small rows: the page's skills are read after ranking.
   */
  skillKeys(
    key: string | undefined,
    kind: SkillRow['kind'] | undefined,
  ): Promise<{ id: string; search: string }[]> {
    let q = this.scope.selectFrom('skills').select(['id', 'search']);
    if (key) q = q.where(sql<boolean>`search like ${containing(key)} escape '\\'`);
    if (kind) q = q.where('kind', '=', kind);
    return q.execute();
  }

  /**
   * A page of skills by name key, then id, in byte order on both databases (the column's collation
   * on PostgreSQL): the catalogue's order without a query, read along its index.
   */
  skillIdsByName(
    kind: SkillRow['kind'] | undefined,
    offset: number,
    limit: number,
  ): Promise<{ id: string }[]> {
    let q = this.scope.selectFrom('skills').select('id');
    if (kind) q = q.where('kind', '=', kind);
    return q.orderBy('name_key').orderBy('id').offset(offset).limit(limit).execute();
  }

  /**
   * Every skill the person sees, with its names: what a job posting is read against. Any of them may
   * be named, so all are read; a catalogue of tens of thousands is one query of a few columns.
   */
  allSkillNames(): Promise<Pick<SkillRow, 'id' | 'owner_id' | 'name' | 'kind' | 'category' | 'aliases'>[]> {
    return this.scope
      .selectFrom('skills')
      .select(['id', 'owner_id', 'name', 'kind', 'category', 'aliases'])
      .execute();
  }

  findSkill(id: string): Promise<SkillRow | undefined> {
    return this.scope.selectFrom('skills').select(SKILL_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  findSkills(ids: readonly string[]): Promise<SkillRow[]> {
    return skillsOf(this.scope, ids);
  }

  /** Skills the person sees whose name or an alias, by its key, is `key`. */
  async skillsNamed(key: string): Promise<SkillRow[]> {
    const keys = await this.skillKeys(key, undefined);
    return this.findSkills(keys.filter((row) => row.search.split('\n').includes(key)).map((row) => row.id));
  }

  async insertSkill(row: Omit<SkillRow, 'owner_id'>): Promise<void> {
    await this.scope.insert('skills', [row]);
  }

  /** Changes one of the person's own skills; false when it is not theirs. */
  async updateSkill(id: string, changes: Partial<Omit<SkillRow, 'id' | 'owner_id'>>): Promise<boolean> {
    const r = await this.scope.updateTable('skills').set(changes).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Deletes one of the person's own skills (with their assessments of it); false when it is not theirs. */
  async deleteSkill(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('skills').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The search keys of the roles whose title or an alias contains `key`, of `source` if given. */
  roleKeys(
    key: string | undefined,
    source: RoleRow['source'] | undefined,
  ): Promise<{ id: string; search: string }[]> {
    let q = this.scope.selectFrom('roles').select(['id', 'search']);
    if (key) q = q.where(sql<boolean>`search like ${containing(key)} escape '\\'`);
    if (source) q = q.where('source', '=', source);
    return q.execute();
  }

  findRole(id: string): Promise<RoleRow | undefined> {
    return this.scope.selectFrom('roles').select(ROLE_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  findRoles(ids: readonly string[]): Promise<RoleRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.scope.selectFrom('roles').select(ROLE_COLUMNS).where('id', 'in', ids).execute();
  }

  /** How many skills each of the roles requires. */
  async requirementCounts(roleIds: readonly string[]): Promise<Map<string, number>> {
    if (roleIds.length === 0) return new Map();
    const rows = await this.scope
      .selectFrom('role_requirements')
      .select(['role_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('role_id', 'in', roleIds)
      .groupBy('role_id')
      .execute();
    return new Map(rows.map((r) => [r.role_id, Number(r.n)]));
  }

  requirementsOf(roleId: string): Promise<RequirementRow[]> {
    return this.scope
      .selectFrom('role_requirements')
      .select(['skill_id', 'level', 'importance'])
      .where('role_id', '=', roleId)
      .execute();
  }

  technologiesOf(roleId: string): Promise<{ skill_id: string; hot: number }[]> {
    return this.scope
      .selectFrom('role_technologies')
      .select(['skill_id', 'hot'])
      .where('role_id', '=', roleId)
      .execute();
  }

  /** The person's own skills (not the catalogue's), oldest first: what a full export lists. */
  ownSkills(): Promise<SkillRow[]> {
    return this.scope
      .selectFrom('skills')
      .select(SKILL_COLUMNS)
      .where('owner_id', '=', this.scope.ownerId)
      .orderBy('id')
      .execute();
  }

  /** The person's own roles (not the catalogue's), oldest first: what a full export lists. */
  ownRoles(): Promise<RoleRow[]> {
    return this.scope
      .selectFrom('roles')
      .select(ROLE_COLUMNS)
      .where('owner_id', '=', this.scope.ownerId)
      .orderBy('id')
      .execute();
  }

  /** The instance's skills (not a person's own) whose name key is one of `keys`, by key: an import's look-up. */
  async instanceSkillsByKey(keys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const batch of batches(keys)) {
      const rows = await this.scope
        .selectFrom('skills')
        .select(['id', 'name_key'])
        .where('owner_id', 'is', null)
        .where('name_key', 'in', batch)
        .execute();
      for (const r of rows) found.set(r.name_key, r.id);
    }
    return found;
  }

  /** What each of the roles requires and uses, in two queries for them all (a full export). */
  async skillsOfRoles(roleIds: readonly string[]): Promise<{
    requirements: (RequirementRow & { role_id: string })[];
    technologies: { role_id: string; skill_id: string; hot: number }[];
  }> {
    if (roleIds.length === 0) return { requirements: [], technologies: [] };
    const [requirements, technologies] = await Promise.all([
      this.scope
        .selectFrom('role_requirements')
        .select(['role_id', 'skill_id', 'level', 'importance'])
        .where('role_id', 'in', roleIds)
        .orderBy('role_id')
        .orderBy('skill_id')
        .execute(),
      this.scope
        .selectFrom('role_technologies')
        .select(['role_id', 'skill_id', 'hot'])
        .where('role_id', 'in', roleIds)
        .orderBy('role_id')
        .orderBy('skill_id')
        .execute(),
    ]);
    return { requirements, technologies };
  }

  async insertRole(row: Omit<RoleRow, 'owner_id'>): Promise<void> {
    await this.scope.insert('roles', [row]);
  }

  async updateRole(id: string, changes: Partial<Omit<RoleRow, 'id' | 'owner_id'>>): Promise<boolean> {
    const r = await this.scope.updateTable('roles').set(changes).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async deleteRole(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('roles').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Replaces what one of the person's own roles requires and uses. */
  async replaceRoleSkills(
    roleId: string,
    requirements: readonly RequirementRow[] | undefined,
    technologies: readonly { skill_id: string; hot: number }[] | undefined,
  ): Promise<void> {
    if (requirements !== undefined) {
      await this.scope.deleteFrom('role_requirements').where('role_id', '=', roleId).execute();
      await this.scope.insert(
        'role_requirements',
        requirements.map((r) => ({ role_id: roleId, ...r })),
      );
    }
    if (technologies !== undefined) {
      await this.scope.deleteFrom('role_technologies').where('role_id', '=', roleId).execute();
      await this.scope.insert(
        'role_technologies',
        technologies.map((t) => ({ role_id: roleId, ...t })),
      );
    }
  }
}
