// Entries of the instance's skill catalogue for tests, written as an import would write them (past
// the API, which only lets people add their own entries). Searches then have known neighbours.
import { derivedColumns } from '../src/skills/catalogue/rows.ts';
import type { TestAppHandle } from './harness.ts';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-test-${Date.now().toString(36)}-${(counter++).toString(36)}`;
const NOW = '2027-01-01T00:00:00.000Z';

export interface CatalogueSkill {
  name: string;
  kind?: 'hard' | 'soft';
  category?: string | null;
  aliases?: string[];
  source?: 'builtin' | 'onet' | 'esco';
  hot?: boolean;
}

/** Adds skills to the instance's catalogue; answers their ids, in order. */
export async function addCatalogueSkills(t: TestAppHandle, skills: CatalogueSkill[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of skills) {
    const id = nextId('skill');
    const d = derivedColumns(s.name, s.aliases ?? []);
    await t.execute(
      `insert into skills (id, owner_id, name, name_key, kind, category, description, aliases, search, source, code, hot, created_at, updated_at)
       values (?, null, ?, ?, ?, ?, '', ?, ?, ?, null, ?, ?, ?)`,
      [
        id,
        s.name,
        d.name_key,
        s.kind ?? 'hard',
        s.category ?? null,
        d.aliases,
        d.search,
        s.source ?? 'onet',
        s.hot ? 1 : 0,
        NOW,
        NOW,
      ],
    );
    ids.push(id);
  }
  return ids;
}

export interface CatalogueRole {
  title: string;
  aliases?: string[];
  source?: 'builtin' | 'onet' | 'esco';
  code?: string | null;
  requirements?: { skillId: string; level: number; importance: number }[];
  technologies?: { skillId: string; hot?: boolean }[];
}

/** Adds a role, with what it requires, to the instance's catalogue; answers its id. */
export async function addCatalogueRole(t: TestAppHandle, role: CatalogueRole): Promise<string> {
  const id = nextId('role');
  const { name_key: _key, ...d } = derivedColumns(role.title, role.aliases ?? []);
  await t.execute(
    `insert into roles (id, owner_id, title, description, aliases, search, source, code, created_at, updated_at)
     values (?, null, ?, '', ?, ?, ?, ?, ?, ?)`,
    [id, role.title, d.aliases, d.search, role.source ?? 'onet', role.code ?? null, NOW, NOW],
  );
  for (const r of role.requirements ?? []) {
    await t.execute(
      'insert into role_requirements (owner_id, role_id, skill_id, level, importance) values (null, ?, ?, ?, ?)',
      [id, r.skillId, r.level, r.importance],
    );
  }
  for (const r of role.technologies ?? []) {
    await t.execute(
      'insert into role_technologies (owner_id, role_id, skill_id, hot) values (null, ?, ?, ?)',
      [id, r.skillId, r.hot ? 1 : 0],
    );
  }
  return id;
}
