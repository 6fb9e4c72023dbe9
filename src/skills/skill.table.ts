import type { ColumnType } from 'kysely';
import type { TableRule } from '../platform/access/rules.ts';
import type { CatalogueOwnerId, OwnerId } from '../platform/db/tables.ts';

// Catalogue rows (skills, roles and what roles require) have no owner when the instance provides
// them (built in, imported) and the person's id when they added them for themselves.

/** A boolean, stored as 0/1 in SQLite and as an integer in PostgreSQL alike. */
type Flag = ColumnType<number, number | undefined, number>;

export interface SkillTable {
  id: string;
  owner_id: CatalogueOwnerId;
  name: string;
  /** The name in lower case: unique among the instance's skills, and among each person's own. */
  name_key: string;
  kind: 'hard' | 'soft';
  category: string | null;
  description: string;
  /** JSON array of strings. */
  aliases: string;
  /** The name and the aliases in lower case, one per line, for searching. */
  search: string;
  source: 'builtin' | 'onet' | 'esco' | 'custom';
  /** Where it came from, to find it again on a re-import: an O*NET element id, an ESCO URI, or null. */
  code: string | null;
  /**
   * The key of a built-in skill (catalogue/builtin-skills.ts), by which the seed finds its row again;
   * else null. Only the seed reads it, through its own view of the table: unselectable here, so the
   * rows the rest of the code reads and writes never carry it.
   */
  builtin_key: ColumnType<never, string | null | undefined, string | null>;
  hot: Flag;
  created_at: string;
  updated_at: string;
}

export interface RoleTable {
  id: string;
  owner_id: CatalogueOwnerId;
  title: string;
  description: string;
  /** JSON array of strings. */
  aliases: string;
  /** The title and the aliases in lower case, one per line, for searching. */
  search: string;
  source: 'builtin' | 'onet' | 'esco' | 'custom';
  /** The O*NET-SOC code or the ESCO URI of an imported role; null for built-in roles and a person's own. */
  code: string | null;
  /** The key of a built-in role (catalogue/builtin-roles.ts), as `skills.builtin_key`. */
  builtin_key: ColumnType<never, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

export interface RoleRequirementTable {
  owner_id: CatalogueOwnerId;
  role_id: string;
  skill_id: string;
  level: number;
  importance: number;
}

export interface RoleTechnologyTable {
  owner_id: CatalogueOwnerId;
  role_id: string;
  skill_id: string;
  hot: Flag;
}

export interface AssessmentTable {
  id: string;
  owner_id: OwnerId;
  skill_id: string;
  level: number;
  source: 'self' | 'mentor' | 'manager' | 'peer';
  assessor: string | null;
  note: string;
  date: string;
  created_at: string;
}

export interface TargetTable {
  id: string;
  owner_id: OwnerId;
  role_id: string;
  target_date: string | null;
  created_at: string;
}

export interface SkillTables {
  skills: SkillTable;
  roles: RoleTable;
  role_requirements: RoleRequirementTable;
  role_technologies: RoleTechnologyTable;
  assessments: AssessmentTable;
  targets: TargetTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends SkillTables {}
}

/**
 * The catalogue is the instance's, with each person's own entries beside it; assessments are
 * shown to a viewer the person shares her skills with (a mentor, with `shareSkills`); targets are
 * hers alone.
 */
export const skillTableRules = {
  skills: { kind: 'catalogue' },
  roles: { kind: 'catalogue' },
  role_requirements: { kind: 'catalogue' },
  role_technologies: { kind: 'catalogue' },
  assessments: { kind: 'owned', visible: { topic: 'skills' } },
  targets: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof SkillTables, TableRule>;
