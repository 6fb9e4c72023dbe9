// The largest posting the API takes, read against a catalogue the size of an O*NET and ESCO import:
// checks the answer only (the figures are in `npm run bench -- posting`).
import { describe, expect, it } from 'vitest';
import { POSTING_MAX } from '../../../shared/skills/skill.schema.ts';
import { draftRequirements } from './posting.ts';
import { CATALOGUE } from './postings/catalogue.ts';
import { generatedCatalogue, largePosting } from './postings/large.ts';

const SIZE = 20_000;

describe('draftRequirements at scale', () => {
  it('reads a 50,000-character posting against 20,000 skills', () => {
    const { text, required, preferred } = largePosting();
    expect(text.length).toBe(POSTING_MAX);
    expect(required.length).toBeGreaterThan(400);
    expect(preferred.length).toBeGreaterThan(400);
    expect(required.at(-1)![0]).toBe(`gen-${7 * (required.length / 2 - 1) + 1}`);
    expect(preferred.at(-1)![0]).toBe(`gen-${7 * (preferred.length - 1) + 2}`);

    const draft = draftRequirements(text, [...CATALOGUE, ...generatedCatalogue(SIZE)]);
    expect(draft.map((r) => [r.skill.id, r.section, r.level, r.evidence])).toEqual([
      ...required.map(([id, level, line]) => [id, 'required', level, line]),
      ...preferred.map(([id, level, line]) => [id, 'preferred', level, line]),
    ]);
  });
});
