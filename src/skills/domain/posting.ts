// A job posting read into a draft role: the skills it names (by name and alias, as whole words) and
// how much each matters, by the section of the posting it is found in. No I/O: text and skills in,
// draft requirements out.
import type { DraftRequirement, POSTING_SECTIONS, SkillRef } from '../../../shared/skills/skill.schema.ts';

export type PostingSection = (typeof POSTING_SECTIONS)[number];

/** A skill the person can see, as the matcher reads it; `own` when it is the person's own entry. */
export interface PostingSkill extends SkillRef {
  aliases: readonly string[];
  own?: boolean;
}

/** One place a skill was found: the characters of the line its name or alias covers. */
export interface PostingMatch {
  skill: PostingSkill;
  start: number;
  end: number;
}

/** What a section says of the skills found in it. */
export const SECTIONS: Readonly<Record<PostingSection, { importance: number; level: number; rank: number }>> =
  {
    required: { importance: 4, level: 3, rank: 0 },
    mentioned: { importance: 3, level: 3, rank: 1 },
    preferred: { importance: 2, level: 2, rank: 2 },
  };
/** A heading is at most this many characters (after trimming). */
export const HEADING_MAX = 60;
/** "N+ years" with N at least this asks for `SENIOR_LEVEL`. */
export const SENIOR_YEARS = 5;
export const SENIOR_LEVEL = 4;
/** Longer lines are cut, as evidence, to about this many characters around the skill. */
export const EVIDENCE_MAX = 400;

// A word: letters, digits, marks, `+` and `#`, `.` when a letter or digit follows it ("C++",
// "C#", ".NET", "Node.js"; "Python." is "Python"), and `&` between letters or digits ("R&D" and
// "P&L" are words, so R is not found in R&D). Words joined by one hyphen are one compound word.
const WORD = /(?:[\p{L}\p{N}\p{M}+#]|\.(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])&(?=[\p{L}\p{N}]))+/gu;
const FIRST_WORD = new RegExp(WORD.source, 'u');
const HYPHEN = /^[-\u2010\u2011]$/;
const ONLY_HYPHENS = /^[-\u2010\u2011]*$/;

interface Token {
  /** The word in lower case. */
  key: string;
  start: number;
  end: number;
  /** What separates it from the word before: ' ' for spaces and hyphens, else the punctuation. */
  gap: string;
  /** Joined to the word before (after) by a hyphen: inside a compound word such as "go-to". */
  joinedBefore: boolean;
  joinedAfter: boolean;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(last, m.index);
    const before = tokens.at(-1);
    const joined = before !== undefined && HYPHEN.test(between);
    if (before && joined) before.joinedAfter = true;
    const bare = between.replace(/\s+/g, '');
    tokens.push({
      key: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      gap: ONLY_HYPHENS.test(bare) ? ' ' : bare,
      joinedBefore: joined,
      joinedAfter: false,
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

/** The trie's step to a token: its word, and after the first, what separates it from the one before. */
const step = (token: Token, first: boolean) => (first ? token.key : `${token.gap}\u0001${token.key}`);

interface Candidate {
  skill: PostingSkill;
  byName: boolean;
}

/**
 * Which of two skills a shared phrase means: the one whose name it is (over one whose alias it is),
 * then the person's own (they added it on purpose), then the lower id, so the catalogue's order
 * never matters.
 */
function prefers(a: Candidate, b: Candidate): boolean {
  if (a.byName !== b.byName) return a.byName;
  if (Boolean(a.skill.own) !== Boolean(b.skill.own)) return Boolean(a.skill.own);
  return a.skill.id < b.skill.id;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  phrase?: Candidate;
}

/** The words of a text, in lower case, each once. */
export const wordsOf = (text: string): Set<string> => new Set(tokenise(text).map((token) => token.key));

/**
 * The skills' names and aliases as a trie of words, built once per posting: a line is read word by
 * word, each word walking at most as far as the longest phrase, whatever the catalogue's size.
 */
export class SkillIndex {
  readonly #root: TrieNode = {};
  readonly #words: ReadonlySet<string> | undefined;

  /**
   * With `words` (those of the posting), a phrase whose first word is not among them is left out:
   * it could never be found, and most of a large catalogue is skipped after one word.
   */
  constructor(skills: readonly PostingSkill[], words?: ReadonlySet<string>) {
    this.#words = words;
    for (const skill of skills) {
      this.#add(skill.name, { skill, byName: true });
      for (const alias of skill.aliases) this.#add(alias, { skill, byName: false });
    }
  }

  #add(text: string, candidate: Candidate): void {
    if (this.#words) {
      const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
      if (first === undefined || !this.#words.has(first)) return;
    }
    const tokens = tokenise(text);
    if (tokens.length === 0) return;
    let node = this.#root;
    tokens.forEach((token, i) => {
      node.next ??= new Map();
      const key = step(token, i === 0);
      const child = node.next.get(key) ?? {};
      node.next.set(key, child);
      node = child;
    });
    if (!node.phrase || prefers(candidate, node.phrase)) node.phrase = candidate;
  }

  /**
   * The skills named in `line`, left to right: at each word the longest phrase starting there, none
   * overlapping; a phrase starts and ends on whole (compound) words.
   */
  find(line: string): PostingMatch[] {
    const tokens = tokenise(line);
    const found: PostingMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      // "go" in "go-to" is no word of its own: a phrase starts and ends where a compound word does.
      if (tokens[i]!.joinedBefore) {
        i += 1;
        continue;
      }
      let best: { phrase: Candidate; last: number } | null = null;
      let node: TrieNode | undefined = this.#root;
      for (let j = i; node && j < tokens.length; j++) {
        node = node.next?.get(step(tokens[j]!, j === i));
        if (node?.phrase && !tokens[j]!.joinedAfter) best = { phrase: node.phrase, last: j };
      }
      if (best) {
        found.push({ skill: best.phrase.skill, start: tokens[i]!.start, end: tokens[best.last]!.end });
        i = best.last + 1;
      } else {
        i += 1;
      }
    }
    return found;
  }
}

const PREFERRED = /\b(?:nice[\s-]+to[\s-]+haves?|preferred|bonus|a\s+plus)\b/i;
const REQUIRED =
  /\b(?:requirements?|required|must[\s-]+haves?|qualifications?|what\s+you(?:'ll|’ll|\s+will)?\s+bring)\b/i;

/** The section a heading opens (a line of ≤ 60 characters ending in `:` or starting with `#`), else null. */
export function headingSection(line: string): PostingSection | null {
  const text = line.trim();
  if (
    text === '' ||
    (text.length > HEADING_MAX && [...text].length > HEADING_MAX) ||
    !(text.endsWith(':') || text.startsWith('#'))
  ) {
    return null;
  }
  // Preferred first: "Preferred qualifications" are preferred.
  if (PREFERRED.test(text)) return 'preferred';
  return REQUIRED.test(text) ? 'required' : 'mentioned';
}

const YEARS = /(?<![\p{L}\p{N}.])(\d+)\s*\+\s*(?:years?|yrs?)(?![\p{L}\p{N}])/giu;

/** The level a line asks for: 4 when it says "N+ years" with N ≥ 5, else the section's. */
export function lineLevel(line: string, section: PostingSection): number {
  for (const m of line.matchAll(YEARS)) if (Number(m[1]) >= SENIOR_YEARS) return SENIOR_LEVEL;
  return SECTIONS[section].level;
}

/** The line as evidence: whole, or when long, cut at spaces to about `EVIDENCE_MAX` around the match. */
export function evidenceOf(line: string, start: number, end: number): string {
  if (line.length <= EVIDENCE_MAX) return line;
  const room = Math.max(0, EVIDENCE_MAX - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(line.length, end + room - (start - from));
  if (from > 0) {
    const space = line.slice(from, start).search(/\s/);
    from = space === -1 ? start : from + space + 1;
  }
  if (to < line.length) {
    const space = line.slice(end, to).search(/\s\S*$/);
    to = space === -1 ? end : end + space;
  }
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

interface Found {
  requirement: DraftRequirement;
  rank: number;
  /** When the skill was first found in its section: the order of the draft within a section. */
  order: number;
}

/**
 * The draft requirements of a posting: each skill once, from its strongest section (required, then
 * mentioned, then preferred) and that section's first line asking the highest level, as evidence;
 * required first, then mentioned, then preferred, each in order of first appearance.
 */
export function draftRequirements(text: string, skills: readonly PostingSkill[]): DraftRequirement[] {
  const index = new SkillIndex(skills, wordsOf(text));
  const found = new Map<string, Found>();
  let section: PostingSection = 'mentioned';
  let order = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    // A heading's own words count, in the section it opens ("# Senior Rust engineer", "Bonus: AWS:").
    section = headingSection(line) ?? section;
    const matches = index.find(line);
    if (matches.length === 0) continue;
    const level = lineLevel(line, section);
    const { importance, rank } = SECTIONS[section];
    for (const { skill, start, end } of matches) {
      const seen = found.get(skill.id);
      if (seen && (seen.rank < rank || (seen.rank === rank && seen.requirement.level >= level))) continue;
      const { id, name, kind, category } = skill;
      found.set(skill.id, {
        requirement: {
          skill: { id, name, kind, category },
          level,
          importance,
          section,
          evidence: evidenceOf(line, start, end),
        },
        rank,
        order: seen?.rank === rank ? seen.order : order++,
      });
    }
  }
  return [...found.values()].sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.requirement);
}
