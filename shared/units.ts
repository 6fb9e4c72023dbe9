// A metric's unit as people read it beside a number: "1 book", "2 books", "5 h".

// Abbreviations are never inflected: two letters or fewer (h, km), no vowel (hrs, pts, kg), or one
// of these.
const ABBREVIATIONS = new Set(['min', 'mins', 'sec', 'secs', 'cal', 'kcal', 'max', 'avg', 'approx']);
const isAbbreviation = (word: string) =>
  word.length <= 2 || !/[aeiouy]/.test(word) || ABBREVIATIONS.has(word);
// Words that end in s and are the same in the singular: never singularised.
const SAME_IN_BOTH = new Set([
  'news',
  'series',
  'species',
  'means',
  'kudos',
  'physics',
  'maths',
  'mathematics',
]);

/**
 * The unit's last word, when it is a plain lower-case word worth inflecting (not an abbreviation),
 * with the words before it; null for a rate or anything else with symbols ("km/h", "h/week").
 */
function lastWord(unit: string): { head: string; word: string } | null {
  const match = /^((?:[a-z]+ )*)([A-Za-z]+)$/.exec(unit);
  if (!match || isAbbreviation(match[2]!) || match[2] !== match[2]!.toLowerCase()) return null;
  return { head: match[1]!, word: match[2]! };
}

function singular(word: string): string | null {
  if (SAME_IN_BOTH.has(word) || /(ss|us|is)$/.test(word) || !word.endsWith('s')) return null;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function plural(word: string): string {
  if (word.endsWith('s') && !word.endsWith('ss')) return word; // already plural, as typed
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ss|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The unit for `count` of it: singular for exactly one, plural otherwise. A unit typed in the
 * plural stays as typed for one when it cannot safely be made singular ("series"), as does a unit
 * whose plural is an earlier word ("books read"); abbreviations and units with capitals or symbols
 * (h, km, "km/h", "h/week", USD) never change.
 */
export function unitFor(unit: string, count: number): string {
  const trimmed = unit.trim();
  const parts = lastWord(trimmed);
  if (!parts) return trimmed;
  if (Math.abs(count) === 1) return parts.head + (singular(parts.word) ?? parts.word);
  // A word before the last already in the plural ("books read", "hours of practice") says the
  // unit is plural as typed; otherwise the last word is the noun ("blog post" → "blog posts").
  const pluralBefore = parts.head.split(' ').some((word) => word.length > 2 && word.endsWith('s'));
  return pluralBefore ? trimmed : parts.head + plural(parts.word);
}

/** A unit that measures time spent, as a person would write it, by what it counts. */
export type TimeUnit = 'hours' | 'minutes';

const TIME_WORDS: Record<string, TimeUnit> = {
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
};

/**
 * Whether a metric's unit counts hours or minutes, in any case: "h", "hrs", "Hours", "min",
 * "minutes", also followed by words ("hours of practice", "h studied"); null for anything else,
 * rates included ("h/week"). "m" stays null: it is metres as often as minutes.
 */
export function timeUnitOf(unit: string): TimeUnit | null {
  const match = /^([a-z]+)(?: [a-z][a-z ]*)?$/.exec(unit.trim().toLowerCase().replace(/\s+/g, ' '));
  return (match && TIME_WORDS[match[1]!]) ?? null;
}
