// How the catalogue ranks an entry for a search: its name or an alias equal to the query first, then
// those starting with it, then those with a word inside starting with it; ties by name.

/** How well an entry matches; lower is better, null is no match. */
export type MatchRank = 0 | 1 | 2;

/** Lower case, trimmed, spaces collapsed: how names and queries are compared. */
export const normalise = (text: string): string =>
  text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

const WORD_START = /[\s\-/.(),&+]/;

/**
 * How `text` (a name or an alias) matches the normalised query `q`: 0 equal, 1 starts with it,
 * 2 a word inside starts with it (after a space, a hyphen, a slash, a dot or a bracket), else null.
 */
export const rankText = (text: string, q: string): MatchRank | null => rankKey(normalise(text), q);

/** As rankText, for a text already normalised (the lines of the `search` column are). */
function rankKey(t: string, q: string): MatchRank | null {
  if (t === q) return 0;
  if (t.startsWith(q)) return 1;
  for (let at = t.indexOf(q, 1); at !== -1; at = t.indexOf(q, at + 1)) {
    if (WORD_START.test(t[at - 1]!)) return 2;
  }
  return null;
}

/** An entry as the catalogue's `search` column holds it: its name's key, then each alias's, one per line. */
export interface SearchEntry {
  id: string;
  search: string;
}

/** Orders entries by name key, then id: code units, so it is the same on every database and machine. */
export const compareKeys = (a: SearchEntry, b: SearchEntry): number => {
  const ka = firstLine(a.search);
  const kb = firstLine(b.search);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const firstLine = (text: string) => {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
};

/** The entries matching `query`, best first, ties by name then id; all of them, by name, without a query. */
export function rankEntries<T extends SearchEntry>(entries: readonly T[], query: string): T[] {
  const q = normalise(query);
  // Each entry's rank and name key worked out once, not in every comparison of the sort.
  const ranked: { entry: T; rank: MatchRank; key: string }[] = [];
  for (const entry of entries) {
    const lines = entry.search.split('\n');
    let best: MatchRank | null = q === '' ? 0 : null;
    for (let i = 0; best !== 0 && i < lines.length; i++) {
      const rank = rankKey(lines[i]!, q);
      if (rank !== null && (best === null || rank < best)) best = rank;
    }
    if (best !== null) ranked.push({ entry, rank: best, key: lines[0]! });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : a.entry.id < b.entry.id
            ? -1
            : a.entry.id > b.entry.id
              ? 1
              : 0),
  );
  return ranked.map((r) => r.entry);
}

/** Orders named things by name, then id, the way people read a list. */
export const compareByName = (a: { id: string; name: string }, b: { id: string; name: string }): number => {
  const ka = normalise(a.name);
  const kb = normalise(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
