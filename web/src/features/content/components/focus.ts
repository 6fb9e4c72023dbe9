import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

// Where focus goes after an action moves or removes what the person acted on: the entry's heading
// when it is still shown, else the heading of the section around it.

/** The id of an entry's heading in a list, for focus and for links to it. */
export const entryHeadingId = (entryId: string): string => `entry-${entryId}`;

/** The id of the heading of the section a content page shows (Log, Queue, Inbox …). */
export const SECTION_HEADING_ID = 'content-section-title';

/**
 * Focuses the element of `id` if the page shows it at the next frame (an entry that stayed where it
 * was), else the section's heading (it has gone), so the keyboard never lands on nothing.
 */
export function focusSoon(id: string | null): void {
  focusWhenDrawn(id, { fallbackId: SECTION_HEADING_ID, waitMs: 0 });
}

/** Focuses the element of `id` once it is drawn (an entry arriving after a request), else the section's heading. */
export function focusWhenArrived(id: string): void {
  focusWhenDrawn(id, { fallbackId: SECTION_HEADING_ID });
}
