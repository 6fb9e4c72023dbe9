import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '../../../api/upload.ts';
import { portableEndpoints } from './endpoints.ts';

/**
 * Loads a full export into the account. It writes into every capability at once, so every query
 * the page cache holds is stale afterwards.
 */
export function useImportFullExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadFile(portableEndpoints.importFull, file, 'application/json'),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
