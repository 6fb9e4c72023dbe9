// Contacts: the list a page at a time (by search, role and tag), one contact, and adding, changing
// and deleting contacts. Keys from api/keys.ts (`networkKeys.contacts…`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { contactApi } from '@shared/network/network.contract.ts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { networkKeys } from '../../../api/keys.ts';
import type { ContactFilter } from '../components/contactFilter.ts';
import { contactEndpoints } from './endpoints.ts';
import { useRefreshNetwork } from './refresh.ts';

export type ContactBody = BodyOf<typeof contactApi.create>;
export type ContactChange = BodyOf<typeof contactApi.update>;

/** Contacts a page holds; "Show more" asks for the next. */
export const CONTACTS_PAGE = 50;

/**
 * The person's contacts matching `filter`, by name, a page at a time (`fetchNextPage` follows the
 * API's `nextCursor`). The previous answer stays while a new filter's is on its way.
 */
export function useContacts(filter: ContactFilter) {
  const query = { ...filter, limit: String(CONTACTS_PAGE) };
  return useInfiniteQuery({
    queryKey: networkKeys.list(filter),
    queryFn: ({ pageParam }) =>
      api.call(contactEndpoints.list, { query: pageParam ? { ...query, cursor: pageParam } : query }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One contact, with when they were last and should next be contacted; `enabled: false` waits. */
export function useContact(id: string, enabled = true) {
  return useQuery({
    queryKey: networkKeys.one(id),
    queryFn: () => api.call(contactEndpoints.get, { params: { id } }),
    enabled: enabled && id !== '',
  });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (body: ContactBody) => api.call(contactEndpoints.create, { body }),
    onSuccess: (contact) => {
      // Its page draws at once from the answer.
      queryClient.setQueryData(networkKeys.one(contact.id), contact);
      return refresh({ goals: false });
    },
  });
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ContactChange }) =>
      api.call(contactEndpoints.update, { params: { id }, body }),
    onSuccess: (contact) => {
      queryClient.setQueryData(networkKeys.one(contact.id), contact);
      // A new name shows in the timelines of the interactions it shares.
      return refresh({ goals: false });
    },
  });
}

/**
 * Deletes a contact: the interactions it was alone in go with it (and their goal check-ins); the
 * others lose it.
 */
export function useDeleteContact() {
  const queryClient = useQueryClient();
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (id: string) => api.call(contactEndpoints.remove, { params: { id } }),
    onSuccess: (_nothing, id) => {
      // Forget it (and its timeline below it) rather than refetch it into a 404.
      queryClient.removeQueries({ queryKey: networkKeys.one(id) });
      return refresh({ goals: true });
    },
  });
}
