import type { Role, RoleSummary, Skill, SkillRef } from '../../shared/skills/skill.schema.ts';
import { aliasesOf } from './catalogue/rows.ts';
import type { RoleRow, SkillRow } from './catalogue.repository.ts';

export const presentSkill = (row: SkillRow): Skill => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  category: row.category,
  description: row.description,
  aliases: aliasesOf(row.aliases),
  source: row.source,
  hot: row.hot !== 0,
});

export const skillRef = (row: Pick<SkillRow, 'id' | 'name' | 'kind' | 'category'>): SkillRef => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  category: row.category,
});

export const presentRoleSummary = (row: RoleRow, requirementCount: number): RoleSummary => ({
  id: row.id,
  title: row.title,
  description: row.description,
  source: row.source,
  code: row.code,
  aliases: aliasesOf(row.aliases),
  requirementCount,
});

export type PresentedRole = Role;
