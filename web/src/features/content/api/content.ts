// The content log: lists by filter, one entry, and adding, changing and deleting entries. Keys from
// api/keys.ts (`contentKeys.entries…`); an entry's change also moves the ledger's content minutes.
import type { contentApi } from '@shared/content/content.contract.ts';
import type { Content } from '@shared/content/content.schema.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { contentKeys, practiceKeys } from '../../../api/keys.ts';
import type { LogFilter } from '../components/logFilter.ts';
import { contentEndpoints } from './endpoints.ts';

/**
 * The person's entries matching `filter`, in the API's order: in progress, then the queue (newest
 * added first), then what was finished or given up (most recently consumed first). The previous
 * answer stays while a new filter's is on its way, so the list does not flicker.
 */
export function useContentList(filter: LogFilter = {}) {
  return useQuery({
    queryKey: contentKeys.list(filter),
    queryFn: async () => (await api.call(contentEndpoints.listContent, { query: filter })).items,
    placeholderData: keepPreviousData,
  });
}

/** One entry; `enabled: false` waits (a new entry's form has none). */
export function useContent(id: string, enabled = true) {
  return useQuery({
    queryKey: contentKeys.one(id),
    queryFn: () => api.call(contentEndpoints.getContent, { params: { id } }),
    enabled: enabled && id !== '',
  });
}

/** Every change of an entry: the log's lists, and the ledger (a done entry's minutes count per skill). */
function useRefreshEntries() {
  const queryClient = useQueryClient();
  return (saved?: Content) => {
    if (saved) queryClient.setQueryData(contentKeys.one(saved.id), saved);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: contentKeys.entries() }),
      queryClient.invalidateQueries({ queryKey: practiceKeys.ledger() }),
    ]);
  };
}

export function useCreateContent() {
  const refresh = useRefreshEntries();
  return useMutation({
    mutationFn: (body: BodyOf<typeof contentApi.createContent>) =>
      api.call(contentEndpoints.createContent, { body }),
    onSuccess: (saved) => refresh(saved),
  });
}

export interface ContentChange {
  id: string;
  body: BodyOf<typeof contentApi.updateContent>;
}

/** Changes an entry: the whole form, or a status with its date (start, done today, abandon). */
export function useUpdateContent() {
  const refresh = useRefreshEntries();
  return useMutation({
    mutationFn: ({ id, body }: ContentChange) =>
      api.call(contentEndpoints.updateContent, { params: { id }, body }),
    onSuccess: (saved) => refresh(saved),
  });
}

export function useDeleteContent() {
  const queryClient = useQueryClient();
  const refresh = useRefreshEntries();
  return useMutation({
    mutationFn: (id: string) => api.call(contentEndpoints.deleteContent, { params: { id } }),
    onSuccess: (_nothing, id) => {
      // Forget it rather than refetch it into a 404.
      queryClient.removeQueries({ queryKey: contentKeys.one(id) });
      return refresh();
    },
  });
}
