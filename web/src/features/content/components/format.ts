// How content screens write an entry's numbers, dates and people, and the answers of refreshes and
// imports: pure, so the words are tested once.
import type { Content } from '@shared/content/content.schema.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { RATING_MAX } from './labels.ts';

/** "63 minutes", "1 minute". */
export const minutesText = (minutes: number): string => plural(minutes, 'minute');

/** How long or how big an entry is: its pages and its minutes, as far as known. */
export function amountTexts(entry: Pick<Content, 'minutes' | 'pages'>): string[] {
  return [
    ...(entry.pages !== null ? [plural(entry.pages, 'page')] : []),
    ...(entry.minutes !== null ? [minutesText(entry.minutes)] : []),
  ];
}

/** A rating as words: "4 of 5". */
export const ratingText = (rating: number): string => `${rating} of ${RATING_MAX}`;

/** A rating as stars, filled up to it: "★★★★☆" (shown beside its words, hidden from screen readers). */
export const ratingStars = (rating: number): string =>
  '★'.repeat(Math.min(rating, RATING_MAX)) + '☆'.repeat(Math.max(0, RATING_MAX - rating));

/** When the entry was finished or given up on, said for its status; null when no date is known. */
export function consumedText(entry: Pick<Content, 'status' | 'consumedOn'>): string | null {
  if (!entry.consumedOn) return null;
  const date = formatDate(entry.consumedOn);
  if (entry.status === 'done') return `Finished ${date}`;
  if (entry.status === 'abandoned') return `Stopped ${date}`;
  return `Dated ${date}`;
}

/** Who wrote it and where it came from: "Brandon Sanderson · Goodreads"; null with neither. */
export function bylineOf(entry: Pick<Content, 'author' | 'source'>): string | null {
  const parts = [entry.author ? `by ${entry.author}` : null, entry.source].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * Names typed into one box, separated by commas or new lines: trimmed, the empty ones dropped, and
 * each once (compared without case), in the order typed.
 */
export function namesOf(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** The names as the box shows them again. */
export const namesText = (names: readonly string[]): string => names.join(', ');

/** What a refresh found: "1 new item", "3 new items", or no change. */
export function refreshText(result: { notModified: boolean; added: readonly unknown[] }): string {
  if (result.notModified || result.added.length === 0) return 'No change: nothing new since the last fetch.';
  return `${plural(result.added.length, 'new item')}, now in your inbox.`;
}

/** The counts of an OPML import, labelled, in the order the page lists them. */
export function opmlCounts(summary: {
  added: number;
  existing: number;
  invalid: number;
  overLimit: number;
}): [label: string, count: number][] {
  return [
    ['Feeds added', summary.added],
    ['Already followed', summary.existing],
    ['Not a feed address', summary.invalid],
    ['Over the limit', summary.overLimit],
  ];
}

/** The counts of a Goodreads import, labelled, in the order the page lists them. */
export function goodreadsCounts(summary: {
  added: number;
  updated: number;
  unchanged: number;
  skipped: readonly unknown[];
}): [label: string, count: number][] {
  return [
    ['Books added', summary.added],
    ['Updated', summary.updated],
    ['Unchanged', summary.unchanged],
    ['Rows skipped', summary.skipped.length],
  ];
}

/** The day of a moment, in the browser's own zone: "Mar 12, 2026"; null stays unknown. */
export function dayOf(iso: string | null): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? null
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(at);
}
