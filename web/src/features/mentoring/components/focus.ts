// Where focus goes after an action moves or removes what the person acted on.

/** How many frames to wait for the element to be drawn: the list it moves to refreshes first. */
const FRAMES = 30;

/**
 * Focuses the element of `id` once the page has drawn it (within about half a second), else the
 * element of `fallbackId`, so the keyboard never lands on nothing.
 */
export function focusWhenDrawn(id: string, fallbackId: string | null = null, frames = FRAMES): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (target) target.focus();
    else if (frames > 0) focusWhenDrawn(id, fallbackId, frames - 1);
    else if (fallbackId) document.getElementById(fallbackId)?.focus();
  });
}
