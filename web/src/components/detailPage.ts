// A page of one thing loaded by the id in its address (a contact, a role, an activity): what it is
// called while the thing loads, once it turns out missing, or when it cannot be loaded.
import { ApiError } from '../api/client.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';

/** True when the API answered that the thing is not there, or not the person's to see. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export interface DetailNames {
  /** Until the thing has loaded: "Contact". */
  page: string;
  /** "Contact not found". */
  missing: string;
  /** "The contact could not be loaded". */
  failed: string;
}

/**
 * The page's heading, and the tab's title: the thing's `name` once loaded, else what is happening to
 * it. The tab says a failed load by the page's name alone.
 */
export function useDetailHeading(
  query: { isError: boolean; error: unknown },
  name: string | undefined,
  names: DetailNames,
): string {
  const missing = isNotFound(query.error);
  useDocumentTitle(name ?? (missing ? names.missing : names.page));
  return name ?? (missing ? names.missing : query.isError ? names.failed : names.page);
}
