import type { ReactNode } from 'react';
import { isNotFound } from './detailPage.ts';
import { LoadError, Loading } from './LoadState.tsx';

export interface DetailLoadStateProps {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** "Loading the contact…". */
  loadingLabel: string;
  /** For a thing that is not there: why that may be, and a link back to its list. */
  children: ReactNode;
}

/**
 * A page of one thing while the thing is not drawn: a loading line, the way back from a missing one,
 * or a failed load with a retry. Nothing once it has loaded.
 */
export function DetailLoadState({ query, loadingLabel, children }: DetailLoadStateProps) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (!query.isError) return null;
  if (isNotFound(query.error)) return <p>{children}</p>;
  return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
}
