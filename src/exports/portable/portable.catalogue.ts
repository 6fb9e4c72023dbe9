// The skills and roles of an imported document, as the importing person's: her own written anew
// (or found by name among the own skills she has), the catalogue's found by id, else by name (in any
// case), else made her own. Runs in the import's transaction; answers the document's ids → hers.
import type { OwnerScope } from '../../platform/access/access.ts';
import { newId } from '../../platform/ids.ts';
import { derivedColumns, nameKey } from '../../skills/catalogue/rows.ts';
import { CatalogueRepository } from '../../skills/catalogue.repository.ts';
import type { ImportDocument } from './portable.links.ts';

/** The document's skill and role ids, as the ids they became; how many own ones were written. */
export interface CatalogueMap {
  skills: Map<string, string>;
  roles: Map<string, string>;
  created: { skills: number; roles: number };
}

/** Those of `ids` the person sees (the catalogue's and her own), in the import's transaction. */
export async function seenCatalogue(
  scope: OwnerScope,
  skillIds: readonly string[],
  roleIds: readonly string[],
): Promise<{ skills: Set<string>; roles: Set<string> }> {
  const repo = new CatalogueRepository(scope);
  const [skills, roles] = await Promise.all([repo.findSkills(skillIds), repo.findRoles(roleIds)]);
  return { skills: new Set(skills.map((s) => s.id)), roles: new Set(roles.map((r) => r.id)) };
}

/** Maps every skill and role of the document to one of the person's, writing those she lacks. */
export async function importCatalogue(scope: OwnerScope, doc: ImportDocument): Promise<CatalogueMap> {
  const repo = new CatalogueRepository(scope);
  const skills = new Map<string, string>();
  const roles = new Map<string, string>();
  const created = { skills: 0, roles: 0 };
  const ownByKey = new Map((await repo.ownSkills()).map((s) => [s.name_key, s.id]));

  // Her own skill of that name if she has one (names are unique among a person's own), else a new one.
  const ownSkill = async (
    s: Pick<ImportDocument['skills'][number], 'name' | 'kind' | 'category' | 'description' | 'aliases'> & {
      createdAt: string;
      updatedAt: string;
    },
  ): Promise<string> => {
    const d = derivedColumns(s.name, s.aliases);
    const found = ownByKey.get(d.name_key);
    if (found) return found;
    const id = newId();
    await repo.insertSkill({
      id,
      name: s.name,
      ...d,
      kind: s.kind,
      category: s.category,
      description: s.description,
      source: 'custom',
      code: null,
      hot: 0,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    });
    ownByKey.set(d.name_key, id);
    created.skills += 1;
    return id;
  };
  for (const s of doc.skills) skills.set(s.id, await ownSkill(s));

  const catalogueIds = doc.catalogueSkills.map((s) => s.id);
  const seen = new Set((await repo.findSkills(catalogueIds)).map((s) => s.id));
  const byName = await repo.instanceSkillsByKey([
    ...new Set(doc.catalogueSkills.map((s) => nameKey(s.name))),
  ]);
  for (const s of doc.catalogueSkills) {
    const found = seen.has(s.id) ? s.id : byName.get(nameKey(s.name));
    // A skill this instance's catalogue lacks becomes her own; its kind is not in the document.
    skills.set(
      s.id,
      found ??
        (await ownSkill({
          name: s.name,
          kind: 'hard',
          category: null,
          description: '',
          aliases: [],
          ...stamp(doc),
        })),
    );
  }

  for (const r of doc.roles) {
    const id = newId();
    const { name_key: _key, ...d } = derivedColumns(r.title, r.aliases);
    await repo.insertRole({
      id,
      title: r.title,
      description: r.description,
      ...d,
      source: 'custom',
      code: null,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    });
    const mapped = (skillId: string) => skills.get(skillId) ?? skillId;
    await repo.replaceRoleSkills(
      id,
      distinctBy(
        r.requirements.map((q) => ({
          skill_id: mapped(q.skillId),
          level: q.level,
          importance: q.importance,
        })),
      ),
      distinctBy(r.technologies.map((q) => ({ skill_id: mapped(q.skillId), hot: q.hot ? 1 : 0 }))),
    );
    roles.set(r.id, id);
    created.roles += 1;
  }

  for (const r of doc.catalogueRoles) {
    if (await repo.findRole(r.id)) {
      roles.set(r.id, r.id);
      continue;
    }
    // By title, in any case, among the roles whose title or an alias holds it; else her own.
    const key = nameKey(r.title);
    const candidates = await repo.findRoles((await repo.roleKeys(key, undefined)).map((k) => k.id));
    const found = candidates.find((c) => c.owner_id === null && nameKey(c.title) === key);
    if (found) {
      roles.set(r.id, found.id);
      continue;
    }
    const id = newId();
    const { name_key: _key, ...d } = derivedColumns(r.title, []);
    const { createdAt, updatedAt } = stamp(doc);
    await repo.insertRole({
      id,
      title: r.title,
      description: '',
      ...d,
      source: 'custom',
      code: null,
      created_at: createdAt,
      updated_at: updatedAt,
    });
    roles.set(r.id, id);
    created.roles += 1;
  }
  return { skills, roles, created };
}

/** When a record the document names only by name was made: when the document was. */
const stamp = (doc: ImportDocument) => ({ createdAt: doc.exportedAt, updatedAt: doc.exportedAt });

/** The first row for each skill: two of the document's may have become one of hers. */
function distinctBy<T extends { skill_id: string }>(rows: T[]): T[] {
  const met = new Set<string>();
  return rows.filter((r) => !met.has(r.skill_id) && met.add(r.skill_id));
}
