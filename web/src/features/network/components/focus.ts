// Where focus goes after an action moves or removes what the person acted on.

/** The id of a contact's heading in the contact list. */
export const contactHeadingId = (contactId: string): string => `contact-${contactId}`;

/** Frames to wait at most for the element to be drawn. */
const FRAMES = 10;

/**
 * Focuses the first element of `ids` on the page once the change is drawn: tried on the next
 * frame, and a few more while none is there yet (an update made after a request is drawn when
 * React gets to it, not always by the next frame).
 */
export function focusSoon(...ids: (string | null | undefined)[]): void {
  let frames = 0;
  const attempt = () => {
    for (const id of ids) {
      const target = id ? document.getElementById(id) : null;
      if (target) {
        target.focus();
        return;
      }
    }
    if (++frames < FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
