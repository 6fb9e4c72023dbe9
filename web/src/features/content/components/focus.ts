// Where focus goes after an action moves or removes what the person acted on: the entry's heading
// when it is still shown, else the heading of the section around it.

/** The id of an entry's heading in a list, for focus and for links to it. */
export const entryHeadingId = (entryId: string): string => `entry-${entryId}`;

/** The id of the heading of the section a content page shows (Log, Queue, Inbox …). */
export const SECTION_HEADING_ID = 'content-section-title';

/**
 * Focuses the element of `id` once the page has drawn the change (the next frame), else the
 * section's heading, so the keyboard never lands on nothing.
 */
export function focusSoon(id: string | null): void {
  requestAnimationFrame(() => {
    const target = (id && document.getElementById(id)) || document.getElementById(SECTION_HEADING_ID);
    target?.focus();
  });
}
