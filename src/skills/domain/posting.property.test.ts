import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftRequirement } from '../../../shared/skills/skill.schema.ts';
import { draftRequirements, type PostingSkill, SkillIndex, wordsOf } from './posting.ts';

// Skills and postings built from a few words that overlap on purpose (Java and JavaScript, Go and
// Google, C and C++, Data and Data Analysis), in any case, joined by spaces or hyphens; the filler
// words are none of them.
const SKILL_WORDS = [
  'java',
  'javascript',
  'go',
  'google',
  'c',
  'c++',
  'c#',
  '.net',
  'node.js',
  'data',
  'analysis',
  'machine',
  'learning',
  'web',
  'k8s',
  'naïve',
];
const FILLERS = ['and', 'with', 'strong', 'experience', 'in', 'or', '5+ years', '3+ years', '10+ yrs'];
const SEPARATORS = [' ', ', ', '. ', '; ', ' / ', ' (', ') ', ' - ', ': ', '-'];
const HEADINGS = [
  'Requirements:',
  '# Nice to have',
  'About us:',
  '## Preferred qualifications',
  'What you bring:',
];

const inAnyCase = (word: string) =>
  fc
    .constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
    )
    .map((casing) => casing(word));

const aSkillWord = fc.constantFrom(...SKILL_WORDS).chain(inAnyCase);
const aPhrase = fc
  .array(fc.tuple(aSkillWord, fc.constantFrom(' ', '-')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([word, join], i) => (i === 0 ? word : `${join}${word}`)).join(''));

const aCatalogue = fc
  .array(
    fc.record({
      name: aPhrase,
      aliases: fc.array(aPhrase, { maxLength: 2 }),
      own: fc.boolean(),
      kind: fc.constantFrom<'hard' | 'soft'>('hard', 'soft'),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((skills) => skills.map((s, i): PostingSkill => ({ ...s, id: `s${i}`, category: null })));

const aLine = fc
  .array(fc.tuple(fc.oneof(aSkillWord, fc.constantFrom(...FILLERS)), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.map(([word, sep]) => `${word}${sep}`).join(''));
const aPosting = fc
  .array(fc.oneof({ arbitrary: aLine, weight: 4 }, { arbitrary: fc.constantFrom(...HEADINGS), weight: 1 }), {
    maxLength: 12,
  })
  .map((lines) => lines.join('\n'));

const W = String.raw`[\p{L}\p{N}\p{M}+#]`;
const HYPHEN = String.raw`[-\u2010\u2011]`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `phrase` is in `line` as whole words, in any case: not inside a longer word (a dot
 * followed by a letter or digit, `+`, `#` and a hyphen between two words all join them), its words
 * apart by spaces or hyphens only. Written apart from the matcher, as a regular expression.
 */
function occursAsWords(phrase: string, line: string): boolean {
  const words = phrase.split(/[\s\-\u2010\u2011]+/).filter((w) => w !== '');
  const body = words.map(escapeRegExp).join(String.raw`[\s\-\u2010\u2011]+`);
  const before = String.raw`(?<!${W}|\.|${W}${HYPHEN})`;
  const after = String.raw`(?!${W}|\.[\p{L}\p{N}]|${HYPHEN}(?:${W}|\.[\p{L}\p{N}]))`;
  return new RegExp(`${before}${body}${after}`, 'iu').test(line);
}

const phrasesOf = (skill: PostingSkill) => [skill.name, ...skill.aliases];
const byId = (catalogue: readonly PostingSkill[], id: string) => catalogue.find((s) => s.id === id)!;
const normalised = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .join(' ');
/**
 * The skill a phrase means when several share it: the one whose name it is, then a person's own,
 * then the lowest id.
 */
function meaning(catalogue: readonly PostingSkill[], phrase: string): PostingSkill {
  const key = normalised(phrase);
  const order = (s: PostingSkill) => [normalised(s.name) === key ? 0 : 1, s.own ? 0 : 1] as const;
  const sharing = catalogue.filter((s) => phrasesOf(s).some((p) => normalised(p) === key));
  sharing.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.id < b.id ? -1 : 1);
  });
  return sharing[0]!;
}
const withoutEvidence = (draft: DraftRequirement[]) => draft.map(({ evidence: _, ...rest }) => rest);

describe('draftRequirements properties', () => {
  it('finds each skill by its name or an alias, as whole words of its evidence line', () => {
    fc.assert(
      fc.property(aCatalogue, aPosting, (catalogue, text) => {
        for (const requirement of draftRequirements(text, catalogue)) {
          const skill = byId(catalogue, requirement.skill.id);
          expect(phrasesOf(skill).some((phrase) => occursAsWords(phrase, requirement.evidence))).toBe(true);
          expect(text.split('\n').map((line) => line.trim())).toContain(requirement.evidence);
        }
      }),
    );
  });

  it('answers each skill at most once, required first, then mentioned, then preferred', () => {
    const rank = { required: 0, mentioned: 1, preferred: 2 };
    fc.assert(
      fc.property(aCatalogue, aPosting, (catalogue, text) => {
        const draft = draftRequirements(text, catalogue);
        const ids = draft.map((r) => r.skill.id);
        expect(new Set(ids).size).toBe(ids.length);
        const ranks = draft.map((r) => rank[r.section]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('weighs each requirement by its section, and asks level 4 only on a line with 5+ years or more', () => {
    const weights = { required: [4, 3], mentioned: [3, 3], preferred: [2, 2] };
    fc.assert(
      fc.property(aCatalogue, aPosting, (catalogue, text) => {
        for (const r of draftRequirements(text, catalogue)) {
          const [importance, level] = weights[r.section];
          const senior = [...r.evidence.matchAll(/(\d+)\+ (?:years|yrs)/g)].some((m) => Number(m[1]) >= 5);
          expect([r.importance, r.level]).toEqual([importance, senior ? 4 : level]);
        }
      }),
    );
  });

  it('always finds a skill’s name put into a line of a Requirements section, as required', () => {
    fc.assert(
      fc.property(
        aCatalogue,
        aPosting,
        aPosting,
        fc.nat(),
        fc.array(fc.constantFrom(...FILLERS), { maxLength: 3 }),
        fc.constantFrom('', ', and more', '. ', ' (with others)'),
        (catalogue, head, tail, pick, prefix, suffix) => {
          const name = catalogue[pick % catalogue.length]!.name;
          // Filler words around it are part of no skill's phrase, so no longer phrase can overlap it.
          const line = `- ${[...prefix, name].join(' ')}${suffix}`;
          const draft = draftRequirements(`${head}\nRequirements:\n${line}\n${tail}`, catalogue);
          const meant = meaning(catalogue, name);
          expect(draft.find((r) => r.skill.id === meant.id)?.section).toBe('required');
        },
      ),
    );
  });

  it('answers the same whatever the case of the posting', () => {
    fc.assert(
      fc.property(aCatalogue, aPosting, (catalogue, text) => {
        const draft = draftRequirements(text, catalogue);
        for (const changed of [text.toUpperCase(), text.toLowerCase()]) {
          const other = draftRequirements(changed, catalogue);
          expect(withoutEvidence(other)).toEqual(withoutEvidence(draft));
          expect(other.map((r) => r.evidence.toLowerCase())).toEqual(
            draft.map((r) => r.evidence.toLowerCase()),
          );
        }
      }),
    );
  });

  it('answers the same whatever the order of the catalogue', () => {
    fc.assert(
      fc.property(
        aCatalogue.chain((catalogue) =>
          fc.tuple(fc.constant(catalogue), fc.shuffledSubarray(catalogue, { minLength: catalogue.length })),
        ),
        aPosting,
        ([catalogue, shuffled], text) => {
          expect(draftRequirements(text, shuffled)).toEqual(draftRequirements(text, catalogue));
        },
      ),
    );
  });
});

describe('SkillIndex.find properties', () => {
  it('finds non-overlapping phrases, left to right, each a name or an alias of its skill', () => {
    fc.assert(
      fc.property(aCatalogue, aLine, (catalogue, line) => {
        const matches = new SkillIndex(catalogue).find(line);
        matches.forEach((m, i) => {
          expect(m.start).toBeLessThan(m.end);
          if (i > 0) expect(matches[i - 1]!.end).toBeLessThanOrEqual(m.start);
          const covered = normalised(line.slice(m.start, m.end));
          expect(phrasesOf(m.skill).map(normalised)).toContain(covered);
          expect(occursAsWords(line.slice(m.start, m.end), line)).toBe(true);
        });
      }),
    );
  });

  it('finds the same when told the words of the text, which leaves most phrases out', () => {
    fc.assert(
      fc.property(aCatalogue, aLine, aLine, (catalogue, line, other) => {
        const all = new SkillIndex(catalogue).find(line);
        expect(new SkillIndex(catalogue, wordsOf(line)).find(line)).toEqual(all);
        expect(new SkillIndex(catalogue, wordsOf(`${other}\n${line}`)).find(line)).toEqual(all);
      }),
    );
  });

  it('finds every name standing alone on a line, as one match', () => {
    fc.assert(
      fc.property(aCatalogue, fc.nat(), (catalogue, pick) => {
        const name = catalogue[pick % catalogue.length]!.name;
        const matches = new SkillIndex(catalogue).find(name);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[0, name.length]]);
        expect(matches[0]!.skill).toBe(meaning(catalogue, name));
      }),
    );
  });
});
