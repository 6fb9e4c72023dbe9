// What a content page is told when it is navigated to: where the person came from (to go back there
// after the form) and which entry to bring focus to once it is drawn (the one just saved or queued).
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { entryHeadingId, focusSoon } from './focus.ts';

export interface ContentArrival {
  /** The path to return to after the form. */
  from?: string;
  /** The entry whose heading takes focus, or the section's heading when it is not shown. */
  focus?: string;
}

/** The path a form should return to, when the page that opened it said so: paths of this app only. */
export function arrivedFrom(state: unknown): string | null {
  const from = (state as ContentArrival | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/** Once `ready` (the list drawn), focus the entry the navigation named; once per arrival. */
export function useFocusOnArrival(ready: boolean): void {
  const { state, key } = useLocation();
  const id = (state as ContentArrival | null)?.focus;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival (`key`)
  useEffect(() => {
    if (typeof id === 'string' && ready) focusSoon(entryHeadingId(id));
  }, [id, ready, key]);
}
