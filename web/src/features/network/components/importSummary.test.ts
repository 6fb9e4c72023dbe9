import { describe, expect, it } from 'vitest';
import { linkedInCounts, linkedInSentence, vcardCounts, vcardSentence } from './importSummary.ts';

const skipped = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ row: i + 1, index: i + 1, reason: 'has no name' }));

describe('an import’s answer in words', () => {
  it('lists a LinkedIn import’s counts, the skipped rows counted', () => {
    const summary = { added: 3, updated: 1, unchanged: 12, skipped: skipped(2) };
    expect(linkedInCounts(summary)).toEqual([
      ['Contacts added', 3],
      ['Updated', 1],
      ['Unchanged', 12],
      ['Rows skipped', 2],
    ]);
    expect(linkedInSentence(summary)).toBe('3 contacts added, 1 updated, 12 unchanged; 2 rows skipped.');
    expect(linkedInSentence({ added: 1, updated: 0, unchanged: 0, skipped: skipped(1) })).toBe(
      '1 contact added, 0 updated, 0 unchanged; 1 row skipped.',
    );
  });

  it('lists a vCard import’s counts, merged cards among them', () => {
    const summary = { added: 18, merged: 6, skipped: skipped(3) };
    expect(vcardCounts(summary)).toEqual([
      ['Contacts added', 18],
      ['Merged', 6],
      ['Cards skipped', 3],
    ]);
    expect(vcardSentence(summary)).toBe('18 contacts added, 6 merged; 3 cards skipped.');
    expect(vcardSentence({ added: 0, merged: 0, skipped: [] })).toBe(
      '0 contacts added, 0 merged; 0 cards skipped.',
    );
  });
});
