// The imports: an OPML file of feeds (a podcast app's or feed reader's export) and a Goodreads
// library export, each sent as the file itself. Keys from api/keys.ts (`contentKeys`).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contentKeys } from '../../../api/keys.ts';
import { uploadFile } from '../../../api/upload.ts';
import { contentEndpoints, feedEndpoints } from './endpoints.ts';

/** Follows every feed of an OPML file; they are fetched later, by the background refresh. */
export function useImportOpml() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadFile(feedEndpoints.importOpml, file, 'text/x-opml'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.feeds() }),
  });
}

/** Adds a book per row of a Goodreads export, or updates the book a re-import finds again. */
export function useImportGoodreads() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadFile(contentEndpoints.importGoodreads, file, 'text/csv'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.entries() }),
  });
}
