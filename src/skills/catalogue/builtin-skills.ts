// The skills Trellis ships with, written by the team in plain English (nothing copied from O*NET or
// ESCO). The seed (seed.ts) writes them into every instance at migration and again whenever a
// release changes them.
//
// Aliases are the other names people really write in job postings and CVs. The posting matcher
// looks for names and aliases as whole words, so an alias never equals another skill's name or
// alias, and never is an ordinary word ("Lead", "Spark", "Illustrator", "Rails") or a single letter.
import type { SKILL_KINDS } from '../../../shared/skills/skill.schema.ts';
import { SKILLS_BUSINESS } from './builtin/skills-business.ts';
import { SKILLS_DATA_TOOLS_DESIGN } from './builtin/skills-data-tools-design.ts';
import { SKILLS_ENGINEERING } from './builtin/skills-engineering.ts';
import { SKILLS_MARKET } from './builtin/skills-market.ts';
import { SKILLS_SOFT } from './builtin/skills-soft.ts';

export type SkillKind = (typeof SKILL_KINDS)[number];

export interface BuiltinSkill {
  /** A stable slug, never changed once released: the seed finds the skill's row again by it. */
  key: string;
  name: string;
  /** Hard for technical, tool and domain skills; soft for interpersonal ones. */
  kind: SkillKind;
  category: string;
  /** One sentence. */
  description: string;
  aliases: readonly string[];
  /** An in-demand technology. */
  hot: boolean;
}

/** Every built-in skill, in the order of the files (each groups its categories). */
export const BUILTIN_SKILLS: readonly BuiltinSkill[] = [
  ...SKILLS_ENGINEERING,
  ...SKILLS_DATA_TOOLS_DESIGN,
  ...SKILLS_MARKET,
  ...SKILLS_BUSINESS,
  ...SKILLS_SOFT,
];
