// What a skills page is told when it is navigated to: where the person came from (to go back there
// after a form), and whether they arrive from a save (its heading then takes focus once drawn).
import { type RefObject, useEffect } from 'react';
import { useLocation } from 'react-router';

export interface Arrival {
  /** The path to return to after the form. */
  from?: string;
  /** True when arriving from a save: the heading takes focus. */
  saved?: boolean;
}

/** The path a form should return to, when the page that opened it said so. */
export function arrivedFrom(state: unknown): string | null {
  const from = (state as Arrival | null)?.from;
  // Only paths of this app: never an address elsewhere.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/**
 * After a save brought the person here, the page's heading takes focus once `ready` (its data
 * drawn), so screen readers announce where they are and the keyboard starts at its top.
 */
export function useFocusAfterSave(heading: RefObject<HTMLElement | null>, ready: boolean): void {
  const { state, key } = useLocation();
  const saved = (state as Arrival | null)?.saved === true;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival (`key`)
  useEffect(() => {
    if (saved && ready) heading.current?.focus();
  }, [saved, ready, key]);
}
