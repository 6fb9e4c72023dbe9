// Roles: the browser's paged search, one role, the person's own roles (created, changed, deleted)
// and reading a job posting into a draft. Keys from api/keys.ts (`skillKeys.roles…`).
import type { BodyOf } from '@shared/http/contract.ts';
import type { skillApi } from '@shared/skills/skill.contract.ts';
import type { SKILL_SOURCES } from '@shared/skills/skill.schema.ts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { skillKeys } from '../../../api/keys.ts';
import { skillEndpoints } from './endpoints.ts';

/** Roles a page of the browser holds. */
export const ROLE_PAGE = 20;

export type RoleSource = (typeof SKILL_SOURCES)[number];

export interface RoleSearch {
  q: string;
  source: RoleSource | null;
}

/** Roles matching the search, a page at a time: `fetchNextPage` follows the answer's `nextCursor`. */
export function useRoleSearch(search: RoleSearch) {
  const query = {
    limit: String(ROLE_PAGE),
    ...(search.q.trim() ? { q: search.q.trim() } : {}),
    ...(search.source ? { source: search.source } : {}),
  };
  return useInfiniteQuery({
    queryKey: skillKeys.roleSearch(query),
    queryFn: ({ pageParam }) =>
      api.call(skillEndpoints.listRoles, { query: pageParam ? { ...query, cursor: pageParam } : query }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One role with its requirements and technologies. */
export function useRole(id: string) {
  return useQuery({
    queryKey: skillKeys.role(id),
    queryFn: () => api.call(skillEndpoints.getRole, { params: { id } }),
  });
}

/** A role of one's own changes the role searches, and (when changed) the gap of its targets. */
function useRefreshRoles() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: skillKeys.roles() }),
      queryClient.invalidateQueries({ queryKey: skillKeys.targets() }),
    ]);
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  const refresh = useRefreshRoles();
  return useMutation({
    mutationFn: (body: BodyOf<typeof skillApi.createRole>) => api.call(skillEndpoints.createRole, { body }),
    onSuccess: (role) => {
      queryClient.setQueryData(skillKeys.role(role.id), role);
      return refresh();
    },
  });
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  const refresh = useRefreshRoles();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<typeof skillApi.updateRole> }) =>
      api.call(skillEndpoints.updateRole, { params: { id }, body }),
    onSuccess: (role) => {
      queryClient.setQueryData(skillKeys.role(role.id), role);
      return refresh();
    },
  });
}

/** Deletes a role of one's own, and the server deletes any target of it. */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  const refresh = useRefreshRoles();
  return useMutation({
    mutationFn: (id: string) => api.call(skillEndpoints.deleteRole, { params: { id } }),
    onSuccess: (_nothing, id) => {
      // Forget it rather than refetch it into a 404.
      queryClient.removeQueries({ queryKey: skillKeys.role(id) });
      return refresh();
    },
  });
}

/** Reads a job posting into a draft role; saves nothing. */
export function useReadPosting() {
  return useMutation({
    mutationFn: async (body: BodyOf<typeof skillApi.roleFromPosting>) =>
      (await api.call(skillEndpoints.roleFromPosting, { body })).draft,
  });
}
