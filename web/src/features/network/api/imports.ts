// The imports: LinkedIn's Connections.csv and vCard files, each sent as the file itself (see
// content's upload.ts). Both add and update contacts: the `contacts` branch and the due list.
import { useMutation } from '@tanstack/react-query';
import { uploadFile } from '../../../api/upload.ts';
import { contactEndpoints } from './endpoints.ts';
import { useRefreshNetwork } from './refresh.ts';

/** Adds a contact per connection, or updates the one a re-import finds again (by profile, e-mail, name). */
export function useImportLinkedIn() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (file: Blob) => uploadFile(contactEndpoints.importLinkedIn, file, 'text/csv'),
    onSuccess: () => refresh({ goals: false }),
  });
}

/** Adds a contact per card, or merges a card into the contact with its e-mail (or name and phone). */
export function useImportVcard() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (file: Blob) => uploadFile(contactEndpoints.importVcard, file, 'text/vcard'),
    onSuccess: () => refresh({ goals: false }),
  });
}
