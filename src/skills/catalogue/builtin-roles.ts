// The roles Trellis ships with, written by the team: what each asks for, at which level (1
// awareness … 5 expert, shared/skills/levels.ts) and how much it matters (1 nice to have … 5
// essential), and the tools people in the role meet. Skills are named by their keys in
// builtin-skills.ts; the seed (seed.ts) turns them into the rows' ids.
//
// Requirements are what a hiring manager would assess; technologies are the tools of the trade
// beside them, never the same skill twice in one role. A junior role asks for lower levels than
// its senior counterpart.
import { ROLES_DATA } from './builtin/roles-data.ts';
import { ROLES_ENGINEERING } from './builtin/roles-engineering.ts';
import { ROLES_PEOPLE_FINANCE_OPERATIONS } from './builtin/roles-people-finance-operations.ts';
import { ROLES_PRODUCT_DESIGN_MARKETING } from './builtin/roles-product-design-marketing.ts';
import { ROLES_SALES_SUCCESS_PROJECTS } from './builtin/roles-sales-success-projects.ts';

/** The job families the built-in roles span (not stored: it groups the data and its tests). */
export const ROLE_FAMILIES = [
  'engineering',
  'data',
  'product',
  'design',
  'marketing',
  'sales',
  'customer success',
  'project management',
  'hr',
  'finance',
  'operations',
  'management',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export interface BuiltinRequirement {
  /** A key of BUILTIN_SKILLS. */
  skill: string;
  level: number;
  importance: number;
}

export interface BuiltinTechnology {
  /** A key of BUILTIN_SKILLS. */
  skill: string;
  /** The skill's own `hot` flag: an in-demand technology. */
  hot: boolean;
}

export interface BuiltinRole {
  /** A stable slug, never changed once released: the seed finds the role's row again by it. */
  key: string;
  family: RoleFamily;
  title: string;
  /** One sentence. */
  description: string;
  aliases: readonly string[];
  requirements: readonly BuiltinRequirement[];
  technologies: readonly BuiltinTechnology[];
}

/** Every built-in role, family by family in the order of ROLE_FAMILIES. */
export const BUILTIN_ROLES: readonly BuiltinRole[] = [
  ...ROLES_ENGINEERING,
  ...ROLES_DATA,
  ...ROLES_PRODUCT_DESIGN_MARKETING,
  ...ROLES_SALES_SUCCESS_PROJECTS,
  ...ROLES_PEOPLE_FINANCE_OPERATIONS,
];
