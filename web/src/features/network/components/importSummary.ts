// What an import answered, in words: the counts the page lists, and the sentence announced.
import type { LinkedInImportSummary, VcardImportSummary } from '@shared/network/network.schema.ts';
import { plural } from '../../goals/components/detail/family.ts';

type Counts = [label: string, count: number][];

/** The counts of a LinkedIn import, labelled, in the order the page lists them. */
export function linkedInCounts(summary: LinkedInImportSummary): Counts {
  return [
    ['Contacts added', summary.added],
    ['Updated', summary.updated],
    ['Unchanged', summary.unchanged],
    ['Rows skipped', summary.skipped.length],
  ];
}

/** The counts of a vCard import, labelled, in the order the page lists them. */
export function vcardCounts(summary: VcardImportSummary): Counts {
  return [
    ['Contacts added', summary.added],
    ['Merged', summary.merged],
    ['Cards skipped', summary.skipped.length],
  ];
}

/** "3 contacts added, 1 updated, 12 unchanged; 2 rows skipped." */
export function linkedInSentence(summary: LinkedInImportSummary): string {
  return (
    `${plural(summary.added, 'contact')} added, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
    `${plural(summary.skipped.length, 'row')} skipped.`
  );
}

/** "18 contacts added, 6 merged; 3 cards skipped." */
export function vcardSentence(summary: VcardImportSummary): string {
  return `${plural(summary.added, 'contact')} added, ${summary.merged} merged; ${plural(summary.skipped.length, 'card')} skipped.`;
}
