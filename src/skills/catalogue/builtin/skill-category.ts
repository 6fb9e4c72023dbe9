// How the built-in skill files write a category: entries of [key, name, description, extra?],
// of the category's usual kind unless an entry says otherwise.
import type { BuiltinSkill, SkillKind } from '../builtin-skills.ts';

interface Extra {
  aliases?: readonly string[];
  hot?: boolean;
  /** When it differs from its category's usual kind. */
  kind?: SkillKind;
}

type Entry = readonly [key: string, name: string, description: string, extra?: Extra];

/** The skills of one category, of the category's usual kind unless a skill says otherwise. */
export function category(name: string, kind: SkillKind, entries: readonly Entry[]): BuiltinSkill[] {
  return entries.map(([key, skillName, description, extra = {}]) => ({
    key,
    name: skillName,
    kind: extra.kind ?? kind,
    category: name,
    description,
    aliases: extra.aliases ?? [],
    hot: extra.hot ?? false,
  }));
}
