// A catalogue the size of an O*NET and ESCO import, and the largest posting the API takes, naming
// its skills in a known way: for the scale test and `npm run bench -- posting`.
import { POSTING_MAX } from '../../../../shared/skills/skill.schema.ts';
import type { PostingSkill } from '../posting.ts';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ru',
  'te',
  'sa',
  'no',
  'vi',
  'pe',
  'du',
  'ze',
  'bo',
  'fi',
  'xu',
  'ha',
  'ji',
];

/** A made-up word for `n`: its base-16 digits as syllables ("kalo…"), unique for each n. */
const word = (n: number) =>
  n
    .toString(16)
    .split('')
    .map((digit) => SYLLABLES[Number.parseInt(digit, 16)])
    .join('');

/** Skill i: a two-word name ("Lo Kamiru…") and a one-word alias ("lo1"), both unique. */
export const generatedSkill = (i: number): PostingSkill => ({
  id: `gen-${i}`,
  name: `${word(i)} ${word(i + 1_000_000)}`.replace(/\b\w/g, (c) => c.toUpperCase()),
  kind: i % 3 === 0 ? 'soft' : 'hard',
  category: null,
  aliases: [`${word(i)}${i}`],
});

export const generatedCatalogue = (size: number): PostingSkill[] =>
  Array.from({ length: size }, (_, i) => generatedSkill(i));

/** What the large posting asks for: skill i's id, its level, and the line naming it. */
export type Asked = [id: string, level: number, line: string];

/**
 * A posting of exactly `POSTING_MAX` characters. Requirements: line k names skill 7k by name and
 * 7k + 1 by alias, every third line with "6+ years". Nice to have: line j names skill 7j + 2, and
 * again one already required. Then a line of padding.
 */
export function largePosting(): { text: string; required: Asked[]; preferred: Asked[] } {
  const lines = ['# Staff Engineer, Platform', 'Requirements:'];
  let length = lines.join('\n').length;
  const push = (line: string) => {
    lines.push(line);
    length += line.length + 1;
  };
  const required: Asked[] = [];
  let k = 0;
  for (; length < POSTING_MAX / 2; k += 1) {
    const years = k % 3 === 0 ? '6+ years' : 'some years';
    const line = `- ${generatedSkill(7 * k).name} and ${generatedSkill(7 * k + 1).aliases[0]}, with ${years} of practice`;
    push(line);
    const level = k % 3 === 0 ? 4 : 3;
    required.push([`gen-${7 * k}`, level, line], [`gen-${7 * k + 1}`, level, line]);
  }
  push('Nice to have:');
  const preferred: Asked[] = [];
  for (let j = 0; length < POSTING_MAX - 200; j += 1) {
    const line = `- ${generatedSkill(7 * j + 2).name}, or ${generatedSkill(7 * (j % k)).name} again`;
    push(line);
    preferred.push([`gen-${7 * j + 2}`, 2, line]);
  }
  const padding = 'padding '.repeat(POSTING_MAX).slice(0, POSTING_MAX - length - 1);
  return { text: `${lines.join('\n')}\n${padding}`, required, preferred };
}
