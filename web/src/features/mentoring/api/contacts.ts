// The contact search behind the person picker of the mentoring and feedback forms: the network's own
// list, asked by name (api/keys.ts: `mentoringKeys.contactSearch`, under the network's contacts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { mentoringKeys } from '../../../api/keys.ts';
import { contactSearchEndpoint } from './endpoints.ts';

/** How many contacts a search shows: enough to choose from, few enough to read. */
export const CONTACT_SEARCH_LIMIT = 8;

/** My contacts whose name, company, position, e-mail or tag holds `q`, by name; nothing for no text. */
export function useContactSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: mentoringKeys.contactSearch(text),
    queryFn: async () =>
      (await api.call(contactSearchEndpoint, { query: { q: text, limit: String(CONTACT_SEARCH_LIMIT) } }))
        .items,
    enabled: text !== '',
    placeholderData: keepPreviousData,
  });
}
