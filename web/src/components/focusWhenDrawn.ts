// Where focus goes after an action that changes the page: the element the person would carry on
// from, once the page has drawn it.

/** How long to wait at most for the element to be drawn: a list refetched after a request. */
const WAIT_MS = 3000;

/** An element's id, or a function that answers the element once drawn (a ref's current). */
export type FocusTarget = string | null | undefined | (() => HTMLElement | null | undefined);

export interface FocusWait {
  /** The element to focus when none of the wanted ones is drawn in time. */
  fallbackId?: string | null;
  /** How long to wait for one of them; 0 looks once, at the next frame. */
  waitMs?: number;
}

/**
 * Focuses the first of `targets` that the page shows: looked for at the next frame, then after
 * every change to the page until one is there or the wait is over, and then the fallback. An update
 * made after a request is drawn when its answer comes, which on a slow machine or network can be
 * many frames later. Once the wait has begun, the focus is moved only while it is still where it
 * was (or lost with a removed element), never away from where the person has gone since.
 */
export function focusWhenDrawn(
  targets: FocusTarget | readonly FocusTarget[],
  { fallbackId = null, waitMs = WAIT_MS }: FocusWait = {},
): void {
  const wanted = (Array.isArray(targets) ? targets : [targets]).filter(
    (t): t is NonNullable<FocusTarget> => !!t,
  );
  const find = () => {
    for (const target of wanted) {
      const element = typeof target === 'string' ? document.getElementById(target) : target();
      if (element?.isConnected) return element;
    }
    return null;
  };
  requestAnimationFrame(() => {
    const now = find();
    if (now || waitMs <= 0 || wanted.length === 0) {
      (now ?? (fallbackId ? document.getElementById(fallbackId) : null))?.focus();
      return;
    }
    const from = document.activeElement;
    const unmoved = () =>
      document.activeElement === from || document.activeElement === document.body || !document.activeElement;
    const finish = (element: HTMLElement | null) => {
      observer.disconnect();
      window.clearTimeout(timer);
      if (element && unmoved()) element.focus();
    };
    const observer = new MutationObserver(() => {
      const drawn = find();
      if (drawn) finish(drawn);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
    const timer = window.setTimeout(
      () => finish(fallbackId ? document.getElementById(fallbackId) : null),
      waitMs,
    );
  });
}
