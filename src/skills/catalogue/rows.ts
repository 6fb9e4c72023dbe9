// The derived columns of catalogue rows, computed in one place for every writer (the built-in
// catalogue, the importers, a person's own entries), so search and uniqueness agree everywhere.

import { normalise } from '../domain/search.ts';

/** The key a name is unique by: trimmed, spaces collapsed, lower case ("Node.js" → "node.js"). */
export const nameKey = normalise;

/** Aliases cleaned up: trimmed, without blanks, without the name itself, each once (by its key). */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const text = alias.trim().replace(/\s+/g, ' ');
    const key = nameKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** The `search` column: the name and each alias by their keys, one per line. */
export const searchText = (name: string, aliases: readonly string[]): string =>
  [nameKey(name), ...aliases.map(nameKey)].join('\n');

/** The derived columns of a skill or role row from its name (or title) and aliases. */
export function derivedColumns(name: string, aliases: readonly string[]) {
  const clean = cleanAliases(name, aliases);
  return {
    name_key: nameKey(name),
    aliases: JSON.stringify(clean),
    search: searchText(name, clean),
  };
}

/** The aliases column read back. */
export const aliasesOf = (column: string): string[] => {
  const parsed: unknown = JSON.parse(column);
  return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
};
