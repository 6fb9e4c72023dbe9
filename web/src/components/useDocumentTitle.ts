import { useEffect } from 'react';

/** Sets the tab title to "<page> · Trellis" so history, tabs and screen readers name the page. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Trellis`;
  }, [page]);
}
