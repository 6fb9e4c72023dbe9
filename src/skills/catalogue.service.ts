import type { z } from 'zod';
import type {
  CreateRoleBody,
  CreateSkillBody,
  Role,
  RoleListQuery,
  RoleSummary,
  Skill,
  SkillListQuery,
  UpdateRoleBody,
  UpdateSkillBody,
} from '../../shared/skills/skill.schema.ts';
import { CATALOGUE_PAGE } from '../../shared/skills/skill.schema.ts';
import { conflict, forbidden, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { aliasesOf, derivedColumns, nameKey } from './catalogue/rows.ts';
import { CatalogueRepository, type RoleRow, type SkillRow } from './catalogue.repository.ts';
import { compareByName, normalise, rankEntries } from './domain/search.ts';
import { presentRoleSummary, presentSkill, skillRef } from './skill.presenter.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

/** The catalogue as one person sees it: search, read, and their own skills and roles. */
export class CatalogueService {
  private readonly repo: CatalogueRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new CatalogueRepository(ctx.scope);
  }

  async listSkills(query: z.output<typeof SkillListQuery>): Promise<Page<Skill>> {
    const { offset, limit } = pageOf(query);
    const q = query.q ? normalise(query.q) : '';
    const page =
      q === ''
        ? await this.repo.skillIdsByName(query.kind, offset, limit + 1)
        : rankEntries(await this.repo.skillKeys(q, query.kind), q).slice(offset, offset + limit + 1);
    const rows = new Map((await this.repo.findSkills(page.map((e) => e.id))).map((r) => [r.id, r]));
    return paged(
      page.map((e) => presentSkill(rows.get(e.id)!)),
      offset,
      limit,
    );
  }

  async getSkill(id: string): Promise<Skill> {
    const row = await this.repo.findSkill(id);
    if (!row) throw notFound('skill');
    return presentSkill(row);
  }

  async createSkill(body: z.output<typeof CreateSkillBody>): Promise<Skill> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      await checkNameFree(repo, body.name, null);
      const now = this.ctx.now().toISOString();
      const row = {
        id: newId(),
        name: body.name,
        kind: body.kind,
        category: body.category ?? null,
        description: body.description ?? '',
        ...derivedColumns(body.name, body.aliases ?? []),
        source: 'custom' as const,
        code: null,
        hot: 0,
        created_at: now,
        updated_at: now,
      };
      await repo.insertSkill(row);
      return presentSkill({ ...row, owner_id: this.ctx.actor.id });
    });
  }

  async updateSkill(id: string, body: z.output<typeof UpdateSkillBody>): Promise<Skill> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      const current = await ownSkill(repo, id, this.ctx.actor.id);
      const name = body.name ?? current.name;
      if (body.name !== undefined) await checkNameFree(repo, name, id);
      await repo.updateSkill(id, {
        name,
        kind: body.kind ?? current.kind,
        category: body.category === undefined ? current.category : body.category,
        description: body.description ?? current.description,
        ...derivedColumns(name, body.aliases ?? aliasesOf(current.aliases)),
        updated_at: this.ctx.now().toISOString(),
      });
      return presentSkill((await repo.findSkill(id))!);
    });
  }

  async deleteSkill(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      await ownSkill(repo, id, this.ctx.actor.id);
      await repo.deleteSkill(id);
    });
  }

  async listRoles(query: z.output<typeof RoleListQuery>): Promise<Page<RoleSummary>> {
    const { offset, limit } = pageOf(query);
    const q = query.q ? normalise(query.q) : '';
    const page = rankEntries(await this.repo.roleKeys(q || undefined, query.source), q).slice(
      offset,
      offset + limit + 1,
    );
    const ids = page.map((e) => e.id);
    const [rows, counts] = await Promise.all([this.repo.findRoles(ids), this.repo.requirementCounts(ids)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return paged(
      page.map((e) => presentRoleSummary(byId.get(e.id)!, counts.get(e.id) ?? 0)),
      offset,
      limit,
    );
  }

  async getRole(id: string): Promise<Role> {
    const role = await this.repo.findRole(id);
    if (!role) throw notFound('role');
    return this.presentRole(this.repo, role);
  }

  async createRole(body: z.output<typeof CreateRoleBody>): Promise<Role> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      const requirements = await checkRequirements(repo, body.requirements);
      const technologies = await checkTechnologies(repo, body.technologies ?? []);
      const now = this.ctx.now().toISOString();
      const { name_key: _key, ...derived } = derivedColumns(body.title, body.aliases ?? []);
      const row = {
        id: newId(),
        title: body.title,
        description: body.description ?? '',
        ...derived,
        source: 'custom' as const,
        code: null,
        created_at: now,
        updated_at: now,
      };
      await repo.insertRole(row);
      await repo.replaceRoleSkills(row.id, requirements, technologies);
      return this.presentRole(repo, { ...row, owner_id: this.ctx.actor.id });
    });
  }

  async updateRole(id: string, body: z.output<typeof UpdateRoleBody>): Promise<Role> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      const current = await ownRole(repo, id, this.ctx.actor.id);
      const requirements =
        body.requirements === undefined ? undefined : await checkRequirements(repo, body.requirements);
      const technologies =
        body.technologies === undefined ? undefined : await checkTechnologies(repo, body.technologies);
      const title = body.title ?? current.title;
      const { name_key: _key, ...derived } = derivedColumns(
        title,
        body.aliases ?? aliasesOf(current.aliases),
      );
      await repo.updateRole(id, {
        title,
        description: body.description ?? current.description,
        ...derived,
        updated_at: this.ctx.now().toISOString(),
      });
      await repo.replaceRoleSkills(id, requirements, technologies);
      return this.presentRole(repo, (await repo.findRole(id))!);
    });
  }

  async deleteRole(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new CatalogueRepository(scope);
      await ownRole(repo, id, this.ctx.actor.id);
      await repo.deleteRole(id);
    });
  }

  private async presentRole(repo: CatalogueRepository, role: RoleRow): Promise<Role> {
    const [requirements, technologies] = await Promise.all([
      repo.requirementsOf(role.id),
      repo.technologiesOf(role.id),
    ]);
    const skills = new Map(
      (await repo.findSkills([...requirements, ...technologies].map((r) => r.skill_id))).map((s) => [
        s.id,
        s,
      ]),
    );
    const known = <T extends { skill_id: string }>(rows: T[]) =>
      rows.flatMap((r) => {
        const skill = skills.get(r.skill_id);
        return skill ? [{ ...r, skill }] : [];
      });
    return {
      ...presentRoleSummary(role, requirements.length),
      requirements: known(requirements)
        .sort((a, b) => b.importance - a.importance || b.level - a.level || compareByName(a.skill, b.skill))
        .map((r) => ({ skill: skillRef(r.skill), level: r.level, importance: r.importance })),
      technologies: known(technologies)
        .sort((a, b) => b.hot - a.hot || compareByName(a.skill, b.skill))
        .map((t) => ({ skill: skillRef(t.skill), hot: t.hot !== 0 })),
    };
  }
}

/** The offset and size of the page a query asks for; 400 at `cursor` for one this list did not give. */
function pageOf(query: { limit?: number | undefined; cursor?: string | undefined }) {
  const limit = query.limit ?? CATALOGUE_PAGE;
  if (query.cursor === undefined) return { offset: 0, limit };
  try {
    const value: unknown = JSON.parse(Buffer.from(query.cursor, 'base64url').toString());
    const offset = (value as { o?: unknown } | null)?.o;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return { offset, limit };
  } catch {
    // Not JSON: answered below.
  }
  throw invalidField('cursor', 'is not a cursor this list gave');
}

/** A page from up to `limit + 1` items read: the extra one says whether there is a next page. */
function paged<T>(items: T[], offset: number, limit: number): Page<T> {
  const more = items.length > limit;
  return {
    items: items.slice(0, limit),
    nextCursor: more ? Buffer.from(JSON.stringify({ o: offset + limit })).toString('base64url') : null,
  };
}

/** 409 when a skill the person sees already has this name, or it as an alias. */
async function checkNameFree(
  repo: CatalogueRepository,
  name: string,
  exceptId: string | null,
): Promise<void> {
  const clash = (await repo.skillsNamed(nameKey(name))).find((s) => s.id !== exceptId);
  if (!clash) return;
  const what =
    nameKey(clash.name) === nameKey(name) ? 'a skill you can see' : `another name of “${clash.name}”`;
  throw conflict(`“${name}” is already ${what}: use that one, or choose another name.`);
}

/** One of the person's own skills; 403 for the catalogue's, 404 for one they cannot see. */
async function ownSkill(repo: CatalogueRepository, id: string, ownerId: string): Promise<SkillRow> {
  const row = await repo.findSkill(id);
  if (!row) throw notFound('skill');
  if (row.owner_id !== ownerId)
    throw forbidden('Skills of the catalogue cannot be changed; add your own instead.');
  return row;
}

async function ownRole(repo: CatalogueRepository, id: string, ownerId: string): Promise<RoleRow> {
  const row = await repo.findRole(id);
  if (!row) throw notFound('role');
  if (row.owner_id !== ownerId)
    throw forbidden('Roles of the catalogue cannot be changed; add your own instead.');
  return row;
}

/** The skill ids at `field.N.skillId`, each once and each a skill the person can see; else 400 there. */
async function checkSkillIds(
  repo: CatalogueRepository,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const known = new Set((await repo.findSkills([...new Set(ids)])).map((s) => s.id));
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw invalidField(`${field}.${i}.skillId`, 'is listed twice');
    if (!known.has(id)) throw invalidField(`${field}.${i}.skillId`, 'is not a skill you can see');
  });
}

async function checkRequirements(
  repo: CatalogueRepository,
  requirements: z.output<typeof CreateRoleBody>['requirements'],
) {
  await checkSkillIds(
    repo,
    'requirements',
    requirements.map((r) => r.skillId),
  );
  return requirements.map((r) => ({ skill_id: r.skillId, level: r.level, importance: r.importance }));
}

async function checkTechnologies(
  repo: CatalogueRepository,
  technologies: NonNullable<z.output<typeof CreateRoleBody>['technologies']>,
) {
  await checkSkillIds(
    repo,
    'technologies',
    technologies.map((t) => t.skillId),
  );
  return technologies.map((t) => ({ skill_id: t.skillId, hot: t.hot ? 1 : 0 }));
}
